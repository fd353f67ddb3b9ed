/** Shared plumbing for the fake routes: request shape, answers, token checks, ids. */
import { randomBytes } from 'node:crypto'
import type { FakeCorp, FakeOaApp } from './accounts.js'
import type { Part } from './multipart.js'
import type { FakePost, FakeState } from './state.js'

export interface FakeReq {
  method: string
  path: string
  query: URLSearchParams
  body: Buffer
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any
  parts: Part[]
}

export interface Answer {
  status?: number
  json: unknown
}

/** Returned by a creating route when the fault switch says: record it, then never answer. */
export const HANG = Symbol('hang')

export interface RouteCtx {
  state: FakeState
  now(): number
  /** Records a creating call; returns true when the answer must be swallowed. */
  record(post: Omit<FakePost, 'seq' | 'answered' | 'at'>): boolean
}

export type Route = (req: FakeReq, ctx: RouteCtx) => Answer | typeof HANG

export function ok(extra: Record<string, unknown> = {}): Answer {
  return { json: { errcode: 0, errmsg: 'ok', ...extra } }
}

/** WeChat appends a request id to errmsg; we do too, so clients never parse errmsg text. */
export function err(errcode: number, errmsg: string): Answer {
  return { json: { errcode, errmsg: `${errmsg} rid: ${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}` } }
}

export function newId(prefix: string, bytes = 12): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`
}

export function newNumericId(state: FakeState): string {
  state.seq++
  return String(2_247_483_000 + state.seq)
}

function checkToken(req: FakeReq, ctx: RouteCtx, flavour: 'oa' | 'corp'): { owner: string } | Answer {
  const token = req.query.get('access_token')
  if (!token) return err(41001, 'access_token missing')
  const info = ctx.state.tokens.get(token)
  if (!info || info.flavour !== flavour) return err(40014, 'invalid access_token')
  if (info.expired || info.expiresAt <= ctx.now()) return err(42001, 'access_token expired')
  return { owner: info.owner }
}

export function authOa(req: FakeReq, ctx: RouteCtx): FakeOaApp | Answer {
  const r = checkToken(req, ctx, 'oa')
  if ('json' in r) return r
  return ctx.state.oaApps.get(r.owner) ?? err(40014, 'invalid access_token')
}

export function authCorp(req: FakeReq, ctx: RouteCtx): FakeCorp | Answer {
  const r = checkToken(req, ctx, 'corp')
  if ('json' in r) return r
  return ctx.state.corps.get(r.owner) ?? err(40014, 'invalid access_token')
}

export function isAnswer(x: unknown): x is Answer {
  return typeof x === 'object' && x !== null && 'json' in x
}

export function issueToken(ctx: RouteCtx, owner: string, flavour: 'oa' | 'corp'): Answer {
  const token = newId(flavour === 'oa' ? '86_' : 'wwt_', 48)
  ctx.state.tokens.set(token, { owner, flavour, expiresAt: ctx.now() + 7200_000, expired: false })
  ctx.state.tokensIssued[owner] = (ctx.state.tokensIssued[owner] ?? 0) + 1
  return flavour === 'oa' ? { json: { access_token: token, expires_in: 7200 } } : ok({ access_token: token, expires_in: 7200 })
}

export function sniff(data: Buffer): 'png' | 'jpeg' | 'gif' | null {
  if (data.length >= 8 && data.readUInt32BE(0) === 0x89504e47) return 'png'
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg'
  if (data.length >= 6 && data.subarray(0, 3).toString('latin1') === 'GIF') return 'gif'
  return null
}

export function chars(s: unknown): number {
  return typeof s === 'string' ? [...s].length : 0
}
