/**
 * 公众号 (subscription and service accounts).
 * Publish: cover → material/add_material (thumb_media_id), body images → media/uploadimg (URLs
 * rewritten in the HTML), draft/add, then either freepublish/submit (silent publish) or
 * message/mass/sendall with a deterministic clientmsgid (push to followers; WeChat answers 45065
 * with the existing msg_id when the same clientmsgid is sent again, so a retried push never
 * reaches followers twice). Status: freepublish/get or message/mass/get. Metrics: datacube.
 *
 * platformId formats: `publish:<publish_id>` and `mass:<msg_id>:<msg_data_id>`.
 */
import { BadRequestError, ChannelError } from './errors'
import { DEFAULT_TIMEOUT_MS, WEIXIN_ORIGIN, callWithToken, type HttpCall, type TokenProvider } from './http'
import { clientMsgIdFor, imageFileInfo } from './media'
import { tokenProvider } from './token'
import type {
  ChannelAdapter,
  ChannelContext,
  ChannelLimits,
  Metrics,
  PublishPayload,
  PublishResult,
  StatusResult,
} from './types'
import { assertPayload } from './validate'

type OaKind = 'oa_subscription' | 'oa_service'

const baseLimits: Omit<ChannelLimits, 'rules'> = {
  titleMaxChars: 64,
  digestMaxChars: 120,
  authorMaxChars: 16,
  bodyHtmlMaxChars: 20_000,
  maxImages: 50,
  // media/uploadimg takes JPG/PNG up to 1 MB; covers go through add_material (10 MB).
  imageMaxBytes: 1024 * 1024,
  imageFormats: ['png', 'jpeg'],
  maxVideos: 0,
  maxLinks: 1,
  recommendedSizes: [
    { name: 'cover 2.35:1', width: 900, height: 383 },
    { name: 'cover 1:1', width: 1080, height: 1080 },
  ],
}

export const OA_SUBSCRIPTION_LIMITS: ChannelLimits = {
  ...baseLimits,
  rules: [
    { id: 'oa_mass_daily', action: 'mass_send', window: 'day_shanghai', max: 1, label: { zh: '订阅号每天可群发 1 次', en: 'Subscription account: 1 mass send per day' } },
  ],
}

export const OA_SERVICE_LIMITS: ChannelLimits = {
  ...baseLimits,
  rules: [
    { id: 'oa_mass_monthly', action: 'mass_send', window: 'month_shanghai', max: 4, label: { zh: '服务号每月可群发 4 次', en: 'Service account: 4 mass sends per month' } },
  ],
}

function origin(ctx: ChannelContext) {
  return ctx.baseUrl ?? WEIXIN_ORIGIN
}

function mkCall(ctx: ChannelContext, c: Omit<HttpCall, 'baseUrl' | 'timeoutMs'>): HttpCall {
  return { baseUrl: origin(ctx), timeoutMs: ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS, ...c }
}

/** Wires ctx hooks to a creating call, tagging them with the step. */
function creatingCall(ctx: ChannelContext, payload: PublishPayload, c: Omit<HttpCall, 'baseUrl' | 'timeoutMs' | 'creating'>): HttpCall {
  const info = { step: c.step, accountId: ctx.accountId, publicationId: payload.publicationId }
  return mkCall(ctx, { ...c, creating: true, beforeSend: () => ctx.beforeCreate?.(info), onSent: () => ctx.onSent?.(info) })
}

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

async function uploadImages(ctx: ChannelContext, tokens: TokenProvider, payload: PublishPayload): Promise<string> {
  let html = payload.html ?? ''
  for (const [i, img] of (payload.images ?? []).entries()) {
    const f = imageFileInfo(img, `image-${i + 1}`)
    const r = await callWithToken<{ url: string }>(
      tokens,
      mkCall(ctx, { path: '/cgi-bin/media/uploadimg', step: 'media/uploadimg', files: [{ field: 'media', filename: f.filename, contentType: f.contentType, data: img.data }] }),
    )
    // Body images must live on WeChat's CDN; the editor references them by our own ref.
    if (img.ref) html = html.replace(new RegExp(escapeRegExp(img.ref), 'g'), r.url)
    else html += `<p><img src="${r.url}" /></p>`
  }
  return html
}

async function publishOa(kind: OaKind, limits: ChannelLimits, ctx: ChannelContext, payload: PublishPayload): Promise<PublishResult> {
  assertPayload(limits, payload)
  if (!payload.title) throw new BadRequestError({ zh: '公众号文章需要标题', en: 'An Official Account article needs a title', step: 'validate' })
  const cover = payload.covers?.[0]
  if (!cover) throw new BadRequestError({ zh: '公众号文章需要封面图', en: 'An Official Account article needs a cover image', step: 'validate' })
  if (!payload.html?.trim() && !payload.images?.length) {
    throw new BadRequestError({ zh: '公众号文章正文为空', en: 'The article body is empty', step: 'validate' })
  }
  const tokens = tokenProvider(ctx, 'oa')

  const cf = imageFileInfo(cover, 'cover')
  const thumb = await callWithToken<{ media_id: string; url?: string }>(
    tokens,
    mkCall(ctx, { path: '/cgi-bin/material/add_material', query: { type: 'image' }, step: 'material/add_material', files: [{ field: 'media', filename: cf.filename, contentType: cf.contentType, data: cover.data }] }),
  )
  const content = await uploadImages(ctx, tokens, payload)

  // A duplicate draft is harmless (nobody sees drafts), so draft/add is not a creating call.
  const draft = await callWithToken<{ media_id: string }>(
    tokens,
    mkCall(ctx, {
      path: '/cgi-bin/draft/add',
      step: 'draft/add',
      json: {
        articles: [
          {
            title: payload.title,
            author: payload.author ?? '',
            digest: payload.digest ?? '',
            content,
            content_source_url: payload.sourceUrl ?? payload.links?.[0]?.url ?? '',
            thumb_media_id: thumb.media_id,
            need_open_comment: 1,
            only_fans_can_comment: 0,
          },
        ],
      },
    }),
  )

  if (payload.massSend) {
    const clientmsgid = payload.clientMsgId ?? clientMsgIdFor(payload.publicationId)
    const r = await callWithToken<{ errcode?: number; msg_id?: number | string; msg_data_id?: number | string }>(
      tokens,
      creatingCall(ctx, payload, {
        path: '/cgi-bin/message/mass/sendall',
        step: 'mass/sendall',
        acceptErrcodes: [45065],
        json: { filter: { is_to_all: true }, mpnews: { media_id: draft.media_id }, msgtype: 'mpnews', send_ignore_reprint: 0, clientmsgid },
      }),
    )
    if (r.msg_id === undefined) {
      throw new BadRequestError({ errcode: r.errcode, zh: '群发已存在但平台未返回消息 ID', en: 'Mass send already exists but no msg_id was returned', step: 'mass/sendall' })
    }
    return { platformId: `mass:${r.msg_id}:${r.msg_data_id ?? ''}`, status: 'publishing', raw: { ...r, draftMediaId: draft.media_id, clientmsgid, duplicate: r.errcode === 45065 } }
  }

  const sub = await callWithToken<{ publish_id: number | string }>(
    tokens,
    creatingCall(ctx, payload, { path: '/cgi-bin/freepublish/submit', step: 'freepublish/submit', json: { media_id: draft.media_id } }),
  )
  return { platformId: `publish:${sub.publish_id}`, status: 'publishing', raw: { ...sub, draftMediaId: draft.media_id, kind } }
}

interface FreepublishGet {
  publish_id: number | string
  publish_status: number
  article_id?: string
  article_detail?: { count: number; item: { idx: number; article_url: string }[] }
  fail_idx?: number[]
}

function parseId(platformId: string): { type: 'publish'; publishId: string } | { type: 'mass'; msgId: string; dataId: string } {
  const [type, a, b] = platformId.split(':')
  if (type === 'publish' && a) return { type, publishId: a }
  if (type === 'mass' && a) return { type, msgId: a, dataId: b ?? '' }
  throw new BadRequestError({ zh: '无法识别的公众号发布编号', en: 'Unrecognised Official Account platform id', step: 'parse' })
}

const PUBLISH_FAIL: Record<number, { zh: string; en: string }> = {
  2: { zh: '原创声明失败', en: 'Originality claim failed' },
  3: { zh: '发布失败', en: 'Publishing failed' },
  4: { zh: '平台审核不通过', en: 'Rejected by platform review' },
}

async function checkOa(ctx: ChannelContext, platformId: string): Promise<StatusResult> {
  const id = parseId(platformId)
  const tokens = tokenProvider(ctx, 'oa')
  if (id.type === 'publish') {
    const r = await callWithToken<FreepublishGet & { errcode?: number }>(tokens, mkCall(ctx, { path: '/cgi-bin/freepublish/get', step: 'freepublish/get', json: { publish_id: id.publishId } }))
    const urls = r.article_detail?.item?.map((i) => i.article_url) ?? []
    switch (r.publish_status) {
      case 0:
        return { status: 'published', final: true, urls, raw: r }
      case 1:
        return { status: 'publishing', final: false, raw: r }
      case 5:
      case 6:
        return { status: 'deleted', final: true, reason: r.publish_status === 5 ? { zh: '文章已被删除', en: 'Articles were deleted' } : { zh: '文章已被平台封禁', en: 'Articles were blocked by the platform' }, raw: r }
      default:
        return { status: 'failed', final: true, reason: PUBLISH_FAIL[r.publish_status] ?? PUBLISH_FAIL[3], raw: r }
    }
  }
  const r = await callWithToken<{ msg_id: number; msg_status: string }>(tokens, mkCall(ctx, { path: '/cgi-bin/message/mass/get', step: 'mass/get', json: { msg_id: id.msgId } }))
  switch (r.msg_status) {
    case 'SEND_SUCCESS':
      return { status: 'published', final: true, raw: r }
    case 'SENDING':
      return { status: 'publishing', final: false, raw: r }
    case 'DELETE':
      return { status: 'deleted', final: true, reason: { zh: '群发已被删除', en: 'Mass send was deleted' }, raw: r }
    default:
      return { status: 'failed', final: true, reason: { zh: '群发失败', en: 'Mass send failed' }, raw: r }
  }
}

/** Asia/Shanghai calendar date, YYYY-MM-DD (datacube speaks Beijing dates). */
export function shanghaiDate(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}

interface ArticleTotalDetail {
  stat_date: string
  target_user?: number
  int_page_read_user?: number
  int_page_read_count?: number
  share_user?: number
  share_count?: number
  add_to_fav_user?: number
  add_to_fav_count?: number
}

async function metricsOa(ctx: ChannelContext, platformId: string, opts: { publishedAt?: Date; now?: Date } = {}): Promise<Metrics> {
  const id = parseId(platformId)
  const tokens = tokenProvider(ctx, 'oa')
  let dataId: string
  if (id.type === 'mass') dataId = id.dataId
  else {
    // datacube keys articles as "<msgdataid>_<index>"; for a freepublish the article_id plays that role.
    const r = await callWithToken<FreepublishGet>(tokens, mkCall(ctx, { path: '/cgi-bin/freepublish/get', step: 'freepublish/get', json: { publish_id: id.publishId } }))
    if (r.publish_status !== 0 || !r.article_id) return { reads: 0, likes: 0, shares: 0, comments: 0, reach: 0 }
    dataId = r.article_id
  }
  // getarticletotal takes a one-day span: the day the article went out; details then cover 7 days.
  const day = shanghaiDate(opts.publishedAt ?? opts.now ?? new Date())
  const r = await callWithToken<{ list?: { ref_date: string; msgid: string; title: string; details: ArticleTotalDetail[] }[] }>(
    tokens,
    mkCall(ctx, { path: '/datacube/getarticletotal', step: 'datacube/getarticletotal', json: { begin_date: day, end_date: day } }),
  )
  // msgid is "<dataId>_<index>" and ids may themselves contain '_': strip only the last part.
  const mine = (r.list ?? []).filter((a) => a.msgid.slice(0, a.msgid.lastIndexOf('_')) === String(dataId))
  let reads = 0, shares = 0, favorites = 0, reach = 0
  for (const a of mine) {
    // details are cumulative per stat_date; the latest day carries the totals.
    const latest = [...(a.details ?? [])].sort((x, y) => x.stat_date.localeCompare(y.stat_date)).at(-1)
    if (!latest) continue
    reads += latest.int_page_read_count ?? 0
    shares += latest.share_count ?? 0
    favorites += latest.add_to_fav_count ?? 0
    reach += latest.target_user ?? 0
  }
  // datacube reports no likes or comments for articles; those stay 0 here.
  return { reads, likes: 0, shares, comments: 0, favorites, reach, extra: { readers: mine.reduce((s, a) => s + (a.details?.at(-1)?.int_page_read_user ?? 0), 0) }, raw: mine }
}

export function createOfficialAccountAdapter(kind: OaKind): ChannelAdapter {
  const limits = kind === 'oa_subscription' ? OA_SUBSCRIPTION_LIMITS : OA_SERVICE_LIMITS
  return {
    kind,
    mode: 'auto',
    limits,
    label: kind === 'oa_subscription' ? { zh: '公众号（订阅号）', en: 'Official Account (subscription)' } : { zh: '公众号（服务号）', en: 'Official Account (service)' },
    publish: (ctx, payload) => publishOa(kind, limits, ctx, payload),
    checkStatus: checkOa,
    fetchMetrics: metricsOa,
    async warmUp(ctx) {
      await tokenProvider(ctx, 'oa').get()
    },
    async testConnection(ctx) {
      try {
        await tokenProvider(ctx, 'oa').refresh()
        return { ok: true, message: { zh: '连接成功，已获取凭证', en: 'Connected: access token obtained' } }
      } catch (e) {
        if (e instanceof ChannelError) return { ok: false, message: { zh: e.zh, en: e.en } }
        throw e
      }
    },
  }
}

export const officialAccountSubscription = createOfficialAccountAdapter('oa_subscription')
export const officialAccountService = createOfficialAccountAdapter('oa_service')
