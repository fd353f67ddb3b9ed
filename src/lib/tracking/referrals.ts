// Referral chains (裂变): a customer's share link points back at the code they arrived through, so a
// friend of a friend is still attributed to the first inviter's manager.
import type { Payload } from 'payload'

import { generateCode } from './codes'
import { resolveCode, trackingUrl } from './links'

/** The share link of `inviter` (a device fingerprint) for the chain behind `code`; idempotent. */
export async function createShareLink(payload: Payload, args: { code: string; inviter: string }): Promise<{ code: string; url: string; level: number } | null> {
  const parent = await resolveCode(payload, args.code)
  if (!parent) return null
  const pairKey = `${parent.referral ?? parent.link}:${args.inviter}`
  const find = async () =>
    (await payload.find({ collection: 'referrals', where: { pairKey: { equals: pairKey } }, limit: 1, depth: 0, overrideAccess: true })).docs[0] as unknown as
      { code: string; level: number } | undefined
  let share = await find()
  if (!share) {
    const parentLevel = parent.referral
      ? Number(
          ((await payload.findByID({ collection: 'referrals', id: parent.referral, depth: 0, overrideAccess: true })) as unknown as { level: number }).level,
        )
      : 0
    try {
      share = (await payload.create({
        collection: 'referrals',
        overrideAccess: true,
        data: {
          code: generateCode(),
          link: parent.link,
          parent: parent.referral,
          level: parentLevel + 1,
          inviter: args.inviter,
          manager: parent.manager,
          campaign: parent.campaign,
          pairKey,
        },
      })) as unknown as { code: string; level: number }
    } catch (err) {
      share = await find()
      if (!share) throw err
    }
  }
  return { code: share.code, url: trackingUrl(share.code), level: share.level }
}
