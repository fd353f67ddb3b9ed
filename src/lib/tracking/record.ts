// Writes a batch of scans: the raw events whose ids are new, then hourly counter rows for them.
// Idempotent without relying on database transactions (Payload's SQLite adapter runs without them unless
// `transactionOptions` is set): every event carries the key of the counter row that counts it, counter
// keys are unique, and a batch seen again recounts, from the database, only keys whose row is missing.
// So a crash anywhere — before, between or after the two inserts, or before XACK — ends with each event
// written once and counted once. With transactions enabled the batch is additionally all-or-nothing.
import { randomUUID } from 'node:crypto'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import type { ScanRecord } from './redis'

const HOUR = 3600_000

async function inTransaction<T>(payload: Payload, fn: (req: PayloadRequest) => Promise<T>): Promise<T> {
  const req = await createLocalReq({}, payload)
  const tid = await payload.db.beginTransaction()
  if (tid) req.transactionID = tid
  try {
    const out = await fn(req)
    if (tid) await payload.db.commitTransaction(tid)
    return out
  } catch (err) {
    if (tid) await payload.db.rollbackTransaction(tid)
    throw err
  }
}

/** The SQL adapters' (SQLite, PostgreSQL) multi-row insert; other adapters have none. */
interface SqlAdapter {
  insert(args: { db: unknown; tableName: string; values: Record<string, unknown>[] }): Promise<unknown>
  tables: Record<string, unknown>
  tableNameMap: Map<string, string>
  sessions?: Record<string, { db: unknown }>
  drizzle: unknown
}

const BULK_ROWS = 500

/**
 * Inserts system-written rows (no hooks, no access: raw events) in as few statements as the adapter
 * allows: one multi-row INSERT per 500 rows on SQL adapters — a row-by-row payload.db.create costs ~1 ms
 * each on SQLite, too slow for the redirect's peak — and payload.db.create row by row elsewhere (MongoDB).
 * Every field of the collection must be given (the rows bypass defaults).
 */
async function insertRows(payload: Payload, req: PayloadRequest, slug: 'scan-events' | 'tracking-stats', rows: Record<string, unknown>[]) {
  const db = payload.db as unknown as Partial<SqlAdapter>
  const tableName = db.tableNameMap?.get(slug.replace(/-/g, '_'))
  if (typeof db.insert === 'function' && tableName && db.tables?.[tableName]) {
    const session = req.transactionID ? db.sessions?.[String(await req.transactionID)]?.db : undefined
    for (let i = 0; i < rows.length; i += BULK_ROWS) {
      await db.insert({ db: session ?? db.drizzle, tableName, values: rows.slice(i, i + BULK_ROWS).map((r) => ({ id: randomUUID(), ...r })) })
    }
    return
  }
  for (const data of rows) await payload.db.create({ collection: slug, req, returning: false, data })
}

async function existingIds(
  payload: Payload,
  req: PayloadRequest,
  collection: 'tracking-links' | 'referrals' | 'users' | 'branches',
  ids: (string | null | undefined)[],
) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))]
  if (wanted.length === 0) return new Set<string>()
  const found = await payload.find({ collection, where: { id: { in: wanted } }, pagination: false, depth: 0, select: {}, overrideAccess: true, req })
  return new Set(found.docs.map((d) => String(d.id)))
}

type EventRow = Record<string, any>

/** One counter row per stats key, from the events that carry that key. */
function counterRows(events: EventRow[]): Record<string, unknown>[] {
  const rows = new Map<string, Record<string, any>>()
  for (const e of events) {
    let row = rows.get(e.statsKey)
    if (!row) {
      const hour = new Date(Math.floor(new Date(e.at).getTime() / HOUR) * HOUR).toISOString()
      row = {
        key: e.statsKey,
        hour,
        link: e.link,
        campaign: e.campaign,
        channel: e.channel,
        manager: e.manager,
        branch: e.branch,
        visits: 0,
        referred: 0,
        suspicious: 0,
      }
      rows.set(e.statsKey, row)
    }
    if (e.flag) row.suspicious++
    else {
      row.visits++
      if (e.referral) row.referred++
    }
  }
  return [...rows.values()]
}

/**
 * Returns how many of the records were new. `maybeWritten: false` skips the look-ups that make a repeat
 * harmless: entries read from the stream for the first time ('>') cannot have been written before; only
 * reclaimed ones (and the seed's) can.
 */
export async function recordScanBatch(payload: Payload, records: ScanRecord[], opts: { maybeWritten?: boolean } = {}): Promise<number> {
  if (records.length === 0) return 0
  const maybeWritten = opts.maybeWritten ?? true
  return inTransaction(payload, async (req) => {
    const existing = maybeWritten
      ? ((
          await payload.find({
            collection: 'scan-events',
            where: { eventId: { in: records.map((r) => r.eventId) } },
            pagination: false,
            depth: 0,
            select: { eventId: true, statsKey: true },
            overrideAccess: true,
            req,
          })
        ).docs as EventRow[])
      : []
    const seen = new Set(existing.map((d) => d.eventId as string))
    const fresh = records.filter((r) => !seen.has(r.eventId) && (seen.add(r.eventId), true))
    // a link, share link, manager or branch deleted while its scans waited in the stream must not make
    // the batch fail for ever (foreign keys): such references are dropped, the scan itself is kept
    const live = {
      link: await existingIds(
        payload,
        req,
        'tracking-links',
        fresh.map((r) => r.link),
      ),
      referral: await existingIds(
        payload,
        req,
        'referrals',
        fresh.map((r) => r.referral),
      ),
      manager: await existingIds(
        payload,
        req,
        'users',
        fresh.map((r) => r.manager),
      ),
      branch: await existingIds(
        payload,
        req,
        'branches',
        fresh.map((r) => r.branch),
      ),
    }
    const ref = (kind: keyof typeof live, id: string | undefined) => (id && live[kind].has(id) ? id : null)
    const now = new Date().toISOString()
    const batch = fresh[0]?.eventId
    const events: EventRow[] = fresh.map((r) => ({
      eventId: r.eventId,
      at: r.at.toISOString(),
      code: r.code,
      link: ref('link', r.link),
      referral: ref('referral', r.referral),
      kind: r.kind,
      inWechat: r.inWechat,
      flag: r.flag ?? null,
      campaign: r.campaign ?? null,
      channel: r.channel ?? null,
      manager: ref('manager', r.manager),
      branch: ref('branch', r.branch),
      device: r.device,
      ipHash: r.ipHash,
      referrer: r.referrer ?? null,
      userAgent: r.userAgent ?? null,
      // the counter row this event is counted in: per link and hour, and unique to this write
      statsKey: `${r.link}|${Math.floor(r.at.getTime() / HOUR)}|${batch}`,
      createdAt: now,
      updatedAt: now,
    }))
    await insertRows(payload, req, 'scan-events', events)

    if (!maybeWritten) {
      await insertRows(payload, req, 'tracking-stats', counterRows(events))
      return fresh.length
    }
    // counters for keys that have no row yet (a previous attempt may have stopped between the inserts)
    const keys = [...new Set([...existing, ...events].map((e) => e.statsKey as string).filter(Boolean))]
    const present = await payload.find({
      collection: 'tracking-stats',
      where: { key: { in: keys } },
      pagination: false,
      depth: 0,
      select: { key: true },
      overrideAccess: true,
      req,
    })
    const have = new Set(present.docs.map((d) => (d as EventRow).key))
    const missing = keys.filter((k) => !have.has(k))
    if (missing.length) {
      const counted = await payload.find({
        collection: 'scan-events',
        where: { statsKey: { in: missing } },
        pagination: false,
        depth: 0,
        select: { statsKey: true, at: true, link: true, campaign: true, channel: true, manager: true, branch: true, flag: true, referral: true },
        overrideAccess: true,
        req,
      })
      await insertRows(payload, req, 'tracking-stats', counterRows(counted.docs as EventRow[]))
    }
    return fresh.length
  })
}
