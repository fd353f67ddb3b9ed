// The public participation endpoint over real HTTP: quiz answers scored and recorded, one vote per person
// (device cookie or IP + browser fingerprint), lottery seeds stored before the draw and reproducible,
// and every participation through a manager's link counted once in that manager's funnel.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import sharp from 'sharp'

import { drawPrize } from '../../src/lib/community/lottery'
import { loadManagerCard } from '../../src/lib/community/studio'
import { ensureTrackingLink } from '../../src/lib/tracking/links'
import { seedActivities } from '../../src/seed/community'
import { testPayload, withDemoOrganisation } from '../helpers/payload'
import { startRestServer, type RestServer } from '../helpers/rest'

let payload: Payload
let rest: RestServer
let org: Awaited<ReturnType<typeof withDemoOrganisation>>
let code: string
const byCode = async (c: string) => (await payload.find({ collection: 'activities', where: { code: { equals: c } }, depth: 0, overrideAccess: true })).docs[0] as any

/** A phone: its own cookie jar, IP and browser. */
function phone(ip: string, ua = 'Mozilla/5.0 (iPhone) MicroMessenger/8.0.50') {
  let cookie = ''
  return {
    get cookie() {
      return cookie
    },
    async post(activityId: string, body: Record<string, unknown>) {
      const r = await fetch(`${rest.url}/api/activities/${activityId}/participate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, 'user-agent': ua, ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      })
      const set = r.headers.get('set-cookie')
      if (set) cookie = set.split(';')[0]
      return { status: r.status, json: (await r.json()) as any }
    },
  }
}

beforeAll(async () => {
  payload = await testPayload()
  org = await withDemoOrganisation(payload)
  await seedActivities(payload)
  rest = await startRestServer()
  code = (await ensureTrackingLink(payload, { manager: org.manager.id, channel: 'poster' })).code
}, 180_000)
afterAll(async () => {
  await rest?.close()
})

describe('interactive H5 participation', () => {
  it('scores a quiz, records the answers and attributes it to the manager of the link', async () => {
    const quiz = await byCode('quiz-anti-fraud-basics')
    const answers = { 0: 'B', 1: 'C', 2: 'B', 3: 'A', 4: 'B' } // question 4 wrong (C is right)
    const r = await phone('203.0.113.10').post(quiz.id, { code, answers })
    expect(r.status).toBe(201)
    expect(r.json.quiz.score).toBe(4)
    expect(r.json.quiz.total).toBe(5)
    expect(r.json.quiz.results[3]).toMatchObject({ chosen: 'A', answer: 'C', correct: false })
    const row = (await payload.findByID({ collection: 'participations', id: r.json.participationId, depth: 0, overrideAccess: true })) as any
    expect(row).toMatchObject({ kind: 'quiz', score: 4, total: 5, manager: org.manager.id, trackingCode: code })
    expect(row.answers).toEqual({ 0: 'B', 1: 'C', 2: 'B', 3: 'A', 4: 'B' })
    const conversions = await payload.find({ collection: 'conversions', where: { externalId: { equals: `participation:${row.id}` } }, depth: 0, overrideAccess: true })
    expect(conversions.docs).toHaveLength(1)
    expect(conversions.docs[0]).toMatchObject({ type: 'join_activity', attributed: true, manager: org.manager.id })
  })

  it('refuses an incomplete quiz in both languages', async () => {
    const quiz = await byCode('quiz-credit-report')
    const r = await phone('203.0.113.11').post(quiz.id, { answers: { 0: 'B' } })
    expect(r.status).toBe(400)
    expect(r.json.errors[0].message).toMatch(/请先答完全部题目 \/ Please answer every question/)
  })

  it('takes one vote per person: the same cookie, or the same IP and browser, gets the first vote back', async () => {
    const vote = await byCode('vote-next-class-topic')
    const alice = phone('198.51.100.1')
    const first = await alice.post(vote.id, { choice: 'B', code })
    expect(first.status).toBe(201)
    expect(first.json.vote).toMatchObject({ choice: 'B', total: 1 })
    const again = await alice.post(vote.id, { choice: 'C', code })
    expect(again.status).toBe(200)
    expect(again.json).toMatchObject({ already: true, vote: { choice: 'B', total: 1 } })
    // cookies cleared, same phone on the same network
    const cleared = await phone('198.51.100.1').post(vote.id, { choice: 'D' })
    expect(cleared.json).toMatchObject({ already: true, vote: { choice: 'B' } })
    // someone else
    const bob = await phone('198.51.100.2').post(vote.id, { choice: 'C' })
    expect(bob.json.vote.tally.map((t: any) => t.count)).toEqual([0, 1, 1, 0])
    const rows = await payload.count({ collection: 'participations', where: { activity: { equals: vote.id } }, overrideAccess: true })
    expect(rows.totalDocs).toBe(2)
    const funnel = await payload.count({ collection: 'conversions', where: { manager: { equals: org.manager.id } }, overrideAccess: true })
    expect(funnel.totalDocs).toBe(2) // the quiz above and alice's vote, each once
  })

  it('stores the lottery seed before the draw and the draw can be recomputed from the record', async () => {
    const lottery = await byCode('lottery-spring-festival')
    const results = []
    for (let i = 0; i < 12; i++) results.push((await phone(`192.0.2.${i + 1}`).post(lottery.id, { code })).json)
    for (const r of results) {
      const row = (await payload.findByID({ collection: 'participations', id: r.participationId, depth: 0, overrideAccess: true })) as any
      expect(row.lottery.seed).toMatch(/^[0-9a-f]{64}$/)
      const replay = drawPrize(row.lottery.seed, String(row.id), row.lottery.prizeTable)
      expect(replay.prize.name).toBe(row.lottery.prize)
      expect(replay.value).toBe(row.lottery.value)
      expect(r.lottery.prize).toBe(row.lottery.prize)
    }
    expect(new Set(results.map((r) => r.lottery.value)).size).toBe(12)
  })

  it('draws by weight: 10,000 simulated draws land within 2 points of each prize share', () => {
    const prizes = [{ name: 'A', weight: 3 }, { name: 'B', weight: 10 }, { name: 'C', weight: 30 }, { name: 'none', weight: 57 }]
    const seen = new Map<string, number>()
    for (let i = 0; i < 10_000; i++) {
      const seed = (BigInt(i) * 0x9e3779b97f4a7c15n).toString(16).padStart(64, '0').slice(-64)
      const { prize } = drawPrize(seed, `p${i}`, prizes)
      seen.set(prize.name, (seen.get(prize.name) ?? 0) + 1)
    }
    for (const p of prizes) expect(Math.abs((seen.get(p.name) ?? 0) / 100 - p.weight)).toBeLessThan(2)
  })

  it('answers 404 for an unknown or non-interactive activity, and nobody writes participations through the API', async () => {
    const relay = await byCode('relay-idiom-chain')
    expect((await phone('192.0.2.200').post(relay.id, {})).status).toBe(404)
    const token = await rest.login('admin@jcbank.demo', 'Matrix@2026')
    const r = await rest.call('POST', '/api/participations', { token, body: { activity: relay.id, kind: 'vote' } })
    expect(r.status).toBe(403)
  })
})

describe('云工作室 card', () => {
  const upload = async (data: Buffer, name: string) =>
    payload.create({ collection: 'media', data: { alt: name }, file: { data, mimetype: 'image/png', name, size: data.length }, overrideAccess: true, depth: 0 })

  it("carries the manager's own WeChat QR and photo inline (media stay staff-only), shrunk and never as a media URL", async () => {
    // a WeChat 我的二维码 card is portrait and large; a photo is whatever the phone took
    const card = await sharp({ create: { width: 1080, height: 1500, channels: 3, background: '#ffffff' } }).png().toBuffer()
    const photo = await sharp({ create: { width: 900, height: 1200, channels: 3, background: '#c8a26b' } }).png().toBuffer()
    const [qr, avatar] = [await upload(card, 'my-qr.png'), await upload(photo, 'me.png')]
    await payload.update({ collection: 'users', id: org.manager.id, data: { wechatQr: qr.id, avatar: avatar.id, wechatId: 'jcbank_m_qr' } as never, overrideAccess: true })

    const m = await loadManagerCard(payload, org.manager.id)
    expect(m!.wechatQrUrl).toMatch(/^data:image\/png;base64,/)
    expect(m!.avatarUrl).toMatch(/^data:image\/jpeg;base64,/)
    const qrMeta = await sharp(Buffer.from(m!.wechatQrUrl!.split(',')[1]!, 'base64')).metadata()
    expect(qrMeta.height).toBe(480) // fitted inside 480 × 480, whole
    expect(qrMeta.width).toBe(Math.round((1080 / 1500) * 480))
    const avatarMeta = await sharp(Buffer.from(m!.avatarUrl!.split(',')[1]!, 'base64')).metadata()
    expect([avatarMeta.width, avatarMeta.height]).toEqual([192, 192])
    expect(JSON.stringify(m)).not.toMatch(/\/api\/media|my-qr\.png|me\.png/)
    // anonymous visitors still cannot read media through the API
    expect((await fetch(`${rest.url}/api/media/${qr.id}`)).status).toBe(403)
  })

  it('shows no QR image for a manager without one, and no card for anyone who is not a manager', async () => {
    await payload.update({ collection: 'users', id: org.manager.id, data: { wechatQr: null, avatar: null } as never, overrideAccess: true })
    const m = await loadManagerCard(payload, org.manager.id)
    expect(m).toMatchObject({ wechatQrUrl: null, avatarUrl: null, wechatId: 'jcbank_m_qr' })
    expect(await loadManagerCard(payload, org.editor.id)).toBeNull()
    expect(await loadManagerCard(payload, '../etc/passwd')).toBeNull()
  })
})
