// What happens to a publication row after the platform answered (or did not): results, platform status
// polls, recovery of an attempt whose worker died, and verification of unknown outcomes.
import type { Payload } from 'payload'

import { loadAccount, channelContext, sendersOf } from '../../collections/ChannelAccounts/channel-context'
import { transitionContent } from '../../collections/Contents/workflow'
import { getAdapter, type PublishResult, type StatusResult } from '../../channels'
import { isChannelError } from '../../channels/errors'
import { log } from '../../lib/log'
import { buildPublishPayload, type ContentDoc } from './build-payload'
import { bilingual, casPublication, readPublication, whereOwned, whereStatus, type PublicationRow } from './rows'

const STATUS_OF_RESULT: Record<PublishResult['status'], PublicationRow['status']> = {
  published: 'published',
  publishing: 'publishing',
  task_created: 'task_created',
  manual_pending: 'awaiting_confirmation',
}

/** Stores what the platform returned, at once; matched by attempt id so it lands even if the row was flagged meanwhile. */
export async function recordResult(payload: Payload, pub: PublicationRow, attemptId: string, result: PublishResult): Promise<PublicationRow | null> {
  const status = STATUS_OF_RESULT[result.status]
  return casPublication(payload, whereOwned(pub.id, attemptId), {
    status,
    platformId: result.platformId,
    urls: result.urls ?? null,
    kit: result.kit ?? null,
    lastError: null,
    ...(status === 'published' ? { publishedAt: new Date().toISOString() } : {}),
  })
}

/** Applies a platform status poll (checkStatus) to a row that is waiting on the platform or on people. */
export async function applyStatus(payload: Payload, pub: PublicationRow, s: StatusResult): Promise<PublicationRow | null> {
  const now = new Date().toISOString()
  const next: Partial<Record<StatusResult['status'], Record<string, unknown>>> = {
    published: { status: 'published', publishedAt: now, urls: s.urls ?? null },
    done: { status: 'done', doneAt: now, progress: s.progress ?? null },
    partially_done: { status: 'awaiting_confirmation', progress: s.progress ?? null },
    task_created: { status: pub.status === 'needs_verification' ? 'task_created' : pub.status, progress: s.progress ?? null },
    failed: { status: 'failed', lastError: s.reason ? bilingual(s.reason) : '平台报告发布失败 / The platform reports a failure' },
    deleted: { status: 'failed', lastError: s.reason ? bilingual(s.reason) : '内容已被删除 / Deleted on the platform' },
  }
  const data = next[s.status]
  if (!data) return null
  return casPublication(payload, whereStatus(pub.id, pub.status), data)
}

/** Polls the platform until the post is final (公众号 freepublish and mass sends take a moment). */
export async function pollUntilFinal(payload: Payload, pub: PublicationRow, tries = 3): Promise<void> {
  const account = await loadAccount(payload, pub.account)
  if (!account || !pub.platformId) return
  const adapter = getAdapter(account.kind)
  for (let i = 0; i < tries; i++) {
    await new Promise((r) => setTimeout(r, 1_000 * (i + 1)))
    const s = await adapter.checkStatus(channelContext(payload, account), pub.platformId)
    if (s.final) {
      await applyStatus(payload, pub, s)
      return
    }
  }
}

/** After a post went out: the content becomes "published" (once, by the system; via "scheduled" when re-approved). */
export async function markContentPublished(payload: Payload, contentId: string, status?: string): Promise<void> {
  if (status !== 'scheduled' && status !== 'approved') return
  try {
    if (status === 'approved') await transitionContent(payload, { id: contentId, to: 'scheduled', user: null })
    await transitionContent(payload, { id: contentId, to: 'published', user: null })
  } catch {
    // another worker moved it first (409); the content is published either way
  }
}

/**
 * The attempt that claimed this row is gone (its worker died: we now hold its job, or the reconciler found
 * no active job). Before any creating request was about to leave, the row is simply scheduled again;
 * after, the platform may have the post, so it must be verified — never blindly retried.
 */
export async function recoverAttempt(payload: Payload, pub: PublicationRow): Promise<PublicationRow> {
  const owned = whereOwned(pub.id, String(pub.attemptId))
  const next = pub.createStep
    ? await casPublication(payload, owned, {
        status: 'needs_verification',
        lastError: bilingual({ zh: `发布中断（${pub.createStep}），平台可能已收到，需核实`, en: `Interrupted at ${pub.createStep}: the platform may have it, verify first` }),
      })
    : await casPublication(payload, owned, { status: 'scheduled', attemptId: null, claimedAt: null })
  return next ?? ((await readPublication(payload, pub.id)) as PublicationRow)
}

/**
 * Checks an unknown outcome against the platform: by platform id when we have it; a 公众号 mass send is
 * repeated with the same clientmsgid, which WeChat answers with the first send (45065) instead of
 * pushing twice. Anything else waits for a person (resolve in the calendar).
 */
export async function verifyPublication(payload: Payload, pub: PublicationRow): Promise<'resolved' | 'needs_person' | 'unchanged'> {
  const account = await loadAccount(payload, pub.account)
  if (!account) return 'needs_person'
  const adapter = getAdapter(account.kind)
  const ctx = channelContext(payload, account)
  try {
    if (pub.platformId) {
      const s = await adapter.checkStatus(ctx, pub.platformId)
      return (await applyStatus(payload, pub, s)) ? 'resolved' : 'unchanged'
    }
    if (pub.massSend && account.kind.startsWith('oa_')) {
      const content = (await payload.db.findOne({ collection: 'contents', where: { id: { equals: pub.content } } })) as unknown as ContentDoc
      const input = await buildPublishPayload(payload, pub, content, sendersOf(account))
      const result = await adapter.publish(ctx, input)
      const row = await casPublication(payload, whereStatus(pub.id, 'needs_verification'), { status: 'publishing', platformId: result.platformId, lastError: null })
      if (row) await pollUntilFinal(payload, row)
      return 'resolved'
    }
  } catch (e) {
    log.warn(`verify ${pub.id}: ${isChannelError(e) ? e.message : String(e)}`)
    return 'unchanged'
  }
  return 'needs_person'
}
