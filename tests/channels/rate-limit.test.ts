import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getAdapter } from '../../src/channels/index.js'
import { createRateLimiter, shanghaiPeriod, type RateLimiter } from '../../src/channels/rate-limit.js'

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
const prefix = `test:ratelimit:${randomUUID()}`
let redis: Redis
let limiter: RateLimiter

beforeAll(() => {
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 })
  limiter = createRateLimiter(redis, prefix)
})
afterAll(async () => {
  const keys = await redis.keys(`${prefix}:*`)
  if (keys.length) await redis.del(...keys)
  await redis.quit()
})

/** Epoch ms for a wall-clock time in Asia/Shanghai. */
const sh = (iso: string) => Date.parse(`${iso}+08:00`)

describe('rate limiter on real Redis', () => {
  it('robot: 20 per sliding minute, the 21st is blocked until the oldest leaves the window', async () => {
    const rules = getAdapter('wecom_robot').limits.rules
    const t0 = sh('2026-11-23T10:00:00')
    for (let i = 0; i < 20; i++) {
      const d = await limiter.consume('robot-1', rules, 'send', t0 + i * 1000)
      expect(d.ok).toBe(true)
    }
    const blocked = await limiter.consume('robot-1', rules, 'send', t0 + 30_000)
    expect(blocked.ok).toBe(false)
    expect(blocked.blockedBy).toMatchObject({ used: 20, max: 20, retryAfterMs: 30_000 })
    // another robot has its own window
    expect((await limiter.consume('robot-2', rules, 'send', t0 + 30_000)).ok).toBe(true)
    // 60 s after the first send one slot is free again
    expect((await limiter.consume('robot-1', rules, 'send', t0 + 60_001)).ok).toBe(true)
    expect((await limiter.consume('robot-1', rules, 'send', t0 + 60_002)).ok).toBe(false)
  })

  it('take() throws a bilingual rate_limited error; refund() gives the slot back', async () => {
    const rules = getAdapter('wecom_robot').limits.rules
    const t0 = sh('2026-11-23T11:00:00')
    let last
    for (let i = 0; i < 20; i++) last = await limiter.take('robot-3', rules, 'send', t0 + i)
    await expect(limiter.take('robot-3', rules, 'send', t0 + 100)).rejects.toMatchObject({ kind: 'rate_limited', step: 'rate-limit' })
    await limiter.refund(last)
    expect(await limiter.take('robot-3', rules, 'send', t0 + 101)).toBeDefined()
  })

  it('subscription account: 1 mass send per Asia/Shanghai day (resets at Beijing midnight, not UTC)', async () => {
    const rules = getAdapter('oa_subscription').limits.rules
    expect((await limiter.consume('oa-sub', rules, 'mass_send', sh('2026-11-23T23:30:00'))).ok).toBe(true)
    const late = await limiter.consume('oa-sub', rules, 'mass_send', sh('2026-11-23T23:50:00'))
    expect(late.ok).toBe(false)
    expect(late.blockedBy!.retryAfterMs).toBe(10 * 60_000)
    // 00:10 Beijing is still 16:10 UTC of the previous UTC day: a UTC day would wrongly block this
    expect((await limiter.consume('oa-sub', rules, 'mass_send', sh('2026-11-24T00:10:00'))).ok).toBe(true)
    // silent freepublish ('send') is not a mass send and is not counted
    expect((await limiter.consume('oa-sub', rules, 'send', sh('2026-11-24T00:20:00'))).ok).toBe(true)
  })

  it('service account: 4 mass sends per Shanghai month; peek does not consume', async () => {
    const rules = getAdapter('oa_service').limits.rules
    for (let d = 1; d <= 4; d++) expect((await limiter.consume('oa-svc', rules, 'mass_send', sh(`2026-11-0${d}T09:00:00`))).ok).toBe(true)
    const peek = await limiter.peek('oa-svc', rules, 'mass_send', sh('2026-11-20T09:00:00'))
    expect(peek).toMatchObject({ ok: false, blockedBy: { used: 4, max: 4 } })
    expect((await limiter.consume('oa-svc', rules, 'mass_send', sh('2026-11-30T23:59:00'))).ok).toBe(false)
    expect((await limiter.consume('oa-svc', rules, 'mass_send', sh('2026-12-01T00:01:00'))).ok).toBe(true)
    const fresh = await limiter.peek('oa-svc', rules, 'mass_send', sh('2026-12-02T00:01:00'))
    expect(fresh.usage[0]).toMatchObject({ used: 1, max: 4 })
  })

  it('a blocked call consumes nothing from the other rules', async () => {
    const rules = [
      { id: 'a', action: 'send' as const, window: 'minute_sliding' as const, max: 5, label: { zh: 'a', en: 'a' } },
      { id: 'b', action: 'send' as const, window: 'day_shanghai' as const, max: 1, label: { zh: 'b', en: 'b' } },
    ]
    const t = sh('2026-11-23T12:00:00')
    expect((await limiter.consume('multi', rules, 'send', t)).ok).toBe(true)
    const d = await limiter.consume('multi', rules, 'send', t + 1)
    expect(d.ok).toBe(false)
    expect(d.blockedBy!.rule.id).toBe('b')
    expect(d.usage.find((u) => u.rule.id === 'a')!.used).toBe(1)
  })

  it('shanghaiPeriod uses Beijing calendar boundaries', () => {
    expect(shanghaiPeriod(Date.parse('2026-11-30T16:30:00Z'), 'day').id).toBe('2026-12-01')
    expect(shanghaiPeriod(Date.parse('2026-11-30T16:30:00Z'), 'month').id).toBe('2026-12')
    expect(shanghaiPeriod(Date.parse('2026-11-30T15:30:00Z'), 'month').id).toBe('2026-11')
  })
})
