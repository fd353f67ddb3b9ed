import net from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ChannelError, classifyWechatError, wechatErrorKind } from '../../src/channels/errors.js'
import { redactUrl } from '../../src/channels/http.js'
import { getAdapter } from '../../src/channels/index.js'
import { tokenProvider } from '../../src/channels/token.js'
import type { CreateStepInfo, PublishPayload } from '../../src/channels/types.js'
import { startFakeWechat, type FakeWechat } from '../helpers/fake-wechat/server.js'
import { ROBOT_KEY, SUB, jpeg, oaCtx, rejection, robotCtx } from './fixtures.js'

let fake: FakeWechat
let cover: Buffer

beforeAll(async () => {
  fake = await startFakeWechat()
  cover = await jpeg()
})
afterAll(() => fake.close())
beforeEach(() => fake.reset())

const oa = getAdapter('oa_subscription')
const robot = getAdapter('wecom_robot')

const article = (id: string): PublishPayload => ({
  publicationId: id,
  title: '共情：写给每一位奋斗的你',
  html: '<p>正文</p>',
  covers: [{ data: cover }],
})

/** Nothing secret may appear anywhere in what an error exposes. */
function expectNoSecrets(e: unknown, secrets: string[]) {
  const err = e as ChannelError
  const exposed = [err.message, JSON.stringify(err), String(err), err.zh, err.en, err.step ?? ''].join('\n')
  for (const s of secrets) expect(exposed).not.toContain(s)
}

describe('fault switches map to typed errors', () => {
  it('45009 → rate_limited', async () => {
    fake.setFaults({ rateLimitNext: 1, match: 'webhook' })
    const e = await rejection(robot.publish(robotCtx(fake), { publicationId: 'r1', text: '你好' }))
    expect(e).toBeInstanceOf(ChannelError)
    expect(e).toMatchObject({ kind: 'rate_limited', errcode: 45009, retryable: true })
    expect(fake.state.posts).toHaveLength(0)
  })

  it('-1 system busy → transient, and the retry then succeeds', async () => {
    const ctx = oaCtx(fake)
    fake.setFaults({ systemBusyNext: 1, match: 'freepublish/submit' })
    const e = await rejection(oa.publish(ctx, article('busy-1')))
    expect(e).toMatchObject({ kind: 'transient', errcode: -1, step: 'freepublish/submit', creating: true })
    const ok = await oa.publish(ctx, article('busy-1'))
    expect(ok.status).toBe('publishing')
    expect(fake.state.posts).toHaveLength(1)
  })

  it('HTTP 5xx → transient', async () => {
    fake.setFaults({ serverErrorNext: 1, match: 'draft/add' })
    const e = await rejection(oa.publish(oaCtx(fake), article('5xx-1')))
    expect(e).toMatchObject({ kind: 'transient', httpStatus: 502, step: 'draft/add' })
  })

  it('accept-then-hang on the creating call → unknown_outcome, flagged as the create step, post recorded once', async () => {
    const seen: { before: CreateStepInfo[]; sent: CreateStepInfo[] } = { before: [], sent: [] }
    const ctx = oaCtx(fake, SUB, {
      timeoutMs: 400,
      beforeCreate: (i) => void seen.before.push(i),
      onSent: (i) => void seen.sent.push(i),
    })
    fake.setFaults({ hangNext: 1 })
    const e = await rejection(oa.publish(ctx, article('hang-1')))
    expect(e).toMatchObject({ kind: 'unknown_outcome', step: 'freepublish/submit', creating: true, retryable: false })
    expect(seen.before.map((i) => i.step)).toEqual(['freepublish/submit'])
    expect(seen.sent).toEqual([{ step: 'freepublish/submit', accountId: ctx.accountId, publicationId: 'hang-1' }])
    expect(fake.state.posts).toHaveLength(1)
    expect(fake.state.posts[0]).toMatchObject({ kind: 'oa_freepublish', answered: false, title: '共情：写给每一位奋斗的你' })
  })

  it('a slow answer on a non-creating call is transient, not unknown', async () => {
    const ctx = oaCtx(fake, SUB, { timeoutMs: 150 })
    await tokenProvider(ctx, 'oa').get()
    fake.setFaults({ latencyMs: 400 })
    const e = await rejection(oa.checkStatus(ctx, 'publish:123'))
    expect(e).toMatchObject({ kind: 'transient', creating: false })
  })

  it('connection refused before anything was sent → transient, onSent never fires', async () => {
    // Grab a free port, then close it so nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port
        s.close(() => resolve(p))
      })
    })
    const sent: string[] = []
    const e = await rejection(
      robot.publish(robotCtx(fake, { baseUrl: `http://127.0.0.1:${port}`, onSent: (i) => void sent.push(i.step) }), { publicationId: 'refused', text: 'hi' }),
    )
    expect(e).toMatchObject({ kind: 'transient', creating: true })
    expect(sent).toEqual([])
  })

  it('a failing beforeCreate hook stops the creating call from being sent', async () => {
    const ctx = robotCtx(fake, {
      beforeCreate: () => {
        throw new Error('db down')
      },
    })
    await expect(robot.publish(ctx, { publicationId: 'hook', text: 'hi' })).rejects.toThrow('db down')
    expect(fake.state.posts).toHaveLength(0)
  })
})

describe('secrets never leak into errors', () => {
  it('wrong app secret, expired token, robot key: none appear in messages', async () => {
    const bad = oaCtx(fake, { ...SUB, appSecret: 'SUPER-SECRET-VALUE-123' })
    const e1 = await rejection(oa.publish(bad, article('s1')))
    expect(e1.kind).toBe('auth_expired')
    expectNoSecrets(e1, ['SUPER-SECRET-VALUE-123', SUB.appId])

    const ctx = oaCtx(fake)
    const token = await tokenProvider(ctx, 'oa').get()
    fake.setFaults({ serverErrorNext: 1, match: 'material' })
    const e2 = await rejection(oa.publish(ctx, article('s2')))
    expectNoSecrets(e2, [token, SUB.appSecret])

    fake.setFaults({ hangNext: 1, match: undefined })
    const e3 = await rejection(robot.publish(robotCtx(fake, { timeoutMs: 200 }), { publicationId: 's3', text: 'hi' }))
    expect(e3.kind).toBe('unknown_outcome')
    expectNoSecrets(e3, [ROBOT_KEY])

    const e4 = await rejection(robot.publish(robotCtx(fake, { credentials: { webhookKey: 'not-a-real-key-000' } }), { publicationId: 's4', text: 'hi' }))
    expect(e4).toMatchObject({ kind: 'auth_expired', errcode: 93000 })
    expectNoSecrets(e4, ['not-a-real-key-000'])
  })

  it('redactUrl strips tokens, keys and secrets from URLs', () => {
    const u = 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc-123&debug=1'
    expect(redactUrl(u)).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=***&debug=1')
    expect(redactUrl('/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=s3cr3t')).not.toMatch(/wx1|s3cr3t/)
    expect(redactUrl('/x?access_token=TOKEN&corpsecret=C')).toBe('/x?access_token=***&corpsecret=***')
  })
})

describe('errcode classification', () => {
  it('maps the documented codes', () => {
    expect(wechatErrorKind(40001)).toBe('auth_expired')
    expect(wechatErrorKind(42001)).toBe('auth_expired')
    expect(wechatErrorKind(40014)).toBe('auth_expired')
    expect(wechatErrorKind(45009)).toBe('rate_limited')
    expect(wechatErrorKind(45011)).toBe('rate_limited')
    expect(wechatErrorKind(45033)).toBe('rate_limited')
    expect(wechatErrorKind(40007)).toBe('bad_request')
    expect(wechatErrorKind(45002)).toBe('bad_request')
    expect(wechatErrorKind(40003)).toBe('bad_request')
    expect(wechatErrorKind(-1)).toBe('transient')
    expect(wechatErrorKind(987654)).toBe('bad_request')
    const e = classifyWechatError(45009, { step: 'webhook/send', creating: true })
    expect(e.retryAfterMs).toBe(60_000)
    expect(e.message).toMatch(/频率.*\/.*frequency/)
  })
})
