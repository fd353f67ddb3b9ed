// GET /t/:code over real HTTP: the web process's fast path ahead of Express (no Payload) → Redis cache or loopback resolve → Redis stream →
// 302; then the worker-side drain writes the stream to the database exactly once.
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import express from 'express'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { closeSharedRedis, sharedRedis } from '../../src/jobs/connection'
import { drainScanStream } from '../../src/jobs/tracking/stream'
import { loadEnv } from '../../src/lib/env'
import { ensureTrackingLink } from '../../src/lib/tracking/links'
import { recordScanBatch } from '../../src/lib/tracking/record'
import { FRAUD_RULES, trackingKeys } from '../../src/lib/tracking/redis'
import { createWebServer, trackingRouter } from '../../src/routes/tracking'
import { testPayload, withDemoOrganisation } from '../helpers/payload'
import { startRestServer, type RestServer } from '../helpers/rest'

const WECHAT = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.50'
const SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile Safari/604.1'

let payload: Payload
let rest: RestServer
let server: Server
let base: string
let org: Awaited<ReturnType<typeof withDemoOrganisation>>

beforeAll(async () => {
  payload = await testPayload()
  org = await withDemoOrganisation(payload)
  rest = await startRestServer()
  // the router resolves unknown codes through Payload over loopback: point it at the REST server
  // served as the web process serves it: GET /t/:code on the fast path, the rest (share links) via Express
  const env = { ...loadEnv(), port: Number(new URL(rest.url).port) }
  const app = express()
  app.set('trust proxy', 'loopback, uniquelocal')
  app.use(trackingRouter(env))
  server = createWebServer(env, app)
  server.listen(0, '127.0.0.1')
  await new Promise((r) => server.once('listening', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server?.close()
  await rest?.close()
  await closeSharedRedis()
})

const scan = (code: string, ua = WECHAT, ip = '10.0.0.1') =>
  fetch(`${base}/t/${code}`, { redirect: 'manual', headers: { 'user-agent': ua, 'x-forwarded-for': ip, referer: 'https://mp.weixin.qq.com/s/abc' } })
const streamLength = () => sharedRedis().xlen(trackingKeys.stream())

describe('tracking links', () => {
  it('are unguessable, idempotent per combination and land on the manager’s studio by default', async () => {
    const a = await ensureTrackingLink(payload, { campaign: 'c1', manager: org.manager.id, channel: 'poster', poster: 'p1' })
    const b = await ensureTrackingLink(payload, { campaign: 'c1', manager: org.manager.id, channel: 'poster', poster: 'p1' })
    const c = await ensureTrackingLink(payload, { campaign: 'c1', manager: org.otherManager.id, channel: 'poster', poster: 'p1' })
    expect(b).toEqual(a)
    expect(c.code).not.toBe(a.code)
    expect(a.code).toMatch(/^[2-9a-zA-Z]{10}$/)
    expect(a.url).toBe(`${loadEnv().publicUrl}/t/${a.code}`)
    const r = await scan(a.code)
    expect(r.status).toBe(302)
    expect(r.headers.get('location')).toBe(`${loadEnv().publicUrl}/s/${org.manager.id}`)
  })
})

describe('GET /t/:code', () => {
  it('records the scan with its facts and redirects to the target', async () => {
    const link = await ensureTrackingLink(payload, { campaign: 'c2', manager: org.manager.id, channel: 'wecom_groups', target: 'https://bank.example/spring' })
    const before = await streamLength()
    const r = await scan(link.code)
    expect(r.status).toBe(302)
    expect(r.headers.get('location')).toBe('https://bank.example/spring')
    expect(await streamLength()).toBe(before + 1)
    const [[, fields]] = (await sharedRedis().xrevrange(trackingKeys.stream(), '+', '-', 'COUNT', 1)) as [string, string[]][]
    const f = Object.fromEntries(fields.reduce<string[][]>((acc, v, i) => (i % 2 ? acc[acc.length - 1].push(v) : acc.push([v]), acc), []))
    expect(f).toMatchObject({ code: link.code, link: link.id, camp: 'c2', ch: 'wecom_groups', mgr: String(org.manager.id), wx: '1', flag: '', kind: 'click' })
    expect(f.refr).toBe('https://mp.weixin.qq.com/s/abc')
    expect(f.ip).not.toContain('10.0.0.1') // hashed
    expect(f.br).toBe(org.branchByCode.get('1101'))
  })

  it('answers an unknown code with a friendly Chinese 404 page, and remembers it briefly', async () => {
    const r = await scan('NoSuchCode22')
    expect(r.status).toBe(404)
    const html = await r.text()
    expect(html).toMatch(/这个链接找不到了/)
    expect(html).toMatch(/客户经理/)
    expect(await sharedRedis().get(trackingKeys.code('NoSuchCode22'))).toBe('-')
    expect((await scan('bad!code')).status).toBe(404)
  })

  it('resolves a code Redis does not know through Payload once, then caches it', async () => {
    const link = await ensureTrackingLink(payload, { campaign: 'c3', channel: 'oa_subscription', target: '/campaigns/c3' })
    await sharedRedis().del(trackingKeys.code(link.code))
    const r = await scan(link.code)
    expect(r.status).toBe(302)
    expect(r.headers.get('location')).toBe(`${loadEnv().publicUrl}/campaigns/c3`)
    expect(JSON.parse((await sharedRedis().get(trackingKeys.code(link.code)))!)).toMatchObject({ link: link.id, campaign: 'c3' })
  })

  it('redirects bots without recording them, and flags repeats and velocity', async () => {
    const link = await ensureTrackingLink(payload, { campaign: 'c4', manager: org.otherManager.id, channel: 'poster' })
    const before = await streamLength()
    expect((await scan(link.code, 'Mozilla/5.0 (compatible; Googlebot/2.1)')).status).toBe(302)
    expect((await scan(link.code, 'curl/8.5.0')).status).toBe(302)
    expect(await streamLength()).toBe(before)

    await scan(link.code, SAFARI, '10.0.0.7')
    await scan(link.code, SAFARI, '10.0.0.7') // the same phone again
    for (let i = 0; i < FRAUD_RULES.maxScansPerDevicePerMinute; i++) await scan(`${link.code}`, WECHAT, '10.0.0.8')
    const entries = (await sharedRedis().xrange(trackingKeys.stream(), '-', '+')) as [string, string[]][]
    const flags = entries.slice(-(2 + FRAUD_RULES.maxScansPerDevicePerMinute)).map(([, f]) => f[f.indexOf('flag') + 1])
    expect(flags[0]).toBe('')
    expect(flags[1]).toBe('repeat')
    expect(flags[2]).toBe('')
    expect(flags.slice(3)).toEqual(Array(FRAUD_RULES.maxScansPerDevicePerMinute - 1).fill('repeat'))
  })

  it('trips the velocity limit when one device scans many codes fast', async () => {
    const codes = []
    for (let i = 0; i < FRAUD_RULES.maxScansPerDevicePerMinute + 2; i++)
      codes.push((await ensureTrackingLink(payload, { campaign: 'c5', poster: `v${i}`, channel: 'poster' })).code)
    for (const code of codes) await scan(code, WECHAT, '10.0.0.9')
    const entries = (await sharedRedis().xrevrange(trackingKeys.stream(), '+', '-', 'COUNT', codes.length)) as [string, string[]][]
    const flags = entries.reverse().map(([, f]) => f[f.indexOf('flag') + 1])
    expect(flags.slice(0, FRAUD_RULES.maxScansPerDevicePerMinute)).toEqual(Array(FRAUD_RULES.maxScansPerDevicePerMinute).fill(''))
    expect(flags.slice(FRAUD_RULES.maxScansPerDevicePerMinute)).toEqual(['velocity', 'velocity'])
  })
})

describe('referral chains and the stream writer', () => {
  it('gives customers share links two levels deep, attributed to the original manager', async () => {
    const link = await ensureTrackingLink(payload, { campaign: 'c6', manager: org.manager.id, channel: 'poster', target: '/campaigns/invite' })
    const share = (code: string, ua: string) =>
      fetch(`${base}/t/${code}/share`, { method: 'POST', headers: { 'user-agent': ua, 'x-forwarded-for': '10.1.1.1' } }).then((r) => r.json())
    const first = await share(link.code, WECHAT)
    expect(first).toMatchObject({ level: 1 })
    expect(await share(link.code, WECHAT)).toEqual(first) // idempotent per customer
    const second = await share(first.code, SAFARI)
    expect(second.level).toBe(2)
    const r = await scan(second.code, WECHAT, '10.2.2.2')
    expect(r.headers.get('location')).toBe(`${loadEnv().publicUrl}/campaigns/invite`)
    const [[, f]] = (await sharedRedis().xrevrange(trackingKeys.stream(), '+', '-', 'COUNT', 1)) as [string, string[]][]
    const get = (k: string) => f[f.indexOf(k) + 1]
    expect(get('link')).toBe(link.id)
    expect(get('mgr')).toBe(String(org.manager.id))
    expect(get('ref')).toBeTruthy()
  })

  it('keeps a scan whose link is deleted before the writer gets to it', async () => {
    const link = await ensureTrackingLink(payload, { campaign: 'c7', channel: 'link', target: '/gone' })
    expect((await scan(link.code, WECHAT, '10.3.3.3')).status).toBe(302)
    await payload.delete({ collection: 'tracking-links', id: link.id, overrideAccess: true })
    expect(await sharedRedis().get(trackingKeys.code(link.code))).toBeNull()
  })

  it('writes every stream entry exactly once, with hourly counters that match', async () => {
    const sent = await streamLength()
    const first = await drainScanStream(payload, sharedRedis(), { batchSize: 7 })
    expect(first.written).toBe(sent)
    expect(await streamLength()).toBe(0) // acknowledged entries are deleted
    expect((await drainScanStream(payload, sharedRedis())).written).toBe(0)
    const events = await payload.count({ collection: 'scan-events', overrideAccess: true })
    expect(events.totalDocs).toBe(sent)
    const stats = await payload.find({ collection: 'tracking-stats', pagination: false, overrideAccess: true, depth: 0 })
    const sum = (k: string) => stats.docs.reduce((n, d: any) => n + d[k], 0)
    expect(sum('visits') + sum('suspicious')).toBe(sent)
    const flagged = await payload.count({ collection: 'scan-events', where: { flag: { exists: true } }, overrideAccess: true })
    expect(sum('suspicious')).toBe(flagged.totalDocs)
    expect(sum('referred')).toBe(1)
    const orphan = await payload.find({ collection: 'scan-events', where: { campaign: { equals: 'c7' } }, overrideAccess: true, depth: 0 })
    expect(orphan.docs).toEqual([expect.objectContaining({ link: null, referrer: 'https://mp.weixin.qq.com/s/abc' })])

    // a batch written again (a crash after commit, before XACK) adds nothing
    const again = (await payload.find({ collection: 'scan-events', limit: 5, depth: 0, overrideAccess: true })).docs.map((d: any) => ({
      ...d,
      at: new Date(d.at),
    }))
    expect(await recordScanBatch(payload, again)).toBe(0)
    expect((await payload.count({ collection: 'scan-events', overrideAccess: true })).totalDocs).toBe(sent)

    // a write that stopped between the events and their counters: the repeat restores the counters
    const lost: any = stats.docs[0]
    await payload.delete({ collection: 'tracking-stats', id: lost.id, overrideAccess: true })
    const ofLost = (
      await payload.find({ collection: 'scan-events', where: { statsKey: { equals: lost.key } }, pagination: false, overrideAccess: true, depth: 0 })
    ).docs
    expect(
      await recordScanBatch(
        payload,
        ofLost.map((d: any) => ({ ...d, at: new Date(d.at) })),
      ),
    ).toBe(0)
    const restored = await payload.find({ collection: 'tracking-stats', pagination: false, overrideAccess: true, depth: 0 })
    expect(restored.docs.reduce((n, d: any) => n + d.visits + d.suspicious, 0)).toBe(sent)
  })
})
