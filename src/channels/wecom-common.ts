/** Pieces shared by the WeCom task channels (customer groups, Moments): corp token calls and hooks. */
import { ChannelError } from './errors'
import { DEFAULT_TIMEOUT_MS, QYAPI_ORIGIN, callWithToken, type HttpCall, type TokenProvider, type WechatJson } from './http'
import { tokenProvider } from './token'
import type { ChannelContext, ConnectionTestResult, PublishPayload } from './types'

export interface CorpClient {
  call<T extends object = WechatJson>(c: Omit<HttpCall, 'baseUrl' | 'timeoutMs'>): Promise<T>
  /** A call that creates a task: wired to ctx.beforeCreate / ctx.onSent. */
  create<T extends object = WechatJson>(payload: PublishPayload, c: Omit<HttpCall, 'baseUrl' | 'timeoutMs' | 'creating'>): Promise<T>
  tokens: TokenProvider
}

export function corpClient(ctx: ChannelContext): CorpClient {
  const tokens = tokenProvider(ctx, 'corp')
  const base = { baseUrl: ctx.baseUrl ?? QYAPI_ORIGIN, timeoutMs: ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS }
  return {
    tokens,
    call: (c) => callWithToken(tokens, { ...base, ...c }),
    create: (payload, c) => {
      const info = { step: c.step, accountId: ctx.accountId, publicationId: payload.publicationId }
      return callWithToken(tokens, { ...base, ...c, creating: true, beforeSend: () => ctx.beforeCreate?.(info), onSent: () => ctx.onSent?.(info) })
    },
  }
}

/** A valid corp token in the shared store before a burst of sends needs it. */
export async function warmCorpToken(ctx: ChannelContext): Promise<void> {
  await tokenProvider(ctx, 'corp').get()
}

export async function testCorpConnection(ctx: ChannelContext): Promise<ConnectionTestResult> {
  try {
    await tokenProvider(ctx, 'corp').refresh()
    return { ok: true, message: { zh: '连接成功，已获取企业微信凭证', en: 'Connected: WeCom access token obtained' } }
  } catch (e) {
    if (e instanceof ChannelError) return { ok: false, message: { zh: e.zh, en: e.en } }
    throw e
  }
}
