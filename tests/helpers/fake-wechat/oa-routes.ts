/**
 * api.weixin.qq.com endpoints (公众号) with their real request/response shapes and errcodes.
 */
import { type FakeOaApp } from './accounts.js'
import { addDays, articleCurve, shanghaiDay } from './numbers.js'
import { HANG, authOa, chars, err, isAnswer, issueToken, newId, newNumericId, ok, sniff, type Route, type RouteCtx } from './route-kit.js'

const token: Route = (req, ctx) => {
  if (req.query.get('grant_type') !== 'client_credential') return err(40002, 'invalid grant_type')
  const app = ctx.state.oaApps.get(req.query.get('appid') ?? '')
  if (!app) return err(40013, 'invalid appid')
  if (req.query.get('secret') !== app.appSecret) return err(40125, 'invalid appsecret')
  return issueToken(ctx, app.appId, 'oa')
}

function mediaPart(req: Parameters<Route>[0]) {
  return req.parts.find((p) => p.name === 'media')
}

const addMaterial: Route = (req, ctx) => {
  const app = authOa(req, ctx)
  if (isAnswer(app)) return app
  const type = req.query.get('type')
  if (!['image', 'voice', 'video', 'thumb'].includes(type ?? '')) return err(40004, 'invalid media type')
  const part = mediaPart(req)
  if (!part || !part.data.length) return err(41005, 'media data missing')
  const fmt = sniff(part.data)
  if (fmt !== 'png' && fmt !== 'jpeg') return err(40007, 'invalid media_id')
  if (part.data.length > 10 * 1024 * 1024) return err(40009, 'invalid image size')
  const media_id = newId('M7b', 30)
  ctx.state.media.set(media_id, { owner: app.appId, kind: 'material', type: type!, bytes: part.data.length, format: fmt })
  return { json: { media_id, url: `http://mmbiz.qpic.cn/mmbiz_${fmt === 'png' ? 'png' : 'jpg'}/${media_id}/0?wx_fmt=${fmt}`, item: [] } }
}

const uploadImg: Route = (req, ctx) => {
  const app = authOa(req, ctx)
  if (isAnswer(app)) return app
  const part = mediaPart(req)
  if (!part || !part.data.length) return err(41005, 'media data missing')
  const fmt = sniff(part.data)
  if (fmt !== 'png' && fmt !== 'jpeg') return err(40007, 'invalid media_id')
  if (part.data.length > 1024 * 1024) return err(40009, 'invalid image size')
  const id = newId('', 24)
  ctx.state.media.set(id, { owner: app.appId, kind: 'uploadimg', type: 'image', bytes: part.data.length, format: fmt })
  return { json: { url: `http://mmbiz.qpic.cn/mmbiz_${fmt === 'png' ? 'png' : 'jpg'}/${id}/0` } }
}

const draftAdd: Route = (req, ctx) => {
  const app = authOa(req, ctx)
  if (isAnswer(app)) return app
  const articles = req.json?.articles
  if (!Array.isArray(articles) || articles.length === 0) return err(44003, 'empty news data')
  if (articles.length > 8) return err(45008, 'article size out of limit')
  for (const a of articles) {
    if (!a.title) return err(44003, 'empty news data')
    if (chars(a.title) > 64) return err(45003, 'title size out of limit')
    if (chars(a.digest) > 120) return err(45004, 'description size out of limit')
    if (chars(a.author) > 16) return err(45110, 'author size out of limit')
    if (!a.content) return err(44004, 'empty content')
    if (chars(a.content) >= 20_000) return err(45002, 'content size out of limit')
    const thumb = ctx.state.media.get(a.thumb_media_id)
    if (!thumb || thumb.owner !== app.appId || thumb.kind !== 'material') return err(40007, 'invalid media_id')
  }
  const media_id = newId('DRAFT_', 24)
  ctx.state.drafts.set(media_id, { owner: app.appId, articles })
  return { json: { media_id } }
}

const freepublishSubmit: Route = (req, ctx) => {
  const app = authOa(req, ctx)
  if (isAnswer(app)) return app
  const draft = ctx.state.drafts.get(req.json?.media_id)
  if (!draft || draft.owner !== app.appId) return err(40007, 'invalid media_id')
  const publish_id = newNumericId(ctx.state)
  const title = draft.articles[0]!.title
  ctx.state.publishes.set(publish_id, { owner: app.appId, draftId: req.json.media_id, title, articleId: newId('ARTICLE_', 18), polls: 0, day: shanghaiDay(ctx.now()) })
  if (ctx.record({ kind: 'oa_freepublish', account: app.appId, id: publish_id, title })) return HANG
  return ok({ publish_id })
}

const freepublishGet: Route = (req, ctx) => {
  const app = authOa(req, ctx)
  if (isAnswer(app)) return app
  const p = ctx.state.publishes.get(String(req.json?.publish_id ?? ''))
  if (!p || p.owner !== app.appId) return err(53600, 'Article ID 无效')
  p.polls++
  // Real publishing takes a moment: the first poll still says "publishing".
  if (p.polls < 2) return { json: { publish_id: req.json.publish_id, publish_status: 1 } }
  return {
    json: {
      publish_id: req.json.publish_id,
      publish_status: 0,
      article_id: p.articleId,
      article_detail: { count: 1, item: [{ idx: 1, article_url: `https://mp.weixin.qq.com/s/${p.articleId}` }] },
      fail_idx: [],
    },
  }
}

function massQuotaKey(app: FakeOaApp, now: number) {
  const day = shanghaiDay(now)
  return app.type === 'subscription' ? `${app.appId}:${day}` : `${app.appId}:${day.slice(0, 7)}`
}

const massSendAll: Route = (req, ctx) => {
  const app = authOa(req, ctx)
  if (isAnswer(app)) return app
  const b = req.json ?? {}
  if (b.msgtype !== 'mpnews') return err(40008, 'invalid message type')
  const draft = ctx.state.drafts.get(b.mpnews?.media_id)
  if (!draft || draft.owner !== app.appId) return err(40007, 'invalid media_id')
  const cmid: string | undefined = b.clientmsgid
  if (cmid !== undefined && String(cmid).length > 64) return err(45067, 'clientmsgid size out of limit')
  if (cmid) {
    // WeChat dedupes on clientmsgid: the same id answers 45065 with the existing mass send.
    const existing = ctx.state.clientMsgIds.get(`${app.appId}:${cmid}`)
    if (existing) {
      const m = ctx.state.mass.get(existing)!
      return { json: { errcode: 45065, errmsg: 'clientmsgid exist', msg_id: Number(existing), msg_data_id: Number(m.msgDataId) } }
    }
  }
  const quotaKey = massQuotaKey(app, ctx.now())
  const used = ctx.state.massCount.get(quotaKey) ?? 0
  if (used >= (app.type === 'subscription' ? 1 : 4)) return err(45028, 'has no masssend quota')
  ctx.state.massCount.set(quotaKey, used + 1)
  const msg_id = newNumericId(ctx.state)
  const msgDataId = String(Number(msg_id) + 100_000_000)
  const title = draft.articles[0]!.title
  ctx.state.mass.set(msg_id, { owner: app.appId, msgDataId, clientmsgid: cmid, title, polls: 0, day: shanghaiDay(ctx.now()) })
  if (cmid) ctx.state.clientMsgIds.set(`${app.appId}:${cmid}`, msg_id)
  if (ctx.record({ kind: 'oa_mass', account: app.appId, id: msg_id, title, clientmsgid: cmid })) return HANG
  return { json: { errcode: 0, errmsg: 'send job submission success', msg_id: Number(msg_id), msg_data_id: Number(msgDataId) } }
}

const massGet: Route = (req, ctx) => {
  const app = authOa(req, ctx)
  if (isAnswer(app)) return app
  const m = ctx.state.mass.get(String(req.json?.msg_id ?? ''))
  if (!m || m.owner !== app.appId) return err(40003, 'invalid msg_id')
  m.polls++
  return { json: { msg_id: Number(req.json.msg_id), msg_status: m.polls < 2 ? 'SENDING' : 'SEND_SUCCESS' } }
}

interface Published {
  dataId: string
  title: string
  day: string
}

function publishedOn(ctx: RouteCtx, app: FakeOaApp, day: string): Published[] {
  const out: Published[] = []
  for (const p of ctx.state.publishes.values()) if (p.owner === app.appId && p.day === day && p.polls >= 2) out.push({ dataId: p.articleId, title: p.title, day })
  for (const m of ctx.state.mass.values()) if (m.owner === app.appId && m.day === day) out.push({ dataId: m.msgDataId, title: m.title, day })
  return out
}

function dateRange(req: Parameters<Route>[0], maxSpanDays: number): { begin: string; end: string } | ReturnType<typeof err> {
  const begin = req.json?.begin_date
  const end = req.json?.end_date
  if (!/^\d{4}-\d{2}-\d{2}$/.test(begin ?? '') || !/^\d{4}-\d{2}-\d{2}$/.test(end ?? '')) return err(61500, 'date format error')
  const span = (Date.parse(end) - Date.parse(begin)) / 86_400_000
  if (span < 0 || span > maxSpanDays - 1) return err(61501, 'date range error')
  return { begin, end }
}

const getArticleTotal: Route = (req, ctx) => {
  const app = authOa(req, ctx)
  if (isAnswer(app)) return app
  const range = dateRange(req, 1)
  if (isAnswer(range)) return range
  const today = shanghaiDay(ctx.now())
  const list = publishedOn(ctx, app, range.begin).map((a) => {
    const daysSince = Math.max(1, Math.min(7, Math.round((Date.parse(today) - Date.parse(a.day)) / 86_400_000) + 1))
    const curve = articleCurve(a.dataId, app.followers, daysSince)
    return {
      ref_date: a.day,
      msgid: `${a.dataId}_1`,
      title: a.title,
      details: curve.map((c, i) => ({
        stat_date: addDays(a.day, i),
        target_user: app.followers,
        int_page_read_user: c.readUser,
        int_page_read_count: c.readCount,
        ori_page_read_user: Math.round(c.readUser * 0.04),
        ori_page_read_count: Math.round(c.readCount * 0.04),
        share_user: c.shareUser,
        share_count: c.shareCount,
        add_to_fav_user: c.favUser,
        add_to_fav_count: c.favCount,
        int_page_from_session_read_user: Math.round(c.readUser * 0.55),
        int_page_from_session_read_count: Math.round(c.readCount * 0.55),
        int_page_from_hist_msg_read_user: Math.round(c.readUser * 0.08),
        int_page_from_hist_msg_read_count: Math.round(c.readCount * 0.08),
        int_page_from_feed_read_user: Math.round(c.readUser * 0.22),
        int_page_from_feed_read_count: Math.round(c.readCount * 0.22),
        int_page_from_friends_read_user: Math.round(c.readUser * 0.12),
        int_page_from_friends_read_count: Math.round(c.readCount * 0.12),
        int_page_from_other_read_user: Math.round(c.readUser * 0.03),
        int_page_from_other_read_count: Math.round(c.readCount * 0.03),
        feed_share_from_session_user: Math.round(c.shareUser * 0.6),
        feed_share_from_session_cnt: Math.round(c.shareCount * 0.6),
        feed_share_from_feed_user: Math.round(c.shareUser * 0.3),
        feed_share_from_feed_cnt: Math.round(c.shareCount * 0.3),
        feed_share_from_other_user: Math.round(c.shareUser * 0.1),
        feed_share_from_other_cnt: Math.round(c.shareCount * 0.1),
      })),
    }
  })
  return { json: { list } }
}

const getArticleSummary: Route = (req, ctx) => {
  const app = authOa(req, ctx)
  if (isAnswer(app)) return app
  const range = dateRange(req, 1)
  if (isAnswer(range)) return range
  const list = publishedOn(ctx, app, range.begin).map((a) => {
    const c = articleCurve(a.dataId, app.followers, 1)[0]!
    return {
      ref_date: a.day,
      msgid: `${a.dataId}_1`,
      title: a.title,
      int_page_read_user: c.readUser,
      int_page_read_count: c.readCount,
      ori_page_read_user: Math.round(c.readUser * 0.04),
      ori_page_read_count: Math.round(c.readCount * 0.04),
      share_user: c.shareUser,
      share_count: c.shareCount,
      add_to_fav_user: c.favUser,
      add_to_fav_count: c.favCount,
    }
  })
  return { json: { list } }
}

export const OA_ROUTES: Record<string, Route> = {
  'GET /cgi-bin/token': token,
  'POST /cgi-bin/material/add_material': addMaterial,
  'POST /cgi-bin/media/uploadimg': uploadImg,
  'POST /cgi-bin/draft/add': draftAdd,
  'POST /cgi-bin/freepublish/submit': freepublishSubmit,
  'POST /cgi-bin/freepublish/get': freepublishGet,
  'POST /cgi-bin/message/mass/sendall': massSendAll,
  'POST /cgi-bin/message/mass/get': massGet,
  'POST /datacube/getarticletotal': getArticleTotal,
  'POST /datacube/getarticlesummary': getArticleSummary,
}

/** Calls that create something people see: accept-then-hang applies to these. */
export const OA_CREATING = new Set(['/cgi-bin/freepublish/submit', '/cgi-bin/message/mass/sendall'])
