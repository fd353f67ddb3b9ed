// Who brought a visitor to an H5 page, and the funnel event their participation adds.
import type { Payload } from 'payload'

import { recordConversions } from '../tracking/conversions'
import { resolveCode } from '../tracking/links'
import type { LinkEntry } from '../tracking/redis'

export type Attribution = LinkEntry

/** The tracking link (or customer share link) behind the `?c=` code of an H5 URL; null when unknown. */
export async function resolveAttribution(payload: Payload, code: string): Promise<Attribution | null> {
  if (!/^[0-9A-Za-z]{6,32}$/.test(code)) return null
  return resolveCode(payload, code)
}

/** The funnel event of a customer's participation on an interactive H5 page (参与活动 in the funnel settings). */
export const H5_EVENT_TYPE = 'join_activity'

/**
 * Records the participation as a downstream conversion through tracking's own API, attributed through the
 * H5 URL's tracking code to its manager, campaign and channel. Idempotent per participation.
 */
export async function recordActivation(payload: Payload, args: { code: string; participationId: string; fingerprint: string }): Promise<void> {
  const r = await recordConversions(payload, null, [{ type: H5_EVENT_TYPE, externalId: `participation:${args.participationId}`, code: args.code, customer: args.fingerprint }])
  if ('problems' in r) payload.logger.warn({ problems: r.problems }, 'community: participation not recorded as a funnel event')
}
