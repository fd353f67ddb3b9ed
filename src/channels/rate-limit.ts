/**
 * Enforces the RateRules each adapter declares in `limits.rules`, per linked account, in Redis so
 * every worker shares the same counters. One Lua script checks ALL applicable rules and only then
 * records the send, so a blocked send never eats quota.
 *  - minute_sliding → sorted set of send times (exact "20 in any 60 s" for robots)
 *  - day_shanghai / month_shanghai → counter keyed by the Asia/Shanghai calendar day / month
 * Redis only holds timing: losing these keys loosens limits for a moment, the platform still enforces.
 */
import { randomBytes } from 'node:crypto'
import type { Redis } from 'ioredis'
import { RateLimitedError } from './errors'
import type { RateAction, RateRule } from './types'

const SHANGHAI_OFFSET_MS = 8 * 3600_000

/** Start (epoch ms) of the Shanghai day / month containing `now`, and of the next one. */
export function shanghaiPeriod(now: number, unit: 'day' | 'month'): { id: string; start: number; end: number } {
  const local = new Date(now + SHANGHAI_OFFSET_MS)
  const y = local.getUTCFullYear()
  const m = local.getUTCMonth()
  const d = local.getUTCDate()
  if (unit === 'day') {
    const start = Date.UTC(y, m, d) - SHANGHAI_OFFSET_MS
    return { id: `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`, start, end: start + 86_400_000 }
  }
  const start = Date.UTC(y, m, 1) - SHANGHAI_OFFSET_MS
  const end = Date.UTC(y, m + 1, 1) - SHANGHAI_OFFSET_MS
  return { id: `${y}-${String(m + 1).padStart(2, '0')}`, start, end }
}

export interface RuleUsage {
  rule: RateRule
  used: number
  max: number
  /** When the next slot frees up, if the rule is full. */
  retryAfterMs?: number
}

export interface RateDecision {
  ok: boolean
  /** The first rule that blocked, when !ok. */
  blockedBy?: RuleUsage
  usage: RuleUsage[]
  /** Pass to refund() when the send turned out not to happen. */
  ticket?: RateTicket
}

export interface RateTicket {
  member: string
  keys: { key: string; sliding: boolean }[]
}

// KEYS: one per rule. ARGV: now, member, mode ('consume'|'peek'), then per rule: sliding(1/0), max, windowMs, expireAtMs
const SCRIPT = `
local now = tonumber(ARGV[1])
local member = ARGV[2]
local consume = ARGV[3] == 'consume'
local n = #KEYS
local used = {}
local retry = {}
local blocked = 0
for i = 1, n do
  local base = 3 + (i - 1) * 4
  local sliding = ARGV[base + 1] == '1'
  local max = tonumber(ARGV[base + 2])
  local window = tonumber(ARGV[base + 3])
  local count = 0
  local wait = 0
  if sliding then
    redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', now - window)
    count = redis.call('ZCARD', KEYS[i])
    if count >= max then
      local oldest = redis.call('ZRANGE', KEYS[i], 0, count - max, 'WITHSCORES')
      wait = tonumber(oldest[#oldest]) + window - now
    end
  else
    count = tonumber(redis.call('GET', KEYS[i]) or '0')
    if count >= max then
      wait = tonumber(ARGV[base + 4]) - now
    end
  end
  used[i] = count
  retry[i] = wait
  if count >= max and blocked == 0 then blocked = i end
end
if consume and blocked == 0 then
  for i = 1, n do
    local base = 3 + (i - 1) * 4
    if ARGV[base + 1] == '1' then
      redis.call('ZADD', KEYS[i], now, member)
      redis.call('PEXPIRE', KEYS[i], tonumber(ARGV[base + 3]) + 1000)
    else
      redis.call('INCR', KEYS[i])
      redis.call('PEXPIREAT', KEYS[i], tonumber(ARGV[base + 4]) + 86400000)
    end
    used[i] = used[i] + 1
  end
end
return {blocked, used, retry}
`

export interface RateLimiter {
  /** Check every rule for `action` and, if all pass, record one send atomically. */
  consume(accountId: string, rules: RateRule[], action: RateAction, now?: number): Promise<RateDecision>
  /** Same check without recording: for the calendar's warnings. */
  peek(accountId: string, rules: RateRule[], action: RateAction, now?: number): Promise<RateDecision>
  /** consume() or throw RateLimitedError (bilingual, with retryAfterMs). */
  take(accountId: string, rules: RateRule[], action: RateAction, now?: number): Promise<RateTicket | undefined>
  /** Give a slot back when the send provably did not happen (failed before leaving, or rejected). */
  refund(ticket: RateTicket | undefined): Promise<void>
}

export function createRateLimiter(redis: Redis, keyPrefix: string): RateLimiter {
  const prefix = keyPrefix.endsWith(':') ? keyPrefix : `${keyPrefix}:`

  function plan(accountId: string, rules: RateRule[], action: RateAction, now: number) {
    const applicable = rules.filter((r) => r.action === action)
    const keys: { key: string; sliding: boolean }[] = []
    const args: (string | number)[] = []
    for (const r of applicable) {
      if (r.window === 'minute_sliding') {
        keys.push({ key: `${prefix}${accountId}:${r.id}`, sliding: true })
        args.push(1, r.max, 60_000, 0)
      } else {
        const p = shanghaiPeriod(now, r.window === 'day_shanghai' ? 'day' : 'month')
        keys.push({ key: `${prefix}${accountId}:${r.id}:${p.id}`, sliding: false })
        args.push(0, r.max, p.end - p.start, p.end)
      }
    }
    return { applicable, keys, args }
  }

  async function run(mode: 'consume' | 'peek', accountId: string, rules: RateRule[], action: RateAction, now = Date.now()): Promise<RateDecision> {
    const { applicable, keys, args } = plan(accountId, rules, action, now)
    if (!applicable.length) return { ok: true, usage: [] }
    const member = `${now}-${randomBytes(6).toString('hex')}`
    const [blocked, used, retry] = (await redis.eval(SCRIPT, keys.length, ...keys.map((k) => k.key), now, member, mode, ...args)) as [number, number[], number[]]
    const usage: RuleUsage[] = applicable.map((rule, i) => ({
      rule,
      used: Number(used[i]),
      max: rule.max,
      retryAfterMs: Number(retry[i]) > 0 ? Number(retry[i]) : undefined,
    }))
    const ok = blocked === 0
    return { ok, blockedBy: ok ? undefined : usage[blocked - 1], usage, ticket: ok && mode === 'consume' ? { member, keys } : undefined }
  }

  return {
    consume: (a, r, act, now) => run('consume', a, r, act, now),
    peek: (a, r, act, now) => run('peek', a, r, act, now),
    async take(accountId, rules, action, now) {
      const d = await run('consume', accountId, rules, action, now)
      if (!d.ok && d.blockedBy) {
        const b = d.blockedBy
        throw new RateLimitedError({
          zh: `已达到频率或次数限制：${b.rule.label.zh}`,
          en: `Limit reached: ${b.rule.label.en}`,
          step: 'rate-limit',
          retryAfterMs: b.retryAfterMs,
        })
      }
      return d.ticket
    },
    async refund(ticket) {
      if (!ticket) return
      const m = redis.multi()
      for (const k of ticket.keys) {
        if (k.sliding) m.zrem(k.key, ticket.member)
        else m.decr(k.key)
      }
      await m.exec()
    },
  }
}
