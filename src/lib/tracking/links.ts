// Tracking links as other capabilities use them: posters and publications call ensureTrackingLink()
// for every QR code and link they emit; the redirect resolves codes through resolveCode().
import { createHash } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import { loadEnv } from '../env'
import type { LinkEntry } from './redis'

export interface TrackingLinkInput {
  campaign?: string | null
  content?: string | null
  poster?: string | null
  publication?: string | null
  manager?: string | null
  channel?: string | null
  target?: string | null
  req?: Partial<PayloadRequest>
}

type Rel = string | { id: string } | null | undefined
const idOf = (v: Rel): string | undefined => (v == null ? undefined : typeof v === 'string' ? v : String(v.id))

export interface LinkDoc {
  id: string
  code: string
  target?: string | null
  campaign?: string | null
  content?: string | null
  poster?: string | null
  publication?: string | null
  channel?: string | null
  manager?: Rel
  branch?: Rel
}

export interface ReferralDoc {
  id: string
  code: string
  link: Rel
  inviter?: string | null
}

export function publicUrl(): string {
  return loadEnv().publicUrl
}

export const trackingUrl = (code: string) => `${publicUrl()}/t/${code}`

/** Where a scan lands: the link's target, else the manager's 云工作室 page, else the site root. */
function landingUrl(link: Pick<LinkDoc, 'target' | 'manager'>): string {
  const base = publicUrl()
  const target = link.target?.trim()
  if (target) return target.startsWith('/') ? base + target : target
  const manager = idOf(link.manager)
  return manager ? `${base}/s/${manager}` : `${base}/`
}

/** The identity of a link: one link per combination of placement fields. */
function comboKeyOf(input: Omit<TrackingLinkInput, 'req'>): string {
  const parts = [input.campaign, input.content, input.poster, input.publication, input.manager, input.channel, input.target].map((v) => v ?? '')
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 40)
}

export function entryForLink(link: LinkDoc): LinkEntry {
  return {
    code: link.code,
    link: String(link.id),
    target: landingUrl(link),
    kind: link.poster || link.channel === 'poster' ? 'scan' : 'click',
    campaign: link.campaign ?? undefined,
    channel: link.channel ?? undefined,
    manager: idOf(link.manager),
    branch: idOf(link.branch),
  }
}

/** A customer's share link inherits everything from the manager's link the chain started from. */
export function entryForReferral(referral: ReferralDoc, root: LinkDoc): LinkEntry {
  return { ...entryForLink(root), code: referral.code, referral: String(referral.id), inviter: referral.inviter ?? undefined, kind: 'click' }
}

/** Looks a code up among tracking links, then customer share links. */
export async function resolveCode(payload: Payload, code: string): Promise<LinkEntry | null> {
  const links = await payload.find({ collection: 'tracking-links', where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true })
  if (links.docs[0]) return entryForLink(links.docs[0] as unknown as LinkDoc)
  const refs = await payload.find({ collection: 'referrals', where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true })
  const referral = refs.docs[0] as unknown as ReferralDoc | undefined
  if (!referral) return null
  const root = await payload.findByID({ collection: 'tracking-links', id: idOf(referral.link)!, depth: 0, overrideAccess: true, disableErrors: true })
  return root ? entryForReferral(referral, root as unknown as LinkDoc) : null
}

/**
 * Returns the tracking link for this combination, creating it on first use. Idempotent: the same
 * campaign/content/poster/publication/manager/channel/target always gives the same code.
 */
export async function ensureTrackingLink(payload: Payload, input: TrackingLinkInput): Promise<{ id: string; code: string; url: string }> {
  const { req, ...fields } = input
  const comboKey = comboKeyOf(fields)
  const find = async () => {
    const r = await payload.find({ collection: 'tracking-links', where: { comboKey: { equals: comboKey } }, limit: 1, depth: 0, overrideAccess: true, req })
    return r.docs[0] as unknown as LinkDoc | undefined
  }
  let link = await find()
  if (!link) {
    const data = Object.fromEntries(Object.entries(fields).filter(([, v]) => v != null && v !== ''))
    try {
      link = (await payload.create({ collection: 'tracking-links', data: { ...data, comboKey } as never, overrideAccess: true, req })) as unknown as LinkDoc
    } catch (err) {
      // a concurrent caller created the same combination first (unique comboKey)
      link = await find()
      if (!link) throw err
    }
  }
  return { id: String(link.id), code: link.code, url: trackingUrl(link.code) }
}
