// Tracking's Redis side, shared by the Express redirect (no Payload there) and the worker:
// the per-code link cache, the durable event stream and the anti-fraud counters.
import type { Redis } from 'ioredis'

import { queuePrefix } from '../../jobs/connection'

/** What the redirect needs to know about a code, cached in Redis by the collections' hooks. */
export interface LinkEntry {
  code: string
  /** The tracking link itself, or the link a referral chain started from. */
  link: string
  referral?: string
  target: string
  kind: 'scan' | 'click'
  campaign?: string
  channel?: string
  manager?: string
  branch?: string
  /** Fingerprint of the customer whose share link this is. */
  inviter?: string
}

export const trackingKeys = {
  code: (code: string) => `${queuePrefix()}:trk:code:${code}`,
  stream: () => `${queuePrefix()}:trk:events`,
  group: 'trk-writers',
  seen: (code: string, device: string) => `${queuePrefix()}:trk:seen:${code}:${device}`,
  velocity: (device: string, minute: number) => `${queuePrefix()}:trk:vel:${device}:${minute}`,
}

const LINK_TTL_S = 30 * 24 * 3600
const MISSING_TTL_S = 60
const MISSING = '-'

export async function cacheLinkEntry(redis: Redis, entry: LinkEntry): Promise<void> {
  await redis.set(trackingKeys.code(entry.code), JSON.stringify(entry), 'EX', LINK_TTL_S)
}

export async function cacheMissingCode(redis: Redis, code: string): Promise<void> {
  await redis.set(trackingKeys.code(code), MISSING, 'EX', MISSING_TTL_S)
}

export async function forgetCode(redis: Redis, code: string): Promise<void> {
  await redis.del(trackingKeys.code(code))
}

/** The entry, `null` for a code known not to exist, `undefined` when Redis does not know. */
export async function readLinkEntry(redis: Redis, code: string): Promise<LinkEntry | null | undefined> {
  const raw = await redis.get(trackingKeys.code(code))
  if (raw === null) return undefined
  if (raw === MISSING) return null
  return JSON.parse(raw) as LinkEntry
}

/** Anti-fraud thresholds: a device scanning one code again within a day, or too fast overall. */
export const FRAUD_RULES = { repeatWindowS: 24 * 3600, maxScansPerDevicePerMinute: 20 }

// One atomic round trip: mark repeats and velocity, then append the event with its flag.
// KEYS: stream, seen, velocity · ARGV: repeatWindowS, velocityLimit, field, value, ...
const RECORD_LUA = `
local fresh = redis.call('SET', KEYS[2], '1', 'NX', 'EX', ARGV[1])
local n = redis.call('INCR', KEYS[3])
if n == 1 then redis.call('EXPIRE', KEYS[3], 120) end
local flag = ''
if n > tonumber(ARGV[2]) then flag = 'velocity' elseif not fresh then flag = 'repeat' end
local args = {'*', 'flag', flag}
for i = 3, #ARGV do args[#args + 1] = ARGV[i] end
return redis.call('XADD', KEYS[1], unpack(args))
`

type RecordingRedis = Redis & { trkRecord(stream: string, seen: string, vel: string, ...args: string[]): Promise<string> }

/** Raw fields of one scan, as they travel through the stream. */
export interface ScanFields {
  at: number
  inWechat: boolean
  ipHash: string
  device: string
  referrer: string
  userAgent: string
}

/** Appends a scan to the stream (durable once this resolves) and returns the stream entry id. */
export function recordScan(redis: Redis, entry: LinkEntry, scan: ScanFields): Promise<string> {
  const r = redis as RecordingRedis
  if (!r.trkRecord) r.defineCommand('trkRecord', { numberOfKeys: 3, lua: RECORD_LUA })
  const fields: Record<string, string> = {
    code: entry.code,
    link: entry.link,
    ref: entry.referral ?? '',
    kind: entry.kind,
    camp: entry.campaign ?? '',
    ch: entry.channel ?? '',
    mgr: entry.manager ?? '',
    br: entry.branch ?? '',
    at: String(scan.at),
    wx: scan.inWechat ? '1' : '0',
    ip: scan.ipHash,
    dev: scan.device,
    refr: scan.referrer.slice(0, 300),
    ua: scan.userAgent.slice(0, 200),
  }
  return r.trkRecord(
    trackingKeys.stream(),
    trackingKeys.seen(entry.code, scan.device),
    trackingKeys.velocity(scan.device, Math.floor(scan.at / 60_000)),
    String(FRAUD_RULES.repeatWindowS),
    String(FRAUD_RULES.maxScansPerDevicePerMinute),
    ...Object.entries(fields).flat(),
  )
}

/** A stream entry decoded back into a scan record (the worker's side). */
export interface ScanRecord {
  eventId: string
  code: string
  link: string
  referral?: string
  kind: 'scan' | 'click'
  campaign?: string
  channel?: string
  manager?: string
  branch?: string
  at: Date
  inWechat: boolean
  ipHash: string
  device: string
  referrer?: string
  userAgent?: string
  flag?: 'repeat' | 'velocity'
}

export function decodeStreamEntry(id: string, flat: string[]): ScanRecord {
  const f: Record<string, string> = {}
  for (let i = 0; i < flat.length; i += 2) f[flat[i]] = flat[i + 1]
  return {
    eventId: id,
    code: f.code,
    link: f.link,
    referral: f.ref || undefined,
    kind: f.kind === 'scan' ? 'scan' : 'click',
    campaign: f.camp || undefined,
    channel: f.ch || undefined,
    manager: f.mgr || undefined,
    branch: f.br || undefined,
    at: new Date(Number(f.at)),
    inWechat: f.wx === '1',
    ipHash: f.ip,
    device: f.dev,
    referrer: f.refr || undefined,
    userAgent: f.ua || undefined,
    flag: f.flag === 'repeat' || f.flag === 'velocity' ? f.flag : undefined,
  }
}
