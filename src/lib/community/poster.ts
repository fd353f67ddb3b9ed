// A manager's personalised posters, drawn by the poster engine: an activity poster (template `activity`,
// 1080×1080: headline, first question and options, prize) and a 名片 poster for their 云工作室 (template
// `spokesperson`, 9:16). Both carry the manager's card whose QR is their poster tracking link, which lands
// on their 云工作室 (/s/:id), where customers can play.
import type { Payload } from 'payload'

import { loadBrand } from '../../jobs/render/inputs'
import type { RenderInput } from '../../templates'
import { ensureTrackingLink } from '../tracking/links'

type Doc = Record<string, any>
const clip = (s: unknown, n: number) => Array.from(String(s ?? '').trim()).slice(0, n).join('')

async function personal(payload: Payload, managerId: string): Promise<{ user: Doc; card: NonNullable<RenderInput['personal']> } | null> {
  const user = (await payload.findByID({ collection: 'users', id: managerId, depth: 1, overrideAccess: true, disableErrors: true })) as Doc | null
  if (!user) return null
  const link = await ensureTrackingLink(payload, { manager: managerId, channel: 'poster' })
  return {
    user,
    card: {
      name: clip(user.displayName, 16),
      title: clip(user.title, 16) || undefined,
      phone: user.phone || undefined,
      branch: clip(typeof user.branch === 'object' ? user.branch?.name : '', 30) || undefined,
      qrUrl: link.url,
    },
  }
}

/** The 名片 poster: the manager's own pledge (their profile's bio, or a default) above their card. */
export async function studioPosterInput(payload: Payload, managerId: string): Promise<RenderInput | null> {
  const p = await personal(payload, managerId)
  if (!p) return null
  return {
    templateKey: 'spokesperson',
    format: 'jpeg',
    brand: await loadBrand(payload),
    slots: { headline: clip(p.user.bio, 40) || '用心服务每一位客户，金融问题随时找我' },
    personal: p.card,
  }
}

export async function activityPosterInput(payload: Payload, activityId: string, managerId: string): Promise<RenderInput | null> {
  const [activity, p] = await Promise.all([
    payload.findByID({ collection: 'activities', id: activityId, depth: 0, overrideAccess: true, disableErrors: true }) as Promise<Doc | null>,
    personal(payload, managerId),
  ])
  if (!activity || activity.status !== 'active' || !p) return null
  const q = activity.questions?.[0] ?? {}
  return {
    templateKey: 'activity',
    format: 'jpeg',
    brand: await loadBrand(payload),
    slots: {
      headline: clip(activity.poster?.headline || activity.title, 12),
      question: clip(activity.poster?.subline || q.prompt || activity.theme, 50),
      options: ['A', 'B', 'C', 'D'].filter((k) => q[`option${k}`]).map((k) => clip(q[`option${k}`], 24)),
      prize: clip(activity.rewards?.[0]?.name, 16) || undefined,
    },
    personal: p.card,
  }
}

/** The manager's 名片 poster (activityId null) or their poster of an active activity; null when either is gone. */
export function communityPosterInput(payload: Payload, managerId: string, activityId: string | null): Promise<RenderInput | null> {
  return activityId ? activityPosterInput(payload, activityId, managerId) : studioPosterInput(payload, managerId)
}
