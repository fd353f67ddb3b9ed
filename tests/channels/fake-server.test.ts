import { spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getAdapter } from '../../src/channels/index.js'
import { startFakeWechat, type FakeWechat } from '../helpers/fake-wechat/server.js'
import { ROBOT_KEY, SUB, jpeg, oaCtx, rejection, robotCtx } from './fixtures.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

let fake: FakeWechat
beforeAll(async () => {
  fake = await startFakeWechat()
})
afterAll(() => fake.close())

async function post(url: string, body: unknown) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return r.json() as Promise<Record<string, unknown>>
}

describe('fake server control over HTTP (for cross-process tests)', () => {
  it('POST /__faults, GET /__state and POST /__reset drive the same state as the code API', async () => {
    await post(`${fake.url}/__reset`, {})
    const robot = getAdapter('wecom_robot')
    await robot.publish(robotCtx(fake), { publicationId: 'x1', text: 'hello' })

    await post(`${fake.url}/__faults`, { systemBusyNext: 1, match: 'webhook' })
    expect((await rejection(robot.publish(robotCtx(fake), { publicationId: 'x2', text: 'hello' }))).kind).toBe('transient')

    const ctx = oaCtx(fake)
    const res = await getAdapter('oa_subscription').publish(ctx, { publicationId: 'x3', title: '标题', html: '<p>正文</p>', covers: [{ data: await jpeg() }] })
    await post(`${fake.url}/__faults`, { expireTokensNow: true })
    await getAdapter('oa_subscription').checkStatus(ctx, res.platformId)

    const state = (await (await fetch(`${fake.url}/__state`)).json()) as { posts: { kind: string; account: string }[]; tokensIssued: Record<string, number>; requests: { path: string }[] }
    expect(state.posts.map((p) => p.kind)).toEqual(['robot', 'oa_freepublish'])
    expect(state.posts[0]!.account).toBe(ROBOT_KEY)
    expect(state.tokensIssued[SUB.appId]).toBe(2)
    // the request log never holds query strings (tokens, keys)
    expect(JSON.stringify(state.requests)).not.toContain('?')

    await post(`${fake.url}/__reset`, {})
    const after = (await (await fetch(`${fake.url}/__state`)).json()) as { posts: unknown[] }
    expect(after.posts).toEqual([])
  })

  it('answers unknown paths with an errcode and malformed JSON with 47001', async () => {
    const r = await fetch(`${fake.url}/cgi-bin/nope`)
    expect(r.status).toBe(404)
    const bad = await fetch(`${fake.url}/cgi-bin/draft/add?access_token=x`, { method: 'POST', body: '{nope' })
    expect(((await bad.json()) as { errcode: number }).errcode).toBe(47001)
  })
})

describe('npm run fake-wechat (standalone)', () => {
  it('starts on FAKE_WECHAT_PORT, prints its URL, serves, and stops on SIGTERM', async () => {
    const port = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as net.AddressInfo).port
        s.close(() => resolve(p))
      })
    })
    const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'tests/helpers/fake-wechat/main.ts'], {
      cwd: root,
      env: { ...process.env, FAKE_WECHAT_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = ''
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20_000)
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString()
          const m = /listening on (http:\/\/\S+)/.exec(out)
          if (m) {
            clearTimeout(timer)
            resolve(m[1]!)
          }
        })
        child.once('exit', (code) => reject(new Error(`exited early with ${code}`)))
      })
      expect(url).toBe(`http://127.0.0.1:${port}`)
      const token = (await (await fetch(`${url}/cgi-bin/token?grant_type=client_credential&appid=${SUB.appId}&secret=${SUB.appSecret}`)).json()) as { expires_in: number }
      expect(token.expires_in).toBe(7200)
    } finally {
      const exited = new Promise((r) => child.once('exit', r))
      child.kill('SIGTERM')
      await exited
    }
  })
})
