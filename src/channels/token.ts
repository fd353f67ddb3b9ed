/**
 * Access tokens for 公众号 (/cgi-bin/token, client_credential) and 企业微信 (/cgi-bin/gettoken).
 * Tokens are cached in the injected TokenStore (the app keeps them in the DB so every node shares one;
 * fetching a new 公众号 token invalidates the old one after a grace period, so nodes must not each
 * fetch their own). Concurrent refreshes inside one process share a single request.
 */
import { BadRequestError } from './errors'
import { DEFAULT_TIMEOUT_MS, QYAPI_ORIGIN, WEIXIN_ORIGIN, callJson, type TokenProvider } from './http'
import type { ChannelContext, TokenRecord, TokenStore } from './types'

/** Refresh this long before the platform's expiry, so a token never dies mid-publish. */
const EARLY_REFRESH_MS = 5 * 60_000

export class InMemoryTokenStore implements TokenStore {
  private readonly map = new Map<string, TokenRecord>()
  async get(accountId: string) {
    return this.map.get(accountId) ?? null
  }
  async set(accountId: string, token: string, expiresAt: number) {
    this.map.set(accountId, { token, expiresAt })
  }
  async clear(accountId: string) {
    this.map.delete(accountId)
  }
}

const inflight = new Map<string, Promise<string>>()

type Flavour = 'oa' | 'corp'

async function fetchToken(ctx: ChannelContext, flavour: Flavour): Promise<{ token: string; expiresIn: number }> {
  const c = ctx.credentials
  if (flavour === 'oa') {
    if (!c.appId || !c.appSecret) {
      throw new BadRequestError({ zh: '账号缺少 AppID 或 AppSecret', en: 'Linked account lacks AppID or AppSecret', step: 'token' })
    }
    const data = await callJson<{ access_token: string; expires_in: number }>({
      baseUrl: ctx.baseUrl ?? WEIXIN_ORIGIN,
      path: '/cgi-bin/token',
      query: { grant_type: 'client_credential', appid: c.appId, secret: c.appSecret },
      timeoutMs: ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      step: 'token',
    })
    return { token: data.access_token, expiresIn: data.expires_in }
  }
  if (!c.corpId || !c.corpSecret) {
    throw new BadRequestError({ zh: '账号缺少 CorpID 或 Secret', en: 'Linked account lacks CorpID or Secret', step: 'gettoken' })
  }
  const data = await callJson<{ access_token: string; expires_in: number }>({
    baseUrl: ctx.baseUrl ?? QYAPI_ORIGIN,
    path: '/cgi-bin/gettoken',
    query: { corpid: c.corpId, corpsecret: c.corpSecret },
    timeoutMs: ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    step: 'gettoken',
  })
  return { token: data.access_token, expiresIn: data.expires_in }
}

/** Token provider for one account; `refresh` is called by the http client after 40001/42001/40014. */
export function tokenProvider(ctx: ChannelContext, flavour: Flavour, now: () => number = Date.now): TokenProvider {
  let lastGiven: string | undefined
  const key = `${flavour}:${ctx.accountId}`

  const renew = (rejected?: string): Promise<string> => {
    const running = inflight.get(key)
    if (running) return running
    const p = (async () => {
      // Another node may already have replaced the rejected token.
      const stored = await ctx.tokenStore.get(ctx.accountId)
      if (rejected && stored && stored.token !== rejected && stored.expiresAt - EARLY_REFRESH_MS > now()) return stored.token
      const { token, expiresIn } = await fetchToken(ctx, flavour)
      await ctx.tokenStore.set(ctx.accountId, token, now() + expiresIn * 1000)
      return token
    })().finally(() => inflight.delete(key))
    inflight.set(key, p)
    return p
  }

  return {
    async get() {
      const stored = await ctx.tokenStore.get(ctx.accountId)
      if (stored && stored.expiresAt - EARLY_REFRESH_MS > now()) return (lastGiven = stored.token)
      return (lastGiven = await renew())
    },
    async refresh() {
      return (lastGiven = await renew(lastGiven))
    },
  }
}
