// What the public pages show: a manager's 云工作室 card and the interactive activities they can share.
// Only public-safe fields leave this module (no answers, no email, no internal ids beyond the page's own).
import type { Payload } from 'payload'

import { ensureTrackingLink } from '../tracking/links'
import { inlineImage } from './studio-images'
import { INTERACTIVE_KINDS, isInteractive, kindLabel, kindShort } from './kinds'
import { idOf } from './sop-plan'

type Doc = Record<string, any>

export interface ManagerCard {
  id: string
  name: string
  title: string | null
  branch: string | null
  bank: string
  phone: string | null
  wechatId: string | null
  bio: string | null
  /** data: URIs (media are staff-only; see studio-images.ts) */
  avatarUrl: string | null
  /** the manager's own WeChat QR (微信「我的二维码」), when uploaded */
  wechatQrUrl: string | null
}

export interface ActivityTeaser {
  id: string
  title: string
  kind: string
  kindLabel: string
  kindShort: string
  theme: string
  href: string
}

export interface CampaignTeaser {
  id: string
  name: string
  kind: string | null
  summary: string | null
}

/** The bank's name as the top of the branch tree spells it (锦程银行总行 → 锦程银行). */
async function bankName(payload: Payload, branch: Doc | null): Promise<string> {
  const rootId = String(branch?.ancestors ?? '').split('/').filter(Boolean)[0] ?? branch?.id
  const root = rootId ? await payload.findByID({ collection: 'branches', id: rootId, depth: 0, overrideAccess: true, disableErrors: true }) : null
  return String((root as Doc | null)?.name ?? '').replace(/总行$/, '') || '银行'
}

/** A manager by id or employee number (case-insensitive); null unless it is an active manager account. */
export async function loadManagerCard(payload: Payload, slug: string): Promise<ManagerCard | null> {
  if (!/^[0-9A-Za-z-]{1,64}$/.test(slug)) return null
  const found = await payload.find({
    collection: 'users',
    depth: 1,
    limit: 1,
    overrideAccess: true,
    where: { and: [{ role: { equals: 'manager' } }, { or: [{ id: { equals: slug } }, { employeeNo: { equals: slug.toUpperCase() } }] }] },
  }).catch(() => null)
  const user = found?.docs[0] as Doc | undefined
  if (!user) return null
  const branch = user.branch && typeof user.branch === 'object' ? user.branch : null
  return {
    id: String(user.id),
    name: user.displayName,
    title: user.title ?? null,
    branch: branch?.name ?? null,
    bank: await bankName(payload, branch),
    phone: user.phone ?? null,
    wechatId: user.wechatId ?? null,
    bio: user.bio ?? null,
    avatarUrl: await inlineImage(user.avatar, 'avatar'),
    wechatQrUrl: await inlineImage(user.wechatQr, 'qr'),
  }
}

/** Up to `perKind` quizzes, votes and lotteries, each through the manager's own link so participation is theirs. */
export async function loadStudioActivities(payload: Payload, managerId: string, perKind = 2): Promise<ActivityTeaser[]> {
  const out: ActivityTeaser[] = []
  for (const kind of INTERACTIVE_KINDS) {
    const r = await payload.find({
      collection: 'activities',
      depth: 0,
      limit: perKind,
      overrideAccess: true,
      where: { and: [{ status: { equals: 'active' } }, { kind: { equals: kind } }] },
      sort: 'createdAt',
    })
    for (const a of r.docs as Doc[]) {
      const target = `/h5/${a.id}`
      const link = await ensureTrackingLink(payload, { manager: managerId, target, channel: 'link' })
      out.push({ id: String(a.id), title: a.title, kind: a.kind, kindLabel: kindLabel(a.kind), kindShort: kindShort(a.kind), theme: a.theme, href: `${target}?c=${link.code}` })
    }
  }
  return out
}

/** Campaigns running now for the manager's branch line (own branch, the branches above, or head office-wide). */
export async function loadStudioCampaigns(payload: Payload, managerId: string): Promise<CampaignTeaser[]> {
  const manager = (await payload.findByID({ collection: 'users', id: managerId, depth: 1, overrideAccess: true, disableErrors: true })) as Doc | null
  const branch = manager?.branch && typeof manager.branch === 'object' ? manager.branch : null
  const lineage = [...String(branch?.ancestors ?? '').split('/').filter(Boolean), idOf(branch?.id)].filter(Boolean) as string[]
  const r = await payload
    .find({ collection: 'campaigns', depth: 0, limit: 50, overrideAccess: true, sort: '-createdAt' })
  const now = Date.now()
  return (r.docs as Doc[])
    .filter((c) => {
      const owner = idOf(c.branch)
      const { start, end } = c.period ?? {}
      return (!owner || lineage.includes(owner)) && (!start || new Date(start).getTime() <= now) && (!end || new Date(end).getTime() >= now)
    })
    .slice(0, 6)
    .map((c) => ({ id: String(c.id), name: c.name, kind: c.kind ?? null, summary: c.theme ?? null }))
}

export interface PublicActivity {
  id: string
  title: string
  kind: 'quiz' | 'vote' | 'lottery'
  kindLabel: string
  theme: string
  rules: string[]
  rewards: string[]
  durationMinutes: number
  /** prompts and options only: the right answers stay on the server until the visitor has submitted */
  questions: { prompt: string; options: { key: string; text: string }[] }[]
  prizes: string[]
}

/** An interactive activity as the H5 page may show it; null for anything else. */
export async function loadPublicActivity(payload: Payload, id: string): Promise<PublicActivity | null> {
  if (!/^[0-9A-Za-z-]{1,64}$/.test(id)) return null
  const a = (await payload.findByID({ collection: 'activities', id, depth: 0, overrideAccess: true, disableErrors: true })) as Doc | null
  if (!a || a.status !== 'active' || !isInteractive(a.kind)) return null
  return {
    id: String(a.id),
    title: a.title,
    kind: a.kind,
    kindLabel: kindLabel(a.kind),
    theme: a.theme,
    rules: String(a.rules ?? '').split('\n').map((s) => s.trim()).filter(Boolean),
    rewards: (a.rewards ?? []).map((r: Doc) => (r.rule ? `${r.name}（${r.rule}）` : r.name)),
    durationMinutes: a.durationMinutes,
    questions: (a.questions ?? []).map((q: Doc) => ({
      prompt: q.prompt,
      options: ['A', 'B', 'C', 'D'].filter((k) => q[`option${k}`]).map((k) => ({ key: k, text: q[`option${k}`] })),
    })),
    prizes: (a.prizes ?? []).map((p: Doc) => p.name),
  }
}
