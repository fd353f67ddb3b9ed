// Demo tracking data: one 邀好友赢礼金 campaign with links for four managers and a 公众号 article, scans
// (some suspicious), a two-level referral chain, engagement snapshots and downstream conversions.
// Idempotent: links by combination, scans by event id, referrals by (parent, inviter), conversions by id.
// tests/int/tracking-funnel.test.ts checks the funnel against numbers computed by hand from this table.
import type { Payload } from 'payload'

import { recordConversions, type IncomingEvent } from '../lib/tracking/conversions'
import { ensureTrackingLink } from '../lib/tracking/links'
import { recordScanBatch } from '../lib/tracking/record'
import { createShareLink } from '../lib/tracking/referrals'
import type { ScanRecord } from '../lib/tracking/redis'

const DEMO_CAMPAIGN = { id: 'demo-spring-invite', name: '春季理财节·邀好友赢礼金' }

/** Links: key → manager email (none: the bank's 公众号) and channel. */
const LINKS = {
  L1: { manager: 'manager01@jcbank.demo', channel: 'poster' },
  L2: { manager: 'manager02@jcbank.demo', channel: 'wecom_groups' },
  L3: { manager: 'manager06@jcbank.demo', channel: 'poster' },
  L4: { manager: 'manager11@jcbank.demo', channel: 'wecom_moments' },
  L5: { manager: null, channel: 'oa_subscription' },
} as const
type Key = keyof typeof LINKS | 'R1' | 'R2'

/** Scans per code: valid ones from distinct devices, plus flagged ones. R1/R2 are customers' share links. */
const SCANS: { code: Key; valid: number; repeat?: number; velocity?: number }[] = [
  { code: 'L1', valid: 10, repeat: 3 },
  { code: 'L2', valid: 6 },
  { code: 'L3', valid: 8, velocity: 2 },
  { code: 'L4', valid: 4 },
  { code: 'L5', valid: 12 },
  { code: 'R1', valid: 3, repeat: 1 },
  { code: 'R2', valid: 2 },
]

/** Downstream events: [code, type, amount?]; 'X' is a code nobody issued (stays unattributed). */
const SCENARIO_CONVERSIONS: [Key | 'X', string, number?][] = [
  ['L1', 'open_account'],
  ['L1', 'open_account'],
  ['L1', 'open_account'],
  ['L1', 'open_account'],
  ['L1', 'bind_card'],
  ['L1', 'bind_card'],
  ['L1', 'purchase', 50_000],
  ['R1', 'open_account'],
  ['R1', 'open_account'],
  ['R1', 'purchase', 20_000],
  ['R2', 'open_account'],
  ['L2', 'open_account'],
  ['L2', 'open_account'],
  ['L2', 'join_activity'],
  ['L3', 'sign_up'],
  ['L3', 'sign_up'],
  ['L3', 'sign_up'],
  ['L3', 'purchase', 10_000],
  ['L3', 'purchase', 30_000],
  ['L5', 'open_account'],
  ['X', 'open_account'],
]

const DAY = 86_400_000

async function userId(payload: Payload, email: string): Promise<string> {
  const r = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
  if (!r.docs[0]) throw new Error(`seed: no user ${email}`)
  return String(r.docs[0].id)
}

/** Links, scans, referral chain and engagement of the scenario; returns the codes by key. */
export async function seedTrackingScenario(payload: Payload, now = new Date()): Promise<Record<Key, string>> {
  const codes = {} as Record<Key, string>
  const links = {} as Record<keyof typeof LINKS, { id: string; manager?: string; branch?: string }>
  for (const [key, spec] of Object.entries(LINKS) as [keyof typeof LINKS, (typeof LINKS)[keyof typeof LINKS]][]) {
    const manager = spec.manager ? await userId(payload, spec.manager) : null
    const link = await ensureTrackingLink(payload, { campaign: DEMO_CAMPAIGN.id, manager, channel: spec.channel, target: manager ? null : '/campaigns/spring' })
    await payload.update({ collection: 'tracking-links', id: link.id, data: { campaignName: DEMO_CAMPAIGN.name }, overrideAccess: true })
    const doc = (await payload.findByID({ collection: 'tracking-links', id: link.id, depth: 0, overrideAccess: true })) as { branch?: string }
    codes[key] = link.code
    links[key] = { id: link.id, manager: manager ?? undefined, branch: doc.branch ?? undefined }
  }
  // a customer who came through 张伟's poster shares it on; one of their friends shares it again
  const r1 = await createShareLink(payload, { code: codes.L1, inviter: 'seed-device-L1-0' })
  const r2 = await createShareLink(payload, { code: r1!.code, inviter: 'seed-device-R1-0' })
  codes.R1 = r1!.code
  codes.R2 = r2!.code
  const referralId = async (code: string) =>
    String((await payload.find({ collection: 'referrals', where: { code: { equals: code } }, limit: 1, depth: 0, overrideAccess: true })).docs[0].id)
  const referralIds: Partial<Record<Key, string>> = { R1: await referralId(codes.R1), R2: await referralId(codes.R2) }

  const records: ScanRecord[] = []
  for (const s of SCANS) {
    const root = links[s.code === 'R1' || s.code === 'R2' ? 'L1' : s.code]
    const flags = [...Array(s.valid).fill(undefined), ...Array(s.repeat ?? 0).fill('repeat'), ...Array(s.velocity ?? 0).fill('velocity')]
    flags.forEach((flag, i) => {
      const device = `seed-device-${s.code}-${flag === 'repeat' ? 0 : i}`
      records.push({
        eventId: `seed-${s.code}-${i}`,
        code: codes[s.code],
        link: root.id,
        referral: referralIds[s.code],
        kind: s.code.startsWith('L') && LINKS[s.code as keyof typeof LINKS].channel === 'poster' ? 'scan' : 'click',
        campaign: DEMO_CAMPAIGN.id,
        channel: LINKS[s.code === 'R1' || s.code === 'R2' ? 'L1' : (s.code as keyof typeof LINKS)].channel,
        manager: root.manager,
        branch: root.branch,
        // spread over the last six days, at a different hour each
        at: new Date(now.getTime() - ((i % 6) * DAY + (i % 5) * 3_600_000 + 60_000)),
        inWechat: i % 4 !== 3,
        ipHash: `seed-ip-${i}`,
        device,
        flag,
      })
    })
  }
  await recordScanBatch(payload, records)

  const m11 = links.L4
  const snapshots = [
    { publication: 'demo-pub-oa-spring', channel: 'oa_subscription', reads: 800, reach: 0, at: now.getTime() - 2 * DAY },
    { publication: 'demo-pub-oa-spring', channel: 'oa_subscription', reads: 1200, reach: 0, at: now.getTime() - DAY },
    {
      publication: 'demo-pub-moments-m11',
      channel: 'wecom_moments',
      reads: 150,
      reach: 260,
      at: now.getTime() - DAY,
      manager: m11.manager,
      branch: m11.branch,
    },
  ]
  const existing = await payload.count({ collection: 'engagement', where: { publication: { in: snapshots.map((s) => s.publication) } }, overrideAccess: true })
  if (existing.totalDocs === 0) {
    for (const s of snapshots) {
      await payload.create({
        collection: 'engagement',
        overrideAccess: true,
        data: {
          ...s,
          channel: s.channel as never,
          campaign: DEMO_CAMPAIGN.id,
          at: new Date(s.at).toISOString(),
          likes: Math.round(s.reads / 20),
          shares: Math.round(s.reads / 30),
          comments: Math.round(s.reads / 100),
        },
      })
    }
  }
  return codes
}

/** The scenario's conversions as an integration would post them to /api/events. */
export function scenarioEvents(codes: Record<Key, string>, now = new Date()): IncomingEvent[] {
  return SCENARIO_CONVERSIONS.map(([key, type, amount], i) => ({
    type,
    amount,
    externalId: `demo-${String(i + 1).padStart(3, '0')}`,
    code: key === 'X' ? 'UnknownCode99' : codes[key],
    occurredAt: new Date(now.getTime() - (i % 5) * DAY - 7_200_000).toISOString(),
    customer: `customer-${i + 1}`,
  }))
}

export async function seedTracking(payload: Payload): Promise<void> {
  const codes = await seedTrackingScenario(payload)
  await recordConversions(payload, null, scenarioEvents(codes))
}
