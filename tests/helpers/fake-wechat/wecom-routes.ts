/**
 * qyapi.weixin.qq.com endpoints (企业微信): gettoken, temporary media, group robot webhook, customer
 * group mass-message tasks and customer Moments tasks, with their real shapes and errcodes.
 * Managers "confirm" tasks as the fake is polled, so results progress without a person.
 */
import { createHash } from 'node:crypto'
import { between, seeded } from './numbers.js'
import { HANG, authCorp, chars, err, isAnswer, issueToken, newId, ok, sniff, type Route } from './route-kit.js'

// A WeCom group-send task counts as sent once the manager confirms it in WeCom; here that happens after
// this many result polls (default 2). Browser tests raise it so tasks wait for the manager's own "done".
const confirmPolls = () => Number(process.env.FAKE_WECOM_CONFIRM_POLLS || 2)

const gettoken: Route = (req, ctx) => {
  const corp = ctx.state.corps.get(req.query.get('corpid') ?? '')
  if (!corp) return err(40013, 'invalid corpid')
  if (req.query.get('corpsecret') !== corp.corpSecret) return err(40001, 'invalid secret')
  return issueToken(ctx, corp.corpId, 'corp')
}

function storeUpload(req: Parameters<Route>[0], ctx: Parameters<Route>[1], owner: string, kind: 'temp' | 'attachment', type: string) {
  const part = req.parts.find((p) => p.name === 'media')
  if (!part || !part.data.length) return err(44001, 'empty media data')
  const fmt = sniff(part.data)
  if (type === 'image') {
    if (fmt !== 'png' && fmt !== 'jpeg') return err(40007, 'invalid media_id')
    if (part.data.length > 10 * 1024 * 1024) return err(40009, 'invalid image size')
  } else if (type === 'video') {
    if (part.data.length < 5) return err(40006, 'invalid file size')
  } else if (type !== 'file') {
    return err(40004, 'invalid media type')
  }
  const media_id = newId('3a', 40)
  ctx.state.media.set(media_id, { owner, kind, type, bytes: part.data.length, format: fmt ?? 'binary' })
  return ok({ type, media_id, created_at: String(Math.floor(ctx.now() / 1000)) })
}

const mediaUpload: Route = (req, ctx) => {
  const corp = authCorp(req, ctx)
  if (isAnswer(corp)) return corp
  return storeUpload(req, ctx, corp.corpId, 'temp', req.query.get('type') ?? '')
}

const uploadAttachment: Route = (req, ctx) => {
  const corp = authCorp(req, ctx)
  if (isAnswer(corp)) return corp
  if (req.query.get('attachment_type') !== '1') return err(40058, 'invalid attachment_type')
  return storeUpload(req, ctx, corp.corpId, 'attachment', req.query.get('media_type') ?? '')
}

const ROBOT_PER_MINUTE = 20

const webhookSend: Route = (req, ctx) => {
  const key = req.query.get('key') ?? ''
  if (!ctx.state.robotKeys.has(key)) return err(93000, 'invalid webhook url')
  const now = ctx.now()
  const sends = (ctx.state.robotSends.get(key) ?? []).filter((t) => t > now - 60_000)
  if (sends.length >= ROBOT_PER_MINUTE) return err(45009, 'api freq out of limit')
  const b = req.json ?? {}
  let content: string | undefined
  switch (b.msgtype) {
    case 'text':
      if (!b.text?.content) return err(44004, 'empty content')
      if (Buffer.byteLength(b.text.content) > 2048) return err(40058, 'content exceed max length 2048')
      content = b.text.content
      break
    case 'markdown':
      if (!b.markdown?.content) return err(44004, 'empty content')
      if (Buffer.byteLength(b.markdown.content) > 4096) return err(40058, 'markdown.content exceed max length 4096')
      content = b.markdown.content
      break
    case 'image': {
      const data = Buffer.from(String(b.image?.base64 ?? ''), 'base64')
      if (!data.length) return err(44001, 'empty media data')
      const fmt = sniff(data)
      if (fmt !== 'png' && fmt !== 'jpeg') return err(40007, 'invalid media_id')
      if (data.length > 2 * 1024 * 1024) return err(40009, 'invalid image size')
      if (createHash('md5').update(data).digest('hex') !== String(b.image?.md5 ?? '').toLowerCase()) return err(301019, 'media md5 not match')
      content = `[image ${data.length} bytes]`
      break
    }
    case 'news': {
      const arts = b.news?.articles
      if (!Array.isArray(arts) || arts.length < 1) return err(44003, 'empty news data')
      if (arts.length > 8) return err(40058, 'articles exceed max count 8')
      if (arts.some((a: { title?: string; url?: string }) => !a.title || !a.url)) return err(40058, 'invalid Request Parameter')
      content = arts.map((a: { title: string }) => a.title).join(' | ')
      break
    }
    default:
      return err(40008, 'invalid message type')
  }
  sends.push(now)
  ctx.state.robotSends.set(key, sends)
  ctx.state.seq++
  if (ctx.record({ kind: 'robot', account: key, id: String(ctx.state.seq), msgtype: b.msgtype, content })) return HANG
  return ok()
}

type Att = { msgtype: string; image?: { media_id?: string; pic_url?: string }; link?: { title?: string; url?: string; media_id?: string }; video?: { media_id?: string } }

function checkAttachments(atts: Att[], owner: string, ctx: Parameters<Route>[1], kind: 'temp' | 'attachment') {
  for (const a of atts) {
    if (a.msgtype === 'image') {
      if (a.image?.pic_url) continue
      const m = ctx.state.media.get(a.image?.media_id ?? '')
      if (!m || m.owner !== owner || m.kind !== kind) return err(40007, 'invalid media_id')
    } else if (a.msgtype === 'video') {
      const m = ctx.state.media.get(a.video?.media_id ?? '')
      if (!m || m.owner !== owner || m.kind !== kind) return err(40007, 'invalid media_id')
    } else if (a.msgtype === 'link') {
      if (!a.link?.title || !a.link?.url) return err(40058, 'invalid link attachment')
    } else if (a.msgtype !== 'miniprogram' && a.msgtype !== 'file') {
      return err(40008, 'invalid message type')
    }
  }
  return null
}

const addMsgTemplate: Route = (req, ctx) => {
  const corp = authCorp(req, ctx)
  if (isAnswer(corp)) return corp
  const b = req.json ?? {}
  const chatType = b.chat_type ?? 'single'
  if (chatType !== 'single' && chatType !== 'group') return err(40058, 'invalid chat_type')
  if (chatType === 'group' && !b.sender) return err(40003, 'invalid userid')
  if (b.sender && !corp.members.includes(b.sender)) return err(40003, 'invalid userid')
  const atts: Att[] = Array.isArray(b.attachments) ? b.attachments : []
  if (!b.text?.content && atts.length === 0) return err(44004, 'empty content')
  if (Buffer.byteLength(b.text?.content ?? '') > 4000) return err(40058, 'text.content exceed max length 4000')
  if (atts.length > 9) return err(40058, 'attachments exceed max count 9')
  const bad = checkAttachments(atts, corp.corpId, ctx, 'temp')
  if (bad) return bad
  const msgid = newId('msgGCAAA', 16)
  const r = seeded(msgid, 'groups')
  ctx.state.groupTasks.set(msgid, { owner: corp.corpId, sender: b.sender, polls: 0, groups: between(r, 2, 6) })
  if (ctx.record({ kind: 'wecom_group_task', account: corp.corpId, id: msgid, content: b.text?.content, senders: [b.sender] })) return HANG
  return ok({ fail_list: [], msgid })
}

const getGroupmsgTask: Route = (req, ctx) => {
  const corp = authCorp(req, ctx)
  if (isAnswer(corp)) return corp
  const t = ctx.state.groupTasks.get(req.json?.msgid ?? '')
  if (!t || t.owner !== corp.corpId) return err(41063, 'invalid msgid')
  t.polls++
  // The manager confirms in WeCom between the first and second poll.
  const sent = t.polls >= confirmPolls()
  return ok({ next_cursor: '', task_list: [{ userid: t.sender, status: sent ? 2 : 0, ...(sent ? { send_time: Math.floor(ctx.now() / 1000) } : {}) }] })
}

const getGroupmsgSendResult: Route = (req, ctx) => {
  const corp = authCorp(req, ctx)
  if (isAnswer(corp)) return corp
  const msgid = req.json?.msgid ?? ''
  const t = ctx.state.groupTasks.get(msgid)
  if (!t || t.owner !== corp.corpId) return err(41063, 'invalid msgid')
  if (req.json?.userid && req.json.userid !== t.sender) return ok({ next_cursor: '', send_list: [] })
  const sent = t.polls >= confirmPolls()
  const send_list = Array.from({ length: t.groups }, (_, i) => ({
    chat_id: `wrOgQhDgAA${createHash('md5').update(`${msgid}:${i}`).digest('hex').slice(0, 18)}`,
    userid: t.sender,
    status: sent ? 1 : 0,
    ...(sent ? { send_time: Math.floor(ctx.now() / 1000) } : {}),
  }))
  return ok({ next_cursor: '', send_list })
}

const addMomentTask: Route = (req, ctx) => {
  const corp = authCorp(req, ctx)
  if (isAnswer(corp)) return corp
  const b = req.json ?? {}
  const atts: Att[] = Array.isArray(b.attachments) ? b.attachments : []
  if (!b.text?.content && atts.length === 0) return err(44004, 'empty content')
  if (chars(b.text?.content) > 2000) return err(40058, 'text.content exceed max length 2000')
  const images = atts.filter((a) => a.msgtype === 'image').length
  const others = atts.length - images
  if (images > 9 || others > 1 || (images > 0 && others > 0)) return err(40058, 'invalid attachments: 9 images or 1 video or 1 link')
  const bad = checkAttachments(atts, corp.corpId, ctx, 'attachment')
  if (bad) return bad
  const requested: string[] = b.visible_range?.sender_list?.user_list ?? corp.members
  const senders = requested.filter((u) => corp.members.includes(u))
  const jobid = newId('xxxxx', 18)
  ctx.state.momentJobs.set(jobid, { owner: corp.corpId, senders, polls: 0, momentId: newId('momxxxxxx', 16) })
  if (ctx.record({ kind: 'wecom_moment_task', account: corp.corpId, id: jobid, content: b.text?.content, senders })) return HANG
  return ok({ jobid })
}

const getMomentTaskResult: Route = (req, ctx) => {
  const corp = authCorp(req, ctx)
  if (isAnswer(corp)) return corp
  const job = ctx.state.momentJobs.get(req.query.get('jobid') ?? '')
  if (!job || job.owner !== corp.corpId) return err(40058, 'invalid jobid')
  job.polls++
  if (job.polls < 2) return ok({ status: 2, type: 'add_moment_task' })
  if (!ctx.state.moments.has(job.momentId)) {
    ctx.state.moments.set(job.momentId, { jobid: req.query.get('jobid')!, owner: corp.corpId, senders: job.senders, polls: 0 })
  }
  return ok({
    status: 3,
    type: 'add_moment_task',
    result: {
      errcode: 0,
      errmsg: 'ok',
      moment_id: job.momentId,
      invalid_sender_list: { user_list: [], department_list: [] },
      invalid_external_contact_list: { tag_list: [] },
    },
  })
}

const getMomentTask: Route = (req, ctx) => {
  const corp = authCorp(req, ctx)
  if (isAnswer(corp)) return corp
  const m = ctx.state.moments.get(req.json?.moment_id ?? '')
  if (!m || m.owner !== corp.corpId) return err(40058, 'invalid moment_id')
  m.polls++
  // One more manager posts with every poll.
  return ok({ next_cursor: '', task_list: m.senders.map((userid, i) => ({ userid, publish_status: i < m.polls - 1 ? 1 : 0 })) })
}

const getMomentComments: Route = (req, ctx) => {
  const corp = authCorp(req, ctx)
  if (isAnswer(corp)) return corp
  const momentId = req.json?.moment_id ?? ''
  const m = ctx.state.moments.get(momentId)
  if (!m || m.owner !== corp.corpId) return err(40058, 'invalid moment_id')
  const r = seeded(`${momentId}:${req.json?.userid ?? ''}`, 'moment')
  const t = Math.floor(ctx.now() / 1000)
  const people = (n: number, tag: string) =>
    Array.from({ length: n }, (_, i) => ({ external_userid: `wmEAlECwAA${tag}${String(i).padStart(4, '0')}`, create_time: t - i * 60 }))
  return ok({ comment_list: people(between(r, 0, 6), 'c'), like_list: people(between(r, 3, 28), 'l') })
}

export const WECOM_ROUTES: Record<string, Route> = {
  'GET /cgi-bin/gettoken': gettoken,
  'POST /cgi-bin/media/upload': mediaUpload,
  'POST /cgi-bin/media/upload_attachment': uploadAttachment,
  'POST /cgi-bin/webhook/send': webhookSend,
  'POST /cgi-bin/externalcontact/add_msg_template': addMsgTemplate,
  'POST /cgi-bin/externalcontact/get_groupmsg_task': getGroupmsgTask,
  'POST /cgi-bin/externalcontact/get_groupmsg_send_result': getGroupmsgSendResult,
  'POST /cgi-bin/externalcontact/add_moment_task': addMomentTask,
  'GET /cgi-bin/externalcontact/get_moment_task_result': getMomentTaskResult,
  'POST /cgi-bin/externalcontact/get_moment_task': getMomentTask,
  'POST /cgi-bin/externalcontact/get_moment_comments': getMomentComments,
}

export const WECOM_CREATING = new Set([
  '/cgi-bin/webhook/send',
  '/cgi-bin/externalcontact/add_msg_template',
  '/cgi-bin/externalcontact/add_moment_task',
])
