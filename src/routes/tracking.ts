// GET /t/:code — the tracking redirect, the hot path. No Payload in this process: the code is looked up
// in memory, then Redis, then (once) through Payload over loopback; the scan is appended to a Redis stream
// (durable before we answer) and the browser is sent on with a 302. The web process answers it ahead of
// Express routing (trackingFastPath); the Express route is the same handler for everything else. The worker writes the stream to the
// database in batches. POST /t/:code/share gives a customer their own share link (referral chains).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { Router, type Request, type Response } from 'express'

import { createRedis } from '../jobs/connection'
import { clientIp } from '../lib/client-ip'
import type { AppEnv } from '../lib/env'
import { log } from '../lib/log'
import { CODE_PATTERN, deviceHash, hashIp, INTERNAL_HEADER, internalToken } from '../lib/tracking/codes'
import { readLinkEntry, recordScan, type LinkEntry } from '../lib/tracking/redis'

const BOT_UA = /bot|spider|crawl|slurp|curl|wget|python-requests|httpclient|go-http|java\/|headless|preview|monitor|scanner|facebookexternalhit|bingpreview/i
const MEMORY_MS = 10_000
const MEMORY_MAX = 50_000

const notFoundPage = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>链接已失效</title><style>body{margin:0;font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#f6f3f0;color:#2b2b2b;display:flex;min-height:100vh;align-items:center;justify-content:center}
.card{background:#fff;border-radius:16px;padding:36px 28px;max-width:340px;text-align:center;box-shadow:0 6px 24px rgba(0,0,0,.06)}h1{font-size:20px;margin:12px 0 8px;color:#B3152A}p{line-height:1.7;color:#666;font-size:15px;margin:0}.icon{font-size:44px}</style></head>
<body><div class="card"><div class="icon">🔍</div><h1>这个链接找不到了</h1><p>二维码或链接可能已过期，或复制时不完整。<br>请联系您的客户经理获取最新的活动链接。</p><p style="margin-top:14px;font-size:12px;color:#aaa">Link not found · 锦程银行</p></div></body></html>`

const busyPage = '<meta charset="utf-8"><p style="font:16px sans-serif;padding:24px">系统繁忙，请稍后再扫一次。/ Busy, please try again.</p>'

/**
 * The redirect itself on plain Node request/response objects, so the web process can answer `GET /t/:code`
 * before Express routing (see trackingFastPath) — it is the path every customer's scan takes.
 */
export function redirectHandler(env: AppEnv) {
  const memory = new Map<string, { entry: LinkEntry | null; at: number }>()
  const loopback = `http://127.0.0.1:${env.port}`
  // its own connection with auto-pipelining: concurrent scans share one socket write per tick
  let redis: ReturnType<typeof createRedis> | undefined
  const conn = () => (redis ??= createRedis('producer', { enableAutoPipelining: true, enableOfflineQueue: true }))

  async function lookup(code: string): Promise<LinkEntry | null> {
    const hit = memory.get(code)
    if (hit && Date.now() - hit.at < MEMORY_MS) return hit.entry
    let entry = await readLinkEntry(conn(), code)
    if (entry === undefined) {
      // Redis does not know the code: Payload resolves it and caches the answer (or its absence)
      const r = await fetch(`${loopback}/api/tracking-links/resolve/${code}`, { headers: { [INTERNAL_HEADER]: internalToken() } })
      if (r.status !== 200 && r.status !== 404) throw new Error(`resolve ${code}: HTTP ${r.status}`)
      entry = r.status === 200 ? ((await r.json()) as LinkEntry) : null
    }
    if (memory.size >= MEMORY_MAX) memory.clear()
    memory.set(code, { entry, at: Date.now() })
    return entry
  }

  const send = (res: ServerResponse, status: number, headers: Record<string, string>, body = ''): void => {
    res.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }).end(body)
  }
  const notFound = (res: ServerResponse) => send(res, 404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }, notFoundPage)

  return async function redirect(req: IncomingMessage, res: ServerResponse, code: string): Promise<void> {
    if (!CODE_PATTERN.test(code)) return notFound(res)
    try {
      const entry = await lookup(code)
      if (!entry) return notFound(res)
      const ua = req.headers['user-agent'] ?? ''
      if (ua && !BOT_UA.test(ua)) {
        const ip = clientIp(req)
        const referrer = req.headers.referer
        await recordScan(conn(), entry, {
          at: Date.now(),
          inWechat: /MicroMessenger|wxwork/i.test(ua),
          ipHash: hashIp(ip),
          device: deviceHash(ip, ua),
          referrer: typeof referrer === 'string' ? referrer : '',
          userAgent: ua,
        })
      }
      // a bare 302: Express's res.redirect() would negotiate and render a body nobody reads
      send(res, 302, { Location: entry.target, 'Cache-Control': 'no-store' })
    } catch (err) {
      log.error(`tracking: /t/${code} failed: ${err instanceof Error ? err.message : String(err)}`)
      send(res, 503, { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '2' }, busyPage)
    }
  }
}

const FAST_PATH = /^\/t\/([^/?#]+)\/?(?:\?.*)?$/

/** Answers `GET|HEAD /t/:code` ahead of Express (true) or leaves the request to it (false). */
export function trackingFastPath(env: AppEnv) {
  const redirect = redirectHandler(env)
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith('/t/')) return false
    const m = FAST_PATH.exec(req.url)
    if (!m) return false
    let code: string
    try {
      code = decodeURIComponent(m[1]!)
    } catch {
      code = ''
    }
    void redirect(req, res, code)
    return true
  }
}

/** The web process's HTTP server: `GET /t/:code` on the fast path, every other request to `app`. */
export function createWebServer(env: AppEnv, app: (req: IncomingMessage, res: ServerResponse) => void): Server {
  const tracking = trackingFastPath(env)
  return createServer((req, res) => {
    if (!tracking(req, res)) app(req, res)
  })
}

export function trackingRouter(env: AppEnv): Router {
  const router = Router()
  const loopback = `http://127.0.0.1:${env.port}`
  const redirect = redirectHandler(env)

  router.get('/t/:code', (req: Request, res: Response) => redirect(req, res, String(req.params.code)))

  router.post('/t/:code/share', async (req: Request, res: Response) => {
    const code = String(req.params.code)
    if (!CODE_PATTERN.test(code)) return res.status(404).json({ error: '推广码不存在 / Unknown code' })
    const ua = req.get('user-agent') ?? ''
    if (!ua || BOT_UA.test(ua)) return res.status(403).json({ error: '不支持的客户端 / Unsupported client' })
    try {
      const r = await fetch(`${loopback}/api/referrals/share`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_HEADER]: internalToken() },
        body: JSON.stringify({ code, inviter: deviceHash(req.ip ?? '', ua) }),
      })
      res
        .status(r.status)
        .set('Cache-Control', 'no-store')
        .json(await r.json())
    } catch (err) {
      log.error(`tracking: share ${code} failed: ${err instanceof Error ? err.message : String(err)}`)
      res.status(503).json({ error: '系统繁忙，请稍后再试 / Busy, try again' })
    }
  })

  return router
}
