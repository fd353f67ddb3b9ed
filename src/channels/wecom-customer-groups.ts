/**
 * 企业微信客户群群发 (task mode). /cgi-bin/externalcontact/add_msg_template with chat_type "group"
 * creates a task that the sender (a customer manager) confirms in WeCom; nothing reaches a group until
 * they do. One template per sender, because a group task has exactly one sender.
 * Images are uploaded first as temporary media (/cgi-bin/media/upload, valid 3 days).
 * Status: get_groupmsg_task (per sender: 0 not sent, 2 sent). Metrics: get_groupmsg_send_result
 * (per group: 0 not sent, 1 sent, 2/3 failed).
 *
 * platformId: `groupmsg:<msgid>[,<msgid>...]`.
 */
import { BadRequestError } from './errors'
import { imageFileInfo } from './media'
import type { ChannelAdapter, ChannelContext, ChannelLimits, Metrics, PublishPayload, PublishResult, StatusResult } from './types'
import { assertPayload } from './validate'
import { corpClient, testCorpConnection, warmCorpToken } from './wecom-common'

export const WECOM_GROUPS_LIMITS: ChannelLimits = {
  textMaxBytes: 4000,
  maxImages: 9,
  imageMaxBytes: 10 * 1024 * 1024,
  imageFormats: ['png', 'jpeg'],
  maxVideos: 0,
  maxLinks: 9,
  recommendedSizes: [{ name: 'poster 9:16', width: 1080, height: 1920 }],
  rules: [],
}

type Attachment =
  | { msgtype: 'image'; image: { media_id: string } }
  | { msgtype: 'link'; link: { title: string; picurl?: string; desc?: string; url: string } }

async function publishGroups(ctx: ChannelContext, payload: PublishPayload): Promise<PublishResult> {
  assertPayload(WECOM_GROUPS_LIMITS, payload)
  const senders = [...new Set(payload.senders ?? [])]
  if (!senders.length) throw new BadRequestError({ zh: '请选择执行群发的客户经理', en: 'Pick the managers who will send this', step: 'validate' })
  if (!payload.text && !payload.images?.length && !payload.links?.length) {
    throw new BadRequestError({ zh: '没有可发送的内容', en: 'Nothing to send', step: 'validate' })
  }
  if ((payload.images?.length ?? 0) + (payload.links?.length ?? 0) > 9) {
    throw new BadRequestError({ zh: '附件最多 9 个', en: 'At most 9 attachments', step: 'validate' })
  }
  const wc = corpClient(ctx)
  const attachments: Attachment[] = []
  for (const [i, img] of (payload.images ?? []).entries()) {
    const f = imageFileInfo(img, `poster-${i + 1}`)
    const r = await wc.call<{ media_id: string }>({ path: '/cgi-bin/media/upload', query: { type: 'image' }, step: 'media/upload', files: [{ field: 'media', filename: f.filename, contentType: f.contentType, data: img.data }] })
    attachments.push({ msgtype: 'image', image: { media_id: r.media_id } })
  }
  for (const l of payload.links ?? []) attachments.push({ msgtype: 'link', link: { title: l.title, url: l.url, desc: l.description, picurl: l.picUrl } })

  const msgids: string[] = []
  const failed: string[] = []
  for (const sender of senders) {
    const r = await wc.create<{ msgid: string; fail_list?: string[] }>(payload, {
      path: '/cgi-bin/externalcontact/add_msg_template',
      step: 'add_msg_template',
      json: { chat_type: 'group', sender, ...(payload.text ? { text: { content: payload.text } } : {}), attachments },
    })
    msgids.push(r.msgid)
    failed.push(...(r.fail_list ?? []))
  }
  return { platformId: `groupmsg:${msgids.join(',')}`, status: 'task_created', raw: { msgids, senders, failList: failed } }
}

function msgidsOf(platformId: string): string[] {
  const [type, rest] = platformId.split(':')
  if (type !== 'groupmsg' || !rest) throw new BadRequestError({ zh: '无法识别的群发任务编号', en: 'Unrecognised group task id', step: 'parse' })
  return rest.split(',').filter(Boolean)
}

interface GroupTask {
  userid: string
  status: number
  send_time?: number
}

async function listTasks(ctx: ChannelContext, msgid: string): Promise<GroupTask[]> {
  const wc = corpClient(ctx)
  const out: GroupTask[] = []
  let cursor = ''
  for (let page = 0; page < 50; page++) {
    const r = await wc.call<{ task_list?: GroupTask[]; next_cursor?: string }>({ path: '/cgi-bin/externalcontact/get_groupmsg_task', step: 'get_groupmsg_task', json: { msgid, limit: 1000, cursor } })
    out.push(...(r.task_list ?? []))
    if (!r.next_cursor) break
    cursor = r.next_cursor
  }
  return out
}

async function checkGroups(ctx: ChannelContext, platformId: string): Promise<StatusResult> {
  const byUser: Record<string, 'pending' | 'sent' | 'failed'> = {}
  for (const msgid of msgidsOf(platformId)) {
    for (const t of await listTasks(ctx, msgid)) byUser[t.userid] = t.status === 2 ? 'sent' : 'pending'
  }
  const total = Object.keys(byUser).length
  const done = Object.values(byUser).filter((s) => s === 'sent').length
  const status = total > 0 && done === total ? 'done' : done > 0 ? 'partially_done' : 'task_created'
  return { status, final: status === 'done', progress: { done, total, byUser } }
}

interface SendResult {
  external_userid?: string
  chat_id?: string
  userid: string
  status: number
}

async function metricsGroups(ctx: ChannelContext, platformId: string): Promise<Metrics> {
  const wc = corpClient(ctx)
  let sent = 0, failed = 0, pending = 0
  for (const msgid of msgidsOf(platformId)) {
    for (const t of await listTasks(ctx, msgid)) {
      let cursor = ''
      for (let page = 0; page < 50; page++) {
        const r = await wc.call<{ send_list?: SendResult[]; next_cursor?: string }>({ path: '/cgi-bin/externalcontact/get_groupmsg_send_result', step: 'get_groupmsg_send_result', json: { msgid, userid: t.userid, limit: 1000, cursor } })
        for (const s of r.send_list ?? []) {
          if (s.status === 1) sent++
          else if (s.status === 0) pending++
          else failed++
        }
        if (!r.next_cursor) break
        cursor = r.next_cursor
      }
    }
  }
  // Groups show no read counts; reach is the number of groups the message landed in.
  return { reads: 0, likes: 0, shares: 0, comments: 0, reach: sent, extra: { groupsSent: sent, groupsPending: pending, groupsFailed: failed } }
}

export const wecomCustomerGroups: ChannelAdapter = {
  kind: 'wecom_groups',
  mode: 'task',
  limits: WECOM_GROUPS_LIMITS,
  label: { zh: '企业微信客户群', en: 'WeCom customer groups' },
  publish: publishGroups,
  checkStatus: checkGroups,
  fetchMetrics: metricsGroups,
  testConnection: testCorpConnection,
  warmUp: warmCorpToken,
}
