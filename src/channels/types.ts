/**
 * The one interface every channel adapter implements. Each channel lives in its own file
 * (official-account.ts, wecom-robot.ts, ...) and declares its limits as data so the editor,
 * the calendar and the rate limiter can all read the same numbers.
 */

export type ChannelKind =
  | 'oa_subscription' // 公众号·订阅号
  | 'oa_service' // 公众号·服务号
  | 'wecom_robot' // 企业微信群机器人
  | 'wecom_groups' // 企业微信客户群 (群发任务)
  | 'wecom_moments' // 企业微信客户朋友圈
  | 'channels_video' // 视频号 (manual)
  | 'personal_moments' // 客户经理个人朋友圈 (manual)
  | 'personal_groups' // 客户经理自己的客户群，未接入企业微信 (manual)

export const CHANNEL_KINDS: readonly ChannelKind[] = [
  'oa_subscription',
  'oa_service',
  'wecom_robot',
  'wecom_groups',
  'wecom_moments',
  'channels_video',
  'personal_moments',
  'personal_groups',
]

/** auto: we publish; task: a person confirms in WeCom and we track; manual: reminder + kit + "done". */
export type PublishMode = 'auto' | 'task' | 'manual'

/** Which action a rate rule counts. 'send' is every creating call; 'mass_send' only 公众号 pushes. */
export type RateAction = 'send' | 'mass_send'

/**
 * A rate rule or quota. Windows:
 *  - 'minute_sliding': the last 60 s (robot 20/min)
 *  - 'day_shanghai': the calendar day in Asia/Shanghai (subscription account 1 mass send/day)
 *  - 'month_shanghai': the calendar month in Asia/Shanghai (service account 4 mass sends/month)
 */
export interface RateRule {
  id: string
  action: RateAction
  window: 'minute_sliding' | 'day_shanghai' | 'month_shanghai'
  max: number
  /** Shown to editors when the rule blocks a plan. */
  label: { zh: string; en: string }
}

export type ImageFormat = 'png' | 'jpeg' | 'gif'

export interface ChannelLimits {
  titleMaxChars?: number
  digestMaxChars?: number
  authorMaxChars?: number
  /** Plain text / description / copy length in characters. */
  textMaxChars?: number
  /** Some WeCom endpoints count UTF-8 bytes, not characters. */
  textMaxBytes?: number
  markdownMaxBytes?: number
  bodyHtmlMaxChars?: number
  maxImages: number
  imageMaxBytes?: number
  imageFormats: ImageFormat[]
  maxVideos: number
  maxLinks: number
  /** Some channels take images OR a video OR a link, never a mix (WeCom Moments). */
  attachmentsExclusive?: boolean
  /** Recommended poster / cover sizes (width × height) for the poster renderer. */
  recommendedSizes?: { name: string; width: number; height: number }[]
  rules: RateRule[]
}

/** A file the app already holds (poster, cover, video). `ref` is the app's own id/URL for kits. */
export interface MediaInput {
  data: Buffer
  filename?: string
  mime?: string
  ref?: string
}

export interface LinkInput {
  title: string
  url: string
  description?: string
  /** A picture URL shown on the card (robot news, WeCom link attachments). */
  picUrl?: string
  /** Or a picture we upload first (Moments link attachment needs a media_id). */
  image?: MediaInput
}

export interface PublishPayload {
  /** Our publication id; clientmsgid and manual platform ids derive from it. */
  publicationId: string
  title?: string
  digest?: string
  author?: string
  /** Article body (公众号). Images referenced by `images[i].ref` inside the HTML are uploaded and rewritten. */
  html?: string
  sourceUrl?: string
  /** Cover(s); the first becomes the 公众号 thumb (2.35:1). */
  covers?: MediaInput[]
  images?: MediaInput[]
  video?: MediaInput
  text?: string
  markdown?: string
  links?: LinkInput[]
  /** #topics for 视频号 / Moments kits. */
  topics?: string[]
  /** WeCom userids of the managers who must confirm the task (customer groups / Moments). */
  senders?: string[]
  /** WeCom customer tag ids to narrow Moments visibility. */
  customerTagIds?: string[]
  /** Robot: which message type to send; default picks from the payload (markdown > news > image > text). */
  robotMsgType?: 'text' | 'markdown' | 'image' | 'news'
  mentionedMobiles?: string[]
  /** 公众号: push to followers with a mass send instead of a silent freepublish. */
  massSend?: boolean
  /** Deterministic id for mass-send dedupe; defaults to clientMsgIdFor(publicationId). */
  clientMsgId?: string
  /** Manual channels: when the owner should post (shown in the reminder). */
  dueAt?: Date
}

export type PublishStatus = 'published' | 'publishing' | 'task_created' | 'manual_pending'

export interface ManualKit {
  channel: ChannelKind
  title?: string
  /** Copy text ready to paste, topics already appended. */
  copyText: string
  topics: string[]
  images: { ref?: string; filename?: string; mime?: string; bytes: number }[]
  video?: { ref?: string; filename?: string; mime?: string; bytes: number }
  link?: { title: string; url: string }
  steps: { zh: string; en: string }[]
  reminder: { zh: string; en: string }
  dueAt?: string
}

export interface PublishResult {
  /** Store this at once: it is how checkStatus / fetchMetrics find the post again. */
  platformId: string
  status: PublishStatus
  /** Article URL(s) when the platform already returned them. */
  urls?: string[]
  kit?: ManualKit
  raw?: unknown
}

export type StatusValue =
  | 'published'
  | 'publishing'
  | 'task_created' // task exists, nobody confirmed yet
  | 'partially_done' // some managers confirmed
  | 'done' // every manager confirmed
  | 'manual_pending'
  | 'failed'
  | 'deleted'

export interface StatusResult {
  status: StatusValue
  /** True when polling can stop. */
  final: boolean
  urls?: string[]
  progress?: { done: number; total: number; byUser?: Record<string, 'pending' | 'sent' | 'failed'> }
  reason?: { zh: string; en: string }
  raw?: unknown
}

export interface Metrics {
  reads: number
  likes: number
  shares: number
  comments: number
  favorites?: number
  /** People reached: article readers, group customers sent to, Moments viewers... */
  reach?: number
  /** Channel-specific numbers (e.g. per-day reads) that do not fit the common four. */
  extra?: Record<string, number>
  raw?: unknown
}

export interface TokenRecord {
  token: string
  /** epoch ms */
  expiresAt: number
}

/** Injected: the app persists tokens in the DB so web and worker nodes share one token. */
export interface TokenStore {
  get(accountId: string): Promise<TokenRecord | null>
  set(accountId: string, token: string, expiresAt: number): Promise<void>
  /** Optional: drop a token the platform rejected. */
  clear?(accountId: string): Promise<void>
}

export interface ChannelCredentials {
  appId?: string
  appSecret?: string
  corpId?: string
  corpSecret?: string
  webhookKey?: string
}

/** Passed to the awaited hook before, and the notification after, a request that creates a post. */
export interface CreateStepInfo {
  /** e.g. 'freepublish/submit', 'mass/sendall', 'webhook/send', 'add_msg_template' */
  step: string
  accountId: string
  publicationId?: string
}

export interface ChannelContext {
  /** Overrides the real hosts (the fake server serves both weixin and qyapi paths on one origin). */
  baseUrl?: string
  credentials: ChannelCredentials
  tokenStore: TokenStore
  accountId: string
  timeoutMs?: number
  /**
   * Awaited right before a creating request is sent: the caller can persist "about to create".
   * If it throws, nothing is sent.
   */
  beforeCreate?(info: CreateStepInfo): Promise<void> | void
  /**
   * Called once the creating request has left this process (socket connected and request written).
   * From here on a timeout or reset is an unknown outcome, never a blind retry.
   */
  onSent?(info: CreateStepInfo): void
}

export interface ConnectionTestResult {
  ok: boolean
  message: { zh: string; en: string }
}

export interface ChannelAdapter {
  readonly kind: ChannelKind
  readonly mode: PublishMode
  readonly limits: ChannelLimits
  /** Bilingual display name. */
  readonly label: { zh: string; en: string }
  publish(ctx: ChannelContext, payload: PublishPayload): Promise<PublishResult>
  checkStatus(ctx: ChannelContext, platformId: string): Promise<StatusResult>
  fetchMetrics(ctx: ChannelContext, platformId: string, opts?: { publishedAt?: Date; now?: Date }): Promise<Metrics>
  testConnection(ctx: ChannelContext): Promise<ConnectionTestResult>
  /** Fetches ahead what the first send would otherwise wait for (an access token); channels without one omit it. */
  warmUp?(ctx: ChannelContext): Promise<void>
}
