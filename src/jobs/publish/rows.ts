// Reads and compare-and-set writes of publication rows for the scheduler.
// Payload's `payload.update({ where })` finds matching rows and then updates each BY ID, so two workers can
// both "win" a status check. The adapter's updateOne with a `where` issues one conditional write instead
// (SQL: UPDATE … WHERE id = ? AND status = ? RETURNING; MongoDB: findOneAndUpdate), so exactly one
// writer changes the row and the other gets null. Hooks do not run for these system writes.
import type { Payload, PayloadRequest, Where } from 'payload'

import type { PublicationStatus } from '../../collections/Publications/statuses'

export interface PublicationRow {
  id: string
  content: string
  account: string
  variant: string
  kind: string
  mode: 'auto' | 'task' | 'manual'
  plannedAt: string
  status: PublicationStatus
  onHold?: boolean | null
  massSend?: boolean | null
  attemptId?: string | null
  attempts?: number | null
  claimedAt?: string | null
  createStep?: string | null
  platformId?: string | null
  lastError?: string | null
  manager?: string | null
  assignee?: string | null
  branch?: string | null
  escalatedAt?: string | null
  overdue?: boolean | null
}

const flat = (row: Record<string, unknown>): PublicationRow => {
  const out = { ...row } as Record<string, unknown>
  for (const k of ['content', 'account', 'manager', 'assignee', 'branch']) {
    const v = out[k]
    if (v && typeof v === 'object') out[k] = String((v as { id: unknown }).id)
  }
  out.id = String(out.id)
  return out as unknown as PublicationRow
}

export async function readPublication(payload: Payload, id: string): Promise<PublicationRow | null> {
  const row = await payload.db.findOne({ collection: 'publications', where: { id: { equals: id } } })
  return row ? flat(row as Record<string, unknown>) : null
}

/**
 * One conditional write; null when no row matched `where` any more (someone else got there first).
 * Pass `req` inside another operation's transaction (SQLite allows one writer at a time).
 */
export async function casPublication(payload: Payload, where: Where, data: Record<string, unknown>, req?: Partial<PayloadRequest>): Promise<PublicationRow | null> {
  const row = await payload.db.updateOne({
    collection: 'publications',
    where,
    data: { ...data, updatedAt: new Date().toISOString() },
    req,
    // SQL: one `UPDATE … WHERE … RETURNING` instead of select-id, update, re-read (every field we write
    // lives on the main table). Mongoose would pass unknown options on to the driver, so only for SQL.
    options: payload.db.name === 'mongoose' ? undefined : { atomic: true },
  })
  return row ? flat(row as unknown as Record<string, unknown>) : null
}

export const whereOwned = (id: string, attemptId: string): Where => ({ and: [{ id: { equals: id } }, { attemptId: { equals: attemptId } }] })
export const whereStatus = (id: string, status: PublicationStatus | PublicationStatus[]): Where => ({
  and: [{ id: { equals: id } }, { status: Array.isArray(status) ? { in: status } : { equals: status } }],
})

/** "中文 / English", clipped: what users see in lastError (never a stack or a secret). */
export const bilingual = (m: { zh: string; en: string }) => `${m.zh} / ${m.en}`.slice(0, 500)
