// The publish job: exactly-once publishing of one publication (job id publish-<id>, data { publicationId }).
//  1. read the row; a row left "publishing" by a dead attempt is recovered first (we hold its job now);
//  2. claim it atomically (scheduled → publishing with a fresh attempt id) before any network call;
//  3. right before the creating request: take the rate-limit slots and record the step, fenced by the
//     attempt id (a stale attempt that lost its claim sends nothing);
//  4. store the platform id the moment it returns;
//  5. failures: transient → back to scheduled and retried with backoff + jitter; permanent → failed at once;
//     request left but no answer → needs_verification, never retried blindly.
import { randomUUID } from 'node:crypto'
import { DelayedError, UnrecoverableError, type Job } from 'bullmq'
import type { Payload } from 'payload'

import { channelContext, loadAccount, sendersOf, type AccountRow } from '../../collections/ChannelAccounts/channel-context'
import { SENDABLE_CONTENT } from '../../collections/Publications/statuses'
import { buildRobotMessages, createRateLimiter, getAdapter, type PublishPayload, type RateTicket } from '../../channels'
import { isChannelError, RateLimitedError, type ChannelError } from '../../channels/errors'
import { log } from '../../lib/log'
import { shortCache } from '../../lib/short-cache'
import { queuePrefix, sharedRedis } from '../connection'
import type { JobContext } from '../context'
import { buildPublishPayload, type ContentDoc } from './build-payload'
import { markContentPublished, pollUntilFinal, recordResult, recoverAttempt } from './outcome'
import { bilingual, casPublication, readPublication, whereOwned, type PublicationRow } from './rows'

/** A job may run this much before its planned time (clock skew, BullMQ's delay granularity). */
const EARLY_MS = 250
/** A limiter wait up to this long is waited out; a longer one (a daily or monthly quota) fails the row. */
const MAX_LIMIT_WAIT_MS = 15 * 60_000

class FencedError extends Error {}

export const rateLimiter = () => createRateLimiter(sharedRedis(), `${queuePrefix()}:rl`)

async function setHealth(payload: Payload, account: AccountRow, health: AccountRow['health'], error: string | null) {
  if (account.health === health && !error) return
  await payload.db.updateOne({ collection: 'channel-accounts', id: account.id, data: { health, lastError: error, healthCheckedAt: new Date().toISOString() }, returning: false })
}

/** How many sends a publication counts against `limits.rules`: each robot message is one. */
function sendsOf(kind: string, input: PublishPayload): number {
  return kind === 'wecom_robot' ? Math.max(1, buildRobotMessages(input).length) : 1
}

/**
 * Account and content rows are read thousands of times a minute at peak: each worker keeps accounts 10 s
 * (hundreds of accounts; an edited secret reaches the sends within 10 s) and contents 2 s.
 */
const accounts = shortCache<AccountRow | null>(10_000)
const contents = shortCache<ContentDoc | null>(2_000)
/** Contents this process has already moved to "published" (the first post does it; the rest skip). */
const markedPublished = new Set<string>()

const readContent = (payload: Payload, id: string) =>
  // the adapter-level read skips hooks and join fields
  payload.db.findOne({ collection: 'contents', where: { id: { equals: id } } }) as Promise<ContentDoc | null>

/** One conditional write takes a due, scheduled, unheld row for this attempt; null when it is not that. */
const claim = (payload: Payload, id: string, attemptId: string) =>
  casPublication(
    payload,
    { and: [{ id: { equals: id } }, { status: { equals: 'scheduled' } }, { onHold: { equals: false } }, { plannedAt: { less_than_equal: new Date(Date.now() + EARLY_MS).toISOString() } }] },
    { status: 'publishing', attemptId, claimedAt: new Date().toISOString(), attempts: { $inc: 1 }, createStep: null, lastError: null },
  )

export async function processPublish(job: Job<{ publicationId: string }>, { payload }: JobContext) {
  const id = String(job.data.publicationId)
  const attemptId = randomUUID()
  // the common case costs one write: claim first, and read the row only when the claim is refused
  let claimed = await claim(payload, id, attemptId)
  if (!claimed) {
    let pub = await readPublication(payload, id)
    if (!pub) {
      // the request that created the row may not have committed yet; after that it was deleted
      if (job.attemptsMade < 2) throw new Error(`publication ${id} not visible yet`)
      return { skipped: 'missing' }
    }
    if (pub.status === 'publishing' && !pub.platformId) pub = await recoverAttempt(payload, pub)
    if (pub.status !== 'scheduled' || pub.onHold) return { skipped: pub.onHold ? 'on_hold' : pub.status }
    const due = new Date(pub.plannedAt).getTime()
    if (due - Date.now() > EARLY_MS) {
      // rescheduled later while this job waited: follow the row, not the job
      await job.moveToDelayed(due, job.token)
      throw new DelayedError()
    }
    claimed = await claim(payload, id, attemptId)
    if (!claimed) return { skipped: 'claimed by another attempt' }
  }
  const mine = whereOwned(id, attemptId)

  const [account, cachedContent] = await Promise.all([
    accounts.get(claimed.account, () => loadAccount(payload, claimed.account)),
    contents.get(claimed.content, () => readContent(payload, claimed.content)),
  ])
  // a cached "not approved" may be stale (re-approved a moment ago): only a fresh read may hold the row
  const content = cachedContent && SENDABLE_CONTENT.includes(String(cachedContent.status)) ? cachedContent : await readContent(payload, claimed.content)
  if (!account || !content) {
    await casPublication(payload, mine, { status: 'failed', lastError: '渠道账号或内容已被删除 / The account or content was deleted' })
    return { failed: 'missing account or content' }
  }
  if (!SENDABLE_CONTENT.includes(String(content.status))) {
    // edited after scheduling and not re-approved yet: hold instead of sending an unreviewed text
    contents.delete(claimed.content)
    await casPublication(payload, mine, { status: 'scheduled', onHold: true, attemptId: null, claimedAt: null, attempts: { $inc: -1 } })
    return { skipped: 'content not approved' }
  }

  const adapter = getAdapter(account.kind)
  const limiter = rateLimiter()
  const tickets: RateTicket[] = []
  const steps = new Set<string>()
  let input: PublishPayload | undefined

  const release = async (data: Record<string, unknown>) => {
    await Promise.all(tickets.map((t) => limiter.refund(t)))
    return casPublication(payload, mine, data)
  }

  try {
    input = await buildPublishPayload(payload, claimed, content, sendersOf(account))
    const ctx = channelContext(payload, account, {
      beforeCreate: async (info) => {
        if (!steps.size) {
          // quotas are checked right before the first creating request: nothing before it counts
          const action = claimed.massSend ? 'mass_send' : 'send'
          for (let i = sendsOf(account.kind, input!); i > 0; i--) {
            const t = await limiter.take(account.id, adapter.limits.rules, action)
            if (t) tickets.push(t)
          }
        }
        // fenced by the attempt id: if another attempt took the row over, this one sends nothing
        const still = await casPublication(payload, mine, { createStep: info.step })
        if (!still) throw new FencedError(`publication ${id}: claim lost before ${info.step}`)
        steps.add(info.step)
      },
    })
    const result = await adapter.publish(ctx, input)
    const row = await recordResult(payload, claimed, attemptId, result)
    if (account.health !== 'ok') await setHealth(payload, account, 'ok', null)
    if (row?.status === 'publishing') await pollUntilFinal(payload, row)
    if (row && ['published', 'publishing', 'task_created', 'awaiting_confirmation'].includes(row.status) && !markedPublished.has(claimed.content)) {
      await markContentPublished(payload, claimed.content, content.status)
      if (markedPublished.size > 10_000) markedPublished.clear()
      markedPublished.add(claimed.content)
      contents.delete(claimed.content)
    }
    return { status: row?.status, platformId: result.platformId }
  } catch (e) {
    if (e instanceof FencedError) return { skipped: 'fenced' }
    return handleFailure(e, { job, payload, account, claimed, steps, release, mine })
  }
}

interface FailureCtx {
  job: Job
  payload: Payload
  account: AccountRow
  claimed: PublicationRow
  steps: Set<string>
  release: (data: Record<string, unknown>) => Promise<PublicationRow | null>
  mine: ReturnType<typeof whereOwned>
}

async function handleFailure(e: unknown, f: FailureCtx) {
  const { job, payload, account, claimed, steps, release, mine } = f
  const ce = isChannelError(e) ? (e as ChannelError) : null
  const message = ce ? bilingual(ce) : '内部错误，稍后自动重试 / Internal error, retrying'
  // something may be on the platform: a creating request left without an answer, or an earlier creating
  // step succeeded before a later one failed (a robot message of several)
  const sentSomething = ce?.kind === 'unknown_outcome' || steps.size > 1 || (steps.size === 1 && !ce?.creating)
  if (sentSomething) {
    await casPublication(payload, mine, { status: 'needs_verification', lastError: message })
    log.warn(`publication ${claimed.id}: outcome unknown at ${ce?.step ?? [...steps].pop()} — needs verification`)
    return { status: 'needs_verification' }
  }
  if (e instanceof RateLimitedError && e.step === 'rate-limit') {
    // our own limiter refused before anything left
    const wait = e.retryAfterMs ?? 60_000
    if (wait > MAX_LIMIT_WAIT_MS) {
      await release({ status: 'failed', lastError: message })
      return { status: 'failed', reason: 'quota' }
    }
    await release({ status: 'scheduled', attemptId: null, claimedAt: null, lastError: message })
    await job.moveToDelayed(Date.now() + wait + Math.floor(Math.random() * 1_000), job.token)
    throw new DelayedError()
  }
  const retryable = !ce || ce.retryable
  const lastTry = job.attemptsMade + 1 >= (job.opts.attempts ?? 1)
  if (ce?.kind === 'rate_limited') await setHealth(payload, account, 'rate_limited', message)
  if (ce?.kind === 'auth_expired') await setHealth(payload, account, 'needs_reconnect', message)
  if (retryable && !lastTry) {
    await release({ status: 'scheduled', attemptId: null, claimedAt: null, lastError: message })
    throw e instanceof Error ? e : new Error(String(e))
  }
  await release({ status: 'failed', lastError: message })
  throw new UnrecoverableError(message)
}
