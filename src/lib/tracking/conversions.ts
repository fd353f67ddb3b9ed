// Downstream conversions: validation, attribution through a tracking or referral code, the stage from
// the funnel settings, and idempotency per (integration, externalId). Used by POST /api/events and the seed.
import type { Payload } from 'payload'

import { keyedHash } from './codes'
import { resolveCode } from './links'
import type { LinkEntry } from './redis'
import { DEFAULT_EVENT_TYPES } from './vocabulary'

export interface IncomingEvent {
  type?: unknown
  externalId?: unknown
  amount?: unknown
  code?: unknown
  occurredAt?: unknown
  customer?: unknown
}

export interface ConversionResult {
  externalId: string
  status: 'created' | 'duplicate'
  stage: string
  attributed: boolean
}

export const MAX_EVENTS = 500

export async function eventTypes(payload: Payload): Promise<Map<string, { label: string; stage: string }>> {
  const settings = (await payload.findGlobal({ slug: 'funnel-settings', depth: 0, overrideAccess: true })) as { eventTypes?: typeof DEFAULT_EVENT_TYPES }
  const list = settings.eventTypes?.length ? settings.eventTypes : DEFAULT_EVENT_TYPES
  return new Map(list.map((t) => [t.type, { label: t.label, stage: t.stage }]))
}

function validate(e: IncomingEvent, i: number, types: Map<string, unknown>): string | null {
  const at = `events[${i}]`
  if (typeof e.type !== 'string' || !types.has(e.type)) return `${at}.type 未知的事件类型 / unknown event type (${[...types.keys()].join(', ')})`
  if (typeof e.externalId !== 'string' || !e.externalId.trim() || e.externalId.length > 100)
    return `${at}.externalId 必填（业务流水号）/ required (your transaction id)`
  if (e.amount != null && (typeof e.amount !== 'number' || !Number.isFinite(e.amount) || e.amount < 0))
    return `${at}.amount 必须是非负数 / must be a non-negative number`
  if (e.code != null && typeof e.code !== 'string') return `${at}.code 必须是字符串 / must be a string`
  if (e.occurredAt != null && (typeof e.occurredAt !== 'string' || Number.isNaN(Date.parse(e.occurredAt))))
    return `${at}.occurredAt 必须是 ISO 时间 / must be an ISO time`
  if (e.customer != null && typeof e.customer !== 'string') return `${at}.customer 必须是字符串 / must be a string`
  return null
}

/** Checks every event first (all or nothing); returns the problems, or records them and returns results. */
export async function recordConversions(
  payload: Payload,
  integrationId: string | null,
  events: IncomingEvent[],
): Promise<{ problems: string[] } | { results: ConversionResult[] }> {
  const types = await eventTypes(payload)
  const problems = events.map((e, i) => validate(e, i, types)).filter((p): p is string => p !== null)
  if (problems.length) return { problems }
  const codes = new Map<string, LinkEntry | null>()
  const results: ConversionResult[] = []
  for (const e of events) {
    const externalId = e.externalId as string
    const type = types.get(e.type as string)!
    const dedupeKey = `${integrationId ?? 'system'}:${externalId}`
    const dup = await payload.find({ collection: 'conversions', where: { dedupeKey: { equals: dedupeKey } }, limit: 1, depth: 0, overrideAccess: true })
    if (dup.docs[0]) {
      results.push({ externalId, status: 'duplicate', stage: type.stage, attributed: Boolean((dup.docs[0] as { attributed?: boolean }).attributed) })
      continue
    }
    const code = typeof e.code === 'string' ? e.code.trim() : ''
    if (code && !codes.has(code)) codes.set(code, await resolveCode(payload, code))
    const entry = code ? codes.get(code) : null
    await payload.create({
      collection: 'conversions',
      overrideAccess: true,
      data: {
        type: e.type as string,
        typeLabel: type.label,
        stage: type.stage as never,
        amount: typeof e.amount === 'number' ? e.amount : undefined,
        occurredAt: typeof e.occurredAt === 'string' ? new Date(e.occurredAt).toISOString() : new Date().toISOString(),
        externalId,
        dedupeKey,
        integration: integrationId,
        attributed: Boolean(entry),
        code: code || undefined,
        link: entry?.link,
        referral: entry?.referral,
        inviter: entry?.inviter,
        campaign: entry?.campaign,
        channel: entry?.channel as never,
        manager: entry?.manager,
        branch: entry?.branch,
        customer: typeof e.customer === 'string' ? keyedHash('customer', e.customer) : undefined,
      },
    })
    results.push({ externalId, status: 'created', stage: type.stage, attributed: Boolean(entry) })
  }
  return { results }
}
