/**
 * Shared JSON-over-HTTP client for WeChat / WeCom.
 *
 * Why node:http and not fetch: we must know whether a request LEFT this process. The request's
 * 'finish' event fires only after the socket connected and the body was handed to the OS, so:
 *  - an error before 'finish' (connection refused, DNS) → nothing was sent → transient
 *  - a timeout or reset after 'finish' on a creating call → unknown_outcome (never blindly retried)
 * Errors never include query strings: tokens, webhook keys and secrets live there.
 */
import http from 'node:http'
import https from 'node:https'
import { randomBytes } from 'node:crypto'
import {
  ChannelError,
  TOKEN_REFRESH_ERRCODES,
  TransientError,
  UnknownOutcomeError,
  classifyWechatError,
  AuthExpiredError,
} from './errors'

export const WEIXIN_ORIGIN = 'https://api.weixin.qq.com'
export const QYAPI_ORIGIN = 'https://qyapi.weixin.qq.com'
export const DEFAULT_TIMEOUT_MS = 15_000

const SECRET_PARAMS = ['access_token', 'key', 'secret', 'corpsecret', 'appsecret', 'appid', 'corpid']

/** Replace secret query values so a URL can be logged. */
export function redactUrl(url: string): string {
  return url.replace(new RegExp(`([?&](?:${SECRET_PARAMS.join('|')})=)[^&#\\s"']*`, 'gi'), '$1***')
}

export interface MultipartFile {
  field: string
  filename: string
  contentType: string
  data: Buffer
}

export interface HttpCall {
  baseUrl: string
  path: string
  method?: 'GET' | 'POST'
  query?: Record<string, string | number | undefined>
  json?: unknown
  files?: MultipartFile[]
  timeoutMs?: number
  /** Name for errors and hooks, e.g. 'draft/add'. */
  step: string
  /** This call creates a post: a timeout after sending is an unknown outcome. */
  creating?: boolean
  /** Awaited before sending a creating call. */
  beforeSend?: () => Promise<void> | void
  /** Notified once the request left (creating calls only). */
  onSent?: () => void
  /** errcodes that are answers, not failures (e.g. 45065 clientmsgid exists). */
  acceptErrcodes?: number[]
}

export interface WechatJson {
  errcode?: number
  errmsg?: string
  [k: string]: unknown
}

function buildMultipart(files: MultipartFile[]): { body: Buffer; contentType: string } {
  const boundary = `----matrixdesk${randomBytes(12).toString('hex')}`
  const parts: Buffer[] = []
  for (const f of files) {
    const safeName = f.filename.replace(/["\r\n]/g, '_')
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${f.field}"; filename="${safeName}"; filelength=${f.data.length}\r\n` +
          `Content-Type: ${f.contentType}\r\n\r\n`,
      ),
      f.data,
      Buffer.from('\r\n'),
    )
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`))
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` }
}

interface RawResponse {
  status: number
  body: Buffer
}

/** One HTTP exchange with "did it leave?" tracking. Throws typed ChannelErrors only. */
async function exchange(call: HttpCall): Promise<RawResponse> {
  const url = new URL(call.path, call.baseUrl.endsWith('/') ? call.baseUrl : call.baseUrl + '/')
  for (const [k, v] of Object.entries(call.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v))
  let body: Buffer | undefined
  let contentType: string | undefined
  if (call.files?.length) {
    const mp = buildMultipart(call.files)
    body = mp.body
    contentType = mp.contentType
  } else if (call.json !== undefined) {
    body = Buffer.from(JSON.stringify(call.json), 'utf8')
    contentType = 'application/json; charset=utf-8'
  }
  const method = call.method ?? (body ? 'POST' : 'GET')
  const creating = call.creating ?? false
  const timeoutMs = call.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const where = { step: call.step, creating }

  if (creating && call.beforeSend) await call.beforeSend()

  return new Promise<RawResponse>((resolve, reject) => {
    const lib = url.protocol === 'https:' ? https : http
    let sent = false
    let settled = false
    const finish = (err: ChannelError | null, res?: RawResponse) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (err) reject(err)
      else resolve(res!)
    }
    // A fresh connection per call: a reused keep-alive socket that the server already closed would
    // turn an ordinary call into a false "unknown outcome".
    const req = lib.request(url, {
      method,
      agent: false,
      headers: {
        ...(contentType ? { 'content-type': contentType } : {}),
        'content-length': body ? body.length : 0,
        accept: 'application/json',
        'user-agent': 'MatrixDesk/0.1',
      },
    })
    const timer = setTimeout(() => {
      const err =
        sent && creating
          ? new UnknownOutcomeError({ zh: '请求已发出但等待平台应答超时，结果未知，需核实', en: 'Request sent but the platform did not answer in time: outcome unknown, verify before retrying', ...where })
          : new TransientError({ zh: '请求平台超时', en: 'Platform request timed out', ...where })
      finish(err)
      req.destroy()
    }, timeoutMs)
    req.on('finish', () => {
      sent = true
      if (creating) {
        try {
          call.onSent?.()
        } catch {
          // a failing observer must not change the outcome of the request
        }
      }
    })
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (sent && creating) {
        finish(new UnknownOutcomeError({ zh: '请求已发出但连接中断，结果未知，需核实', en: 'Connection dropped after the request was sent: outcome unknown, verify before retrying', ...where }))
      } else {
        const code = e.code ? ` (${e.code})` : ''
        finish(new TransientError({ zh: `无法连接平台${code}`, en: `Could not reach the platform${code}`, ...where }))
      }
    })
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => finish(null, { status: res.statusCode ?? 0, body: Buffer.concat(chunks) }))
      res.on('error', () => {
        finish(
          creating
            ? new UnknownOutcomeError({ zh: '应答中途中断，结果未知，需核实', en: 'Response cut off: outcome unknown, verify before retrying', ...where })
            : new TransientError({ zh: '应答中途中断', en: 'Response cut off', ...where }),
        )
      })
    })
    req.end(body)
  })
}

/** One call, no token handling: parse JSON, map errcode to a typed error. */
export async function callJson<T extends object = WechatJson>(call: HttpCall): Promise<T> {
  const res = await exchange(call)
  const where = { step: call.step, creating: call.creating ?? false, httpStatus: res.status }
  if (res.status >= 500) {
    throw new TransientError({ zh: `平台服务异常（HTTP ${res.status}）`, en: `Platform server error (HTTP ${res.status})`, ...where })
  }
  let data: WechatJson
  try {
    data = JSON.parse(res.body.toString('utf8')) as WechatJson
    if (typeof data !== 'object' || data === null) throw new Error('not an object')
  } catch {
    // A 200 we cannot read after a creating call may still have created the post.
    const Err = call.creating ? UnknownOutcomeError : TransientError
    throw new Err({ zh: `平台返回了无法解析的应答（HTTP ${res.status}）`, en: `Unreadable platform response (HTTP ${res.status})`, ...where })
  }
  if (res.status >= 400 && (typeof data.errcode !== 'number' || data.errcode === 0)) {
    throw classifyWechatError(47001, where)
  }
  const errcode = typeof data.errcode === 'number' ? data.errcode : 0
  if (errcode !== 0 && !(call.acceptErrcodes ?? []).includes(errcode)) throw classifyWechatError(errcode, where)
  return data as T
}

/** Supplies access tokens; `refresh` bypasses every cache. */
export interface TokenProvider {
  get(): Promise<string>
  refresh(): Promise<string>
}

/**
 * A call that needs ?access_token=. On 40001/42001/40014 the token is refreshed once and the call
 * repeated: the platform rejected the first attempt, so repeating even a creating call is safe.
 */
export async function callWithToken<T extends object = WechatJson>(tokens: TokenProvider, call: HttpCall): Promise<T> {
  const token = await tokens.get()
  try {
    return await callJson<T>({ ...call, query: { ...call.query, access_token: token } })
  } catch (e) {
    if (!(e instanceof ChannelError) || e.errcode === undefined || !TOKEN_REFRESH_ERRCODES.has(e.errcode)) throw e
  }
  const fresh = await tokens.refresh()
  try {
    return await callJson<T>({ ...call, query: { ...call.query, access_token: fresh } })
  } catch (e) {
    if (e instanceof ChannelError && e.errcode !== undefined && TOKEN_REFRESH_ERRCODES.has(e.errcode)) {
      throw new AuthExpiredError({ errcode: e.errcode, zh: '刷新凭证后仍被拒绝，请检查账号绑定', en: 'Still rejected after refreshing the token: check the linked account', step: call.step, creating: call.creating })
    }
    throw e
  }
}
