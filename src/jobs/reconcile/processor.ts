// The reconciler (a BullMQ job scheduler, every minute). The database is the source of truth; Redis only
// holds timing, so this puts Redis back in line with the rows:
//  - scheduled rows due soon (or overdue) whose job is missing, finished or failed get a fresh job;
//    rows more than OVERDUE_MS late are flagged `overdue` (the calendar shows them); the accounts they go
//    to get their access token now, so a burst of sends does not start by queueing for tokens;
//  - rows left "publishing" by a dead worker (no active job) are recovered like the processor does;
//  - unknown outcomes are verified against the platform; platform and task statuses are polled;
//  - task / manual publications nobody confirmed are escalated to the branch's editor.
import type { Job } from 'bullmq'
import type { Payload, Where } from 'payload'

import { getAdapter, isChannelError } from '../../channels'
import { channelContext, loadAccount } from '../../collections/ChannelAccounts/channel-context'
import { log } from '../../lib/log'
import type { JobContext } from '../context'
import { enqueuePublish, publicationsWithoutLiveJob, publishJobId, PUBLISH_QUEUE } from '../publish/enqueue'
import { applyStatus, recoverAttempt, verifyPublication } from '../publish/outcome'
import { casPublication, readPublication, whereStatus, type PublicationRow } from '../publish/rows'
import { getQueue } from '../queues'

export const RECONCILE_EVERY_MS = 60_000
/** Scheduled rows due within this horizon get their job back now, so it fires on time. */
const HORIZON_MS = 2 * RECONCILE_EVERY_MS
const OVERDUE_MS = 5 * 60_000
/** A claim older than this without an active job belongs to a dead worker. */
const STALE_CLAIM_MS = 2 * 60_000
const ESCALATE_AFTER_MS = 2 * 3600_000
const PAGE = 500

async function rows(payload: Payload, where: Where, limit = PAGE): Promise<PublicationRow[]> {
  const r = await payload.db.find({ collection: 'publications', where, limit, pagination: false, sort: 'plannedAt' })
  return (r.docs as unknown as PublicationRow[]).map((d) => ({ ...d, id: String(d.id) }))
}

/** Accounts whose tokens one run fetches ahead, at most, and how many at a time. */
const MAX_WARM = 1_000
const WARM_PARALLEL = 8

/** Makes sure the accounts of sends due soon hold a valid token (adapters with warmUp only); returns how many. */
async function warmUpAccounts(payload: Payload, accountIds: string[]): Promise<number> {
  let warmed = 0
  const queue = [...accountIds]
  await Promise.all(
    Array.from({ length: WARM_PARALLEL }, async () => {
      for (let id = queue.shift(); id; id = queue.shift()) {
        const account = await loadAccount(payload, id)
        const adapter = account && getAdapter(account.kind)
        if (!account || !adapter?.warmUp || account.health === 'needs_reconnect') continue
        try {
          await adapter.warmUp(channelContext(payload, account))
          warmed++
        } catch (e) {
          // the send itself will meet the same error and record it on the row and the account
          log.warn(`token warm-up for account ${id}: ${isChannelError(e) ? e.message : String(e)}`)
        }
      }
    }),
  )
  return warmed
}

async function jobState(publicationId: string): Promise<string> {
  return getQueue(PUBLISH_QUEUE).getJobState(publishJobId(publicationId))
}

export interface ReconcileReport {
  requeued: number
  warmed: number
  overdue: number
  recovered: number
  verified: number
  polled: number
  escalated: number
}

export async function reconcile(payload: Payload, now = Date.now()): Promise<ReconcileReport> {
  const report: ReconcileReport = { requeued: 0, warmed: 0, overdue: 0, recovered: 0, verified: 0, polled: 0, escalated: 0 }

  // 1. due scheduled rows missing from Redis (flushed, restarted without AOF, failed jobs)
  const horizon = new Date(now + HORIZON_MS).toISOString()
  const dueAccounts = new Set<string>()
  for (let page = 1; ; page++) {
    const found = await payload.db.find({
      collection: 'publications',
      where: { and: [{ status: { equals: 'scheduled' } }, { onHold: { equals: false } }, { plannedAt: { less_than_equal: horizon } }] },
      limit: PAGE,
      page,
      sort: 'plannedAt',
      // thousands of rows at the peak of a big plan: read only what this step looks at
      select: { plannedAt: true, account: true, overdue: true },
    })
    const docs = (found.docs as unknown as PublicationRow[]).map((doc) => ({ ...doc, id: String(doc.id) }))
    const withoutJob = await publicationsWithoutLiveJob(docs.map((d) => d.id))
    for (const pub of docs) {
      if (dueAccounts.size < MAX_WARM) dueAccounts.add(String(pub.account))
      if (withoutJob.has(pub.id)) {
        await enqueuePublish(pub.id, pub.plannedAt)
        report.requeued++
      }
      if (!pub.overdue && now - new Date(pub.plannedAt).getTime() > OVERDUE_MS) {
        await casPublication(payload, whereStatus(pub.id, 'scheduled'), { overdue: true })
        report.overdue++
      }
    }
    if (!found.hasNextPage) break
  }

  report.warmed = await warmUpAccounts(payload, [...dueAccounts])

  // 2. claims of dead workers
  for (const pub of await rows(payload, { and: [{ status: { equals: 'publishing' } }, { platformId: { exists: false } }, { claimedAt: { less_than: new Date(now - STALE_CLAIM_MS).toISOString() } }] })) {
    if ((await jobState(pub.id)) === 'active') continue
    const next = await recoverAttempt(payload, pub)
    if (next.status === 'scheduled') await enqueuePublish(pub.id, next.plannedAt)
    report.recovered++
  }

  // 3. unknown outcomes: check against the platform
  for (const pub of await rows(payload, { status: { equals: 'needs_verification' } }, 100)) {
    if ((await verifyPublication(payload, pub)) === 'resolved') report.verified++
  }

  // 4. platform and task progress
  const polling = await rows(payload, { and: [{ platformId: { exists: true } }, { or: [{ status: { equals: 'publishing' } }, { and: [{ mode: { equals: 'task' } }, { status: { in: ['task_created', 'awaiting_confirmation'] } }] }] }] }, 100)
  // a failed poll changes nothing and is tried again next run; one log line per kind of failure, not per row
  // (a platform still dispatching a hundred group tasks would otherwise write a hundred lines a minute)
  const pollFailures = new Map<string, string[]>()
  for (const pub of polling) {
    const account = await loadAccount(payload, pub.account)
    if (!account) continue
    try {
      const s = await getAdapter(account.kind).checkStatus(channelContext(payload, account), String(pub.platformId))
      if (await applyStatus(payload, pub, s)) report.polled++
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e)
      pollFailures.set(message, [...(pollFailures.get(message) ?? []), pub.id])
    }
  }
  for (const [message, ids] of pollFailures) log.warn(`reconcile: status of ${ids.length} publication(s), e.g. ${ids[0]} — ${message}`)

  // 5. escalation of unconfirmed task / manual publications to the branch's editor
  const late = await rows(payload, {
    and: [{ mode: { in: ['task', 'manual'] } }, { status: { in: ['task_created', 'awaiting_confirmation'] } }, { escalatedAt: { exists: false } }, { plannedAt: { less_than: new Date(now - ESCALATE_AFTER_MS).toISOString() } }],
  })
  for (const pub of late) {
    const editor = await branchEditor(payload, pub.branch ?? null)
    const fresh = await readPublication(payload, pub.id)
    if (!fresh || fresh.escalatedAt) continue
    await casPublication(payload, whereStatus(pub.id, fresh.status), { escalatedAt: new Date(now).toISOString(), escalatedTo: editor })
    report.escalated++
  }
  return report
}

/** The nearest editor up the branch tree (the branch itself, then its ancestors up to head office). */
async function branchEditor(payload: Payload, branchId: string | null): Promise<string | null> {
  let lineage: string[] = []
  if (branchId) {
    const b = (await payload.findByID({ collection: 'branches', id: branchId, depth: 0, overrideAccess: true, disableErrors: true })) as { ancestors?: string } | null
    lineage = [branchId, ...String(b?.ancestors ?? '').split('/').filter(Boolean).reverse()]
  }
  const editors = await payload.find({ collection: 'users', where: { role: { equals: 'editor' } }, depth: 0, limit: 200, overrideAccess: true })
  const docs = editors.docs as unknown as { id: string; branch?: string | null }[]
  for (const id of lineage) {
    const hit = docs.find((u) => String(u.branch ?? '') === id)
    if (hit) return String(hit.id)
  }
  return docs[0] ? String(docs[0].id) : null
}

export async function processReconcile(_job: Job, { payload }: JobContext) {
  const started = Date.now()
  const report = await reconcile(payload)
  if (Object.values(report).some(Boolean)) log.info(`reconcile: ${JSON.stringify(report)} in ${Date.now() - started} ms`)
  return report
}
