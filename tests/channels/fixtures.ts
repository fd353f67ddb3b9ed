/** Shared test fixtures: contexts pointing at the fake server, and real PNG/JPEG bytes. */
import { randomUUID } from 'node:crypto'
import sharp from 'sharp'
import { InMemoryTokenStore } from '../../src/channels/token.js'
import type { ChannelContext } from '../../src/channels/types.js'
import { DEMO_ACCOUNTS, type FakeWechat } from '../helpers/fake-wechat/server.js'

export const SUB = DEMO_ACCOUNTS.oaApps.find((a) => a.type === 'subscription')!
export const SVC = DEMO_ACCOUNTS.oaApps.find((a) => a.type === 'service')!
export const CORP = DEMO_ACCOUNTS.corps[0]!
export const ROBOT_KEY = DEMO_ACCOUNTS.robotKeys[0]!

export function oaCtx(fake: FakeWechat, app = SUB, over: Partial<ChannelContext> = {}): ChannelContext {
  return {
    baseUrl: fake.url,
    credentials: { appId: app.appId, appSecret: app.appSecret },
    tokenStore: new InMemoryTokenStore(),
    accountId: `oa-${randomUUID()}`,
    timeoutMs: 2000,
    ...over,
  }
}

export function corpCtx(fake: FakeWechat, over: Partial<ChannelContext> = {}): ChannelContext {
  return {
    baseUrl: fake.url,
    credentials: { corpId: CORP.corpId, corpSecret: CORP.corpSecret },
    tokenStore: new InMemoryTokenStore(),
    accountId: `corp-${randomUUID()}`,
    timeoutMs: 2000,
    ...over,
  }
}

export function robotCtx(fake: FakeWechat, over: Partial<ChannelContext> = {}): ChannelContext {
  return {
    baseUrl: fake.url,
    credentials: { webhookKey: ROBOT_KEY },
    tokenStore: new InMemoryTokenStore(),
    accountId: `robot-${randomUUID()}`,
    timeoutMs: 2000,
    ...over,
  }
}

export async function jpeg(width = 900, height = 383, color = '#c8102e'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } }).jpeg({ quality: 80 }).toBuffer()
}

export async function png(width = 200, height = 200, color = '#1d4ed8'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: color } }).png().toBuffer()
}

export async function gif(): Promise<Buffer> {
  return sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).gif().toBuffer()
}

/** Catches the error a promise rejects with (fails the test if it resolves). */
export async function rejection(p: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await p
  } catch (e) {
    return e as Error & Record<string, unknown>
  }
  throw new Error('expected the call to fail, but it succeeded')
}
