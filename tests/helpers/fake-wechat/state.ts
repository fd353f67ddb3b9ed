/** Everything the fake server remembers, plus the fault switches. Plain data so tests can assert on it. */
import type { FakeAccounts, FakeCorp, FakeOaApp } from './accounts.js'

export type FakePostKind = 'oa_freepublish' | 'oa_mass' | 'robot' | 'wecom_group_task' | 'wecom_moment_task'

/** One received creating call: tests count these to prove "exactly once". */
export interface FakePost {
  seq: number
  kind: FakePostKind
  /** appId, corpId or robot key (the key is a fixture, safe to expose). */
  account: string
  /** publish_id, msg_id, msgid, jobid, or robot message seq. */
  id: string
  title?: string
  clientmsgid?: string
  msgtype?: string
  content?: string
  senders?: string[]
  /** False when the fake swallowed the answer (accept-then-hang). */
  answered: boolean
  at: number
}

export interface TokenInfo {
  owner: string
  flavour: 'oa' | 'corp'
  expiresAt: number
  expired: boolean
}

export interface MediaInfo {
  owner: string
  kind: 'material' | 'temp' | 'attachment' | 'uploadimg'
  type: string
  bytes: number
  format: string
}

export interface Faults {
  /** Delay before every answer. */
  latencyMs: number
  /** Next N matching calls answer errcode 45009. */
  rateLimitNext: number
  /** Next N matching calls answer errcode -1 (system busy). */
  systemBusyNext: number
  /** Next N matching calls answer HTTP 502 with an HTML page. */
  serverErrorNext: number
  /** Next N matching creating calls are recorded, then never answered. */
  hangNext: number
  /** Only paths containing this string count against the *Next switches (all paths when unset). */
  match?: string
}

export function noFaults(): Faults {
  return { latencyMs: 0, rateLimitNext: 0, systemBusyNext: 0, serverErrorNext: 0, hangNext: 0, match: undefined }
}

export interface FakeState {
  oaApps: Map<string, FakeOaApp>
  corps: Map<string, FakeCorp>
  robotKeys: Set<string>
  tokens: Map<string, TokenInfo>
  /** Tokens issued per appId/corpId: proves caching (one fetch) and refresh (two). */
  tokensIssued: Record<string, number>
  media: Map<string, MediaInfo>
  drafts: Map<string, { owner: string; articles: { title: string; digest?: string; author?: string; content: string; thumb_media_id: string }[] }>
  publishes: Map<string, { owner: string; draftId: string; title: string; articleId: string; polls: number; day: string }>
  mass: Map<string, { owner: string; msgDataId: string; clientmsgid?: string; title: string; polls: number; day: string }>
  clientMsgIds: Map<string, string>
  massCount: Map<string, number>
  robotSends: Map<string, number[]>
  groupTasks: Map<string, { owner: string; sender: string; polls: number; groups: number }>
  momentJobs: Map<string, { owner: string; senders: string[]; polls: number; momentId: string }>
  moments: Map<string, { jobid: string; owner: string; senders: string[]; polls: number }>
  posts: FakePost[]
  /** Every request received: method and path only (never the query, which holds secrets). */
  requests: { method: string; path: string; at: number }[]
  seq: number
}

export function createState(accounts: FakeAccounts): FakeState {
  return {
    oaApps: new Map(accounts.oaApps.map((a) => [a.appId, { ...a }])),
    corps: new Map(accounts.corps.map((c) => [c.corpId, { ...c, members: [...c.members] }])),
    robotKeys: new Set(accounts.robotKeys),
    tokens: new Map(),
    tokensIssued: {},
    media: new Map(),
    drafts: new Map(),
    publishes: new Map(),
    mass: new Map(),
    clientMsgIds: new Map(),
    massCount: new Map(),
    robotSends: new Map(),
    groupTasks: new Map(),
    momentJobs: new Map(),
    moments: new Map(),
    posts: [],
    requests: [],
    seq: 0,
  }
}

/** JSON-safe view for GET /__state (cross-process tests). */
export function snapshot(s: FakeState) {
  return {
    posts: s.posts,
    tokensIssued: s.tokensIssued,
    requests: s.requests,
    publishes: [...s.publishes].map(([id, p]) => ({ publish_id: id, ...p })),
    mass: [...s.mass].map(([id, m]) => ({ msg_id: id, ...m })),
    groupTasks: [...s.groupTasks].map(([msgid, t]) => ({ msgid, ...t })),
    momentJobs: [...s.momentJobs].map(([jobid, j]) => ({ jobid, ...j })),
    drafts: s.drafts.size,
    media: s.media.size,
  }
}
