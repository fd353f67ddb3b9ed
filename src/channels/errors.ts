/**
 * Typed channel failures. The kind decides what the scheduler does next:
 *  - auth_expired     → refresh failed or credentials wrong: an admin must re-link the account
 *  - rate_limited     → wait (retryAfterMs when known), then retry
 *  - bad_request      → permanent: the content or account must change; never retry as is
 *  - transient        → nothing was created (or the platform said "busy"): safe to retry with backoff
 *  - unknown_outcome  → the creating request left and we got no answer: NEVER retry blindly,
 *                       verify against the platform (or a person) first
 * Messages are bilingual and never carry secrets, URLs with tokens, or stack traces.
 */

export type ChannelErrorKind = 'auth_expired' | 'rate_limited' | 'bad_request' | 'transient' | 'unknown_outcome'

export interface ChannelErrorInit {
  errcode?: number
  zh: string
  en: string
  /** Which platform call failed, e.g. 'freepublish/submit'. Path only, never a query string. */
  step?: string
  /** True when the failing call is the one that creates the post. */
  creating?: boolean
  httpStatus?: number
  retryAfterMs?: number
}

export class ChannelError extends Error {
  readonly kind: ChannelErrorKind
  readonly errcode?: number
  readonly zh: string
  readonly en: string
  readonly step?: string
  readonly creating: boolean
  readonly httpStatus?: number
  readonly retryAfterMs?: number

  constructor(kind: ChannelErrorKind, init: ChannelErrorInit) {
    const code = init.errcode !== undefined ? ` [${init.errcode}]` : ''
    super(`${init.zh} / ${init.en}${code}`)
    this.name = 'ChannelError'
    this.kind = kind
    this.errcode = init.errcode
    this.zh = init.zh
    this.en = init.en
    this.step = init.step
    this.creating = init.creating ?? false
    this.httpStatus = init.httpStatus
    this.retryAfterMs = init.retryAfterMs
  }

  /** Only these two are safe to retry automatically. */
  get retryable(): boolean {
    return this.kind === 'transient' || this.kind === 'rate_limited'
  }

  /** For logs and job results: no stack, no secrets. */
  toJSON() {
    return { kind: this.kind, errcode: this.errcode, zh: this.zh, en: this.en, step: this.step, creating: this.creating }
  }
}

export class AuthExpiredError extends ChannelError {
  constructor(init: ChannelErrorInit) {
    super('auth_expired', init)
    this.name = 'AuthExpiredError'
  }
}
export class RateLimitedError extends ChannelError {
  constructor(init: ChannelErrorInit) {
    super('rate_limited', init)
    this.name = 'RateLimitedError'
  }
}
export class BadRequestError extends ChannelError {
  constructor(init: ChannelErrorInit) {
    super('bad_request', init)
    this.name = 'BadRequestError'
  }
}
export class TransientError extends ChannelError {
  constructor(init: ChannelErrorInit) {
    super('transient', init)
    this.name = 'TransientError'
  }
}
export class UnknownOutcomeError extends ChannelError {
  constructor(init: ChannelErrorInit) {
    super('unknown_outcome', init)
    this.name = 'UnknownOutcomeError'
  }
}

export function isChannelError(e: unknown): e is ChannelError {
  return e instanceof ChannelError
}

/** errcodes the http client answers by refreshing the token once and repeating the call. */
export const TOKEN_REFRESH_ERRCODES: ReadonlySet<number> = new Set([40001, 42001, 40014])

interface CodeInfo {
  kind: ChannelErrorKind
  zh: string
  en: string
}

/** Documented WeChat / WeCom errcodes we meet. Anything else from the platform is treated as permanent. */
const CODES: Record<number, CodeInfo> = {
  [-1]: { kind: 'transient', zh: '平台系统繁忙，请稍后重试', en: 'Platform busy, try again later' },
  40001: { kind: 'auth_expired', zh: '凭证无效或已过期', en: 'Access token invalid or not the latest' },
  42001: { kind: 'auth_expired', zh: '凭证已过期', en: 'Access token expired' },
  40014: { kind: 'auth_expired', zh: '凭证不合法', en: 'Invalid access token' },
  41001: { kind: 'auth_expired', zh: '缺少凭证', en: 'Access token missing' },
  40013: { kind: 'auth_expired', zh: 'AppID 或 CorpID 无效，请检查账号绑定', en: 'Invalid AppID/CorpID: check the linked account' },
  40125: { kind: 'auth_expired', zh: 'AppSecret 无效，请检查账号绑定', en: 'Invalid AppSecret: check the linked account' },
  40164: { kind: 'bad_request', zh: '调用方 IP 不在白名单中', en: 'Caller IP is not whitelisted' },
  48001: { kind: 'bad_request', zh: '账号未获得该接口权限', en: 'Account has no permission for this API' },
  45009: { kind: 'rate_limited', zh: '接口调用超过频率限制', en: 'API call frequency limit reached' },
  45011: { kind: 'rate_limited', zh: '接口调用太频繁，请稍后再试', en: 'API minute quota reached' },
  45033: { kind: 'rate_limited', zh: '接口并发调用超过限制', en: 'Too many concurrent calls' },
  45028: { kind: 'rate_limited', zh: '群发次数已用完', en: 'No mass-send quota left' },
  45066: { kind: 'rate_limited', zh: '相同 clientmsgid 重试过快，请 1 分钟后再试', en: 'Same clientmsgid retried too fast, wait 1 minute' },
  40003: { kind: 'bad_request', zh: '用户 ID 不合法', en: 'Invalid user id' },
  40004: { kind: 'bad_request', zh: '媒体文件类型不合法', en: 'Invalid media type' },
  40005: { kind: 'bad_request', zh: '文件类型不合法', en: 'Invalid file type' },
  40006: { kind: 'bad_request', zh: '文件大小不合法', en: 'Invalid file size' },
  40007: { kind: 'bad_request', zh: '媒体文件无效', en: 'Invalid media' },
  40008: { kind: 'bad_request', zh: '消息类型不合法', en: 'Invalid message type' },
  40009: { kind: 'bad_request', zh: '图片大小不合法', en: 'Invalid image size' },
  41006: { kind: 'bad_request', zh: '缺少 media_id', en: 'Missing media_id' },
  44001: { kind: 'bad_request', zh: '媒体文件为空', en: 'Empty media' },
  44002: { kind: 'bad_request', zh: '请求内容为空', en: 'Empty POST data' },
  44003: { kind: 'bad_request', zh: '图文消息内容为空', en: 'Empty news' },
  44004: { kind: 'bad_request', zh: '文本内容为空', en: 'Empty content' },
  45001: { kind: 'bad_request', zh: '媒体文件大小超过限制', en: 'Media size out of limit' },
  45002: { kind: 'bad_request', zh: '正文超过长度限制', en: 'Content size out of limit' },
  45003: { kind: 'bad_request', zh: '标题超过长度限制（64 字）', en: 'Title size out of limit (64 chars)' },
  45004: { kind: 'bad_request', zh: '摘要超过长度限制（120 字）', en: 'Description size out of limit (120 chars)' },
  45005: { kind: 'bad_request', zh: '链接超过长度限制', en: 'URL size out of limit' },
  45008: { kind: 'bad_request', zh: '图文数量超过限制', en: 'Too many articles' },
  45110: { kind: 'bad_request', zh: '作者超过长度限制', en: 'Author size out of limit' },
  47001: { kind: 'bad_request', zh: '请求数据格式错误', en: 'Malformed request data' },
  53503: { kind: 'bad_request', zh: '该草稿未通过发布检查', en: 'Draft failed the publish check' },
  60020: { kind: 'bad_request', zh: '调用方 IP 不在企业可信 IP 中', en: 'Caller IP not trusted by the corp' },
  41063: { kind: 'transient', zh: '群发任务仍在处理中', en: 'Task still being processed' },
  93000: { kind: 'auth_expired', zh: '机器人 Webhook 地址无效，请重新绑定', en: 'Invalid robot webhook key: re-link the robot' },
  93017: { kind: 'bad_request', zh: '机器人消息包含敏感内容', en: 'Robot message contains blocked content' },
}

/** Map a platform errcode to a typed error (callers add step / creating). */
export function classifyWechatError(
  errcode: number,
  extra: { step?: string; creating?: boolean; httpStatus?: number } = {},
): ChannelError {
  const info = CODES[errcode] ?? {
    kind: 'bad_request' as const,
    zh: '平台拒绝了请求',
    en: 'The platform rejected the request',
  }
  const init: ChannelErrorInit = { errcode, zh: info.zh, en: info.en, ...extra }
  switch (info.kind) {
    case 'auth_expired':
      return new AuthExpiredError(init)
    case 'rate_limited':
      return new RateLimitedError({ ...init, retryAfterMs: errcode === 45028 ? undefined : 60_000 })
    case 'transient':
      return new TransientError(init)
    case 'unknown_outcome':
      return new UnknownOutcomeError(init)
    default:
      return new BadRequestError(init)
  }
}

/** The errcode → kind table as data (for docs, admin UI and tests). */
export function wechatErrorKind(errcode: number): ChannelErrorKind {
  return CODES[errcode]?.kind ?? 'bad_request'
}
