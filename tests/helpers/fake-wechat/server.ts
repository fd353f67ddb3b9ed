/**
 * A local WeChat + WeCom API server for tests and the demo. One origin serves both the
 * api.weixin.qq.com paths (公众号) and the qyapi.weixin.qq.com paths (企业微信), with the real request
 * and response shapes and errcodes, plus fault switches:
 *   latencyMs · expire tokens now (next call 42001) · next N calls 45009 · next N calls -1 ·
 *   next N calls HTTP 502 · accept-then-hang (records the post, never answers) ·
 *   40007 for media that are not PNG/JPEG (always on).
 * Cross-process control: GET /__state, POST /__faults (JSON, plus {"expireTokensNow": true}),
 * POST /__reset, POST /__accounts (add apps/corps/robot keys).
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { DEMO_ACCOUNTS, type FakeAccounts } from './accounts.js'
import { parseMultipart } from './multipart.js'
import { OA_CREATING, OA_ROUTES } from './oa-routes.js'
import { HANG, err, type FakeReq, type Route, type RouteCtx } from './route-kit.js'
import { createState, noFaults, snapshot, type FakeState, type Faults } from './state.js'
import { WECOM_CREATING, WECOM_ROUTES } from './wecom-routes.js'

export { DEMO_ACCOUNTS } from './accounts.js'
export type { FakeAccounts } from './accounts.js'
export type { FakePost, FakeState, Faults } from './state.js'

const ROUTES = new Map<string, Route>()
for (const [key, route] of Object.entries({ ...OA_ROUTES, ...WECOM_ROUTES })) ROUTES.set(key.split(' ')[1]!, route)
const CREATING = new Set([...OA_CREATING, ...WECOM_CREATING])

export interface FakeWechatOptions {
  port?: number
  host?: string
  /** Defaults to DEMO_ACCOUNTS. */
  accounts?: FakeAccounts
  /** Clock override (epoch ms), e.g. to test day and month quotas. */
  now?: () => number
}

export interface FakeWechat {
  url: string
  port: number
  /** Live state: tests read `state.posts`, `state.tokensIssued`, ... */
  readonly state: FakeState
  /** Live fault switches: mutate directly or through setFaults. */
  readonly faults: Faults
  setFaults(f: Partial<Faults>): void
  /** Every token issued so far answers 42001 from now on. */
  expireTokens(): void
  /** Forget posts, tokens and tasks (accounts stay) and clear faults. */
  reset(): void
  addAccounts(a: Partial<FakeAccounts>): void
  close(): Promise<void>
}

function matches(faults: Faults, path: string) {
  return !faults.match || path.includes(faults.match)
}

export async function startFakeWechat(opts: FakeWechatOptions = {}): Promise<FakeWechat> {
  const accounts = opts.accounts ?? DEMO_ACCOUNTS
  const now = opts.now ?? Date.now
  const state = createState(accounts)
  const faults = noFaults()
  const hung = new Set<http.ServerResponse>()

  const addAccounts = (a: Partial<FakeAccounts>) => {
    for (const app of a.oaApps ?? []) state.oaApps.set(app.appId, { ...app })
    for (const c of a.corps ?? []) state.corps.set(c.corpId, { ...c, members: [...c.members] })
    for (const k of a.robotKeys ?? []) state.robotKeys.add(k)
  }
  const expireTokens = () => {
    for (const t of state.tokens.values()) t.expired = true
  }
  const setFaults = (f: Partial<Faults>) => {
    for (const k of Object.keys(noFaults()) as (keyof Faults)[]) {
      if (k in f) (faults as unknown as Record<string, unknown>)[k] = f[k]
    }
  }
  const reset = () => {
    const keepApps = [...state.oaApps.values()]
    const keepCorps = [...state.corps.values()]
    const keepKeys = [...state.robotKeys]
    const fresh = createState({ oaApps: keepApps, corps: keepCorps, robotKeys: keepKeys })
    Object.assign(state, fresh)
    Object.assign(faults, noFaults())
  }

  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    const text = JSON.stringify(body)
    res.writeHead(status, { 'content-type': 'application/json; encoding=utf-8', 'content-length': Buffer.byteLength(text) })
    res.end(text)
  }

  const admin = (req: FakeReq, res: http.ServerResponse) => {
    switch (req.path) {
      case '/__state':
        return send(res, 200, { ...snapshot(state), faults })
      case '/__faults': {
        const body = (req.json ?? {}) as Partial<Faults> & { expireTokensNow?: boolean }
        if (body.expireTokensNow) expireTokens()
        setFaults(body)
        return send(res, 200, { ok: true, faults })
      }
      case '/__reset':
        reset()
        return send(res, 200, { ok: true })
      case '/__accounts':
        addAccounts((req.json ?? {}) as Partial<FakeAccounts>)
        return send(res, 200, { ok: true })
      default:
        return send(res, 404, { error: 'unknown admin path' })
    }
  }

  const handle = async (raw: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const c of raw) chunks.push(c as Buffer)
    const body = Buffer.concat(chunks)
    const url = new URL(raw.url ?? '/', 'http://fake')
    const ct = raw.headers['content-type'] ?? ''
    const req: FakeReq = { method: raw.method ?? 'GET', path: url.pathname, query: url.searchParams, body, json: undefined, parts: [] }
    if (ct.includes('multipart/form-data')) req.parts = parseMultipart(body, ct)
    else if (body.length) {
      try {
        req.json = JSON.parse(body.toString('utf8'))
      } catch {
        if (!req.path.startsWith('/__')) return send(res, 200, err(47001, 'data format error').json)
      }
    }
    if (req.path.startsWith('/__')) return admin(req, res)
    state.requests.push({ method: req.method, path: req.path, at: now() })

    if (faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs))
    if (matches(faults, req.path)) {
      if (faults.serverErrorNext > 0) {
        faults.serverErrorNext--
        res.writeHead(502, { 'content-type': 'text/html' })
        return res.end('<html><body><h1>502 Bad Gateway</h1></body></html>')
      }
      if (faults.systemBusyNext > 0) {
        faults.systemBusyNext--
        return send(res, 200, err(-1, 'system error').json)
      }
      if (faults.rateLimitNext > 0) {
        faults.rateLimitNext--
        return send(res, 200, err(45009, 'reach max api daily quota limit').json)
      }
    }
    const route = ROUTES.get(req.path)
    if (!route) return send(res, 404, err(40066, 'invalid url').json)

    const ctx: RouteCtx = {
      state,
      now,
      record(post) {
        const hang = faults.hangNext > 0 && CREATING.has(req.path) && matches(faults, req.path)
        if (hang) faults.hangNext--
        state.posts.push({ ...post, seq: state.posts.length + 1, answered: !hang, at: now() })
        return hang
      },
    }
    const answer = route(req, ctx)
    if (answer === HANG) {
      // Accepted and recorded, but the answer never comes: the client must treat it as unknown.
      hung.add(res)
      res.on('close', () => hung.delete(res))
      return
    }
    send(res, answer.status ?? 200, answer.json)
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { errcode: -1, errmsg: 'system error' })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  const host = opts.host && opts.host !== '0.0.0.0' ? opts.host : '127.0.0.1'

  return {
    url: `http://${host}:${port}`,
    port,
    get state() {
      return state
    },
    faults,
    setFaults,
    expireTokens,
    reset,
    addAccounts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hung) res.destroy()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
