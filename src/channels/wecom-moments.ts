/**
 * 企业微信客户朋友圈 (task mode). /cgi-bin/externalcontact/add_moment_task creates an async job; when
 * the job finishes (get_moment_task_result status 3) it yields a moment_id, and each manager in the
 * visible range confirms the post in WeCom (get_moment_task: publish_status 0 / 1).
 * Attachments: 9 images OR 1 video OR 1 link, uploaded via /cgi-bin/media/upload_attachment
 * (attachment_type 1 = 朋友圈). Text ≤ 2,000 characters.
 *
 * platformId: `moment:<jobid>` (the moment_id is looked up again from the job on every check).
 */
import { BadRequestError, TransientError } from './errors'
import { imageFileInfo } from './media'
import type { ChannelAdapter, ChannelContext, ChannelLimits, Metrics, PublishPayload, PublishResult, StatusResult } from './types'
import { assertPayload } from './validate'
import { corpClient, testCorpConnection, warmCorpToken, type CorpClient } from './wecom-common'

export const WECOM_MOMENTS_LIMITS: ChannelLimits = {
  textMaxChars: 2000,
  maxImages: 9,
  imageMaxBytes: 10 * 1024 * 1024,
  imageFormats: ['png', 'jpeg'],
  maxVideos: 1,
  maxLinks: 1,
  attachmentsExclusive: true,
  recommendedSizes: [{ name: 'poster 9:16', width: 1080, height: 1920 }, { name: 'square 1:1', width: 1080, height: 1080 }],
  rules: [
    // Customers see at most 3 enterprise Moments a day; planning more per account only wastes tasks.
    { id: 'moments_daily', action: 'send', window: 'day_shanghai', max: 3, label: { zh: '客户每天最多看到企业发表的 3 条朋友圈', en: 'Customers see at most 3 company Moments a day' } },
  ],
}

type Attachment =
  | { msgtype: 'image'; image: { media_id: string } }
  | { msgtype: 'video'; video: { media_id: string } }
  | { msgtype: 'link'; link: { title: string; url: string; media_id?: string } }

async function uploadAttachment(wc: CorpClient, mediaType: 'image' | 'video', data: Buffer, filename: string, contentType: string): Promise<string> {
  const r = await wc.call<{ media_id: string }>({
    path: '/cgi-bin/media/upload_attachment',
    query: { media_type: mediaType, attachment_type: 1 },
    step: 'media/upload_attachment',
    files: [{ field: 'media', filename, contentType, data }],
  })
  return r.media_id
}

async function publishMoments(ctx: ChannelContext, payload: PublishPayload): Promise<PublishResult> {
  assertPayload(WECOM_MOMENTS_LIMITS, payload)
  const senders = [...new Set(payload.senders ?? [])]
  if (!senders.length) throw new BadRequestError({ zh: '请选择发表朋友圈的客户经理', en: 'Pick the managers who will post this', step: 'validate' })
  if (!payload.text && !payload.images?.length && !payload.video && !payload.links?.length) {
    throw new BadRequestError({ zh: '没有可发表的内容', en: 'Nothing to post', step: 'validate' })
  }
  const wc = corpClient(ctx)
  const attachments: Attachment[] = []
  for (const [i, img] of (payload.images ?? []).entries()) {
    const f = imageFileInfo(img, `poster-${i + 1}`)
    attachments.push({ msgtype: 'image', image: { media_id: await uploadAttachment(wc, 'image', img.data, f.filename, f.contentType) } })
  }
  if (payload.video) {
    const v = payload.video
    attachments.push({ msgtype: 'video', video: { media_id: await uploadAttachment(wc, 'video', v.data, v.filename ?? 'video.mp4', v.mime ?? 'video/mp4') } })
  }
  const link = payload.links?.[0]
  if (link) {
    let media_id: string | undefined
    if (link.image) {
      const f = imageFileInfo(link.image, 'link-cover')
      media_id = await uploadAttachment(wc, 'image', link.image.data, f.filename, f.contentType)
    }
    attachments.push({ msgtype: 'link', link: { title: link.title, url: link.url, ...(media_id ? { media_id } : {}) } })
  }
  const r = await wc.create<{ jobid: string }>(payload, {
    path: '/cgi-bin/externalcontact/add_moment_task',
    step: 'add_moment_task',
    json: {
      ...(payload.text ? { text: { content: payload.text } } : {}),
      attachments,
      visible_range: {
        sender_list: { user_list: senders },
        ...(payload.customerTagIds?.length ? { external_contact_list: { tag_list: payload.customerTagIds } } : {}),
      },
    },
  })
  return { platformId: `moment:${r.jobid}`, status: 'task_created', raw: r }
}

function jobidOf(platformId: string): string {
  const [type, jobid] = platformId.split(':')
  if (type !== 'moment' || !jobid) throw new BadRequestError({ zh: '无法识别的朋友圈任务编号', en: 'Unrecognised Moments task id', step: 'parse' })
  return jobid
}

interface JobResult {
  status: number // 1 started, 2 processing, 3 finished
  type?: string
  result?: { errcode?: number; errmsg?: string; moment_id?: string; invalid_sender_list?: { user_list?: string[] } }
}

async function jobResult(wc: CorpClient, jobid: string): Promise<JobResult> {
  return wc.call<JobResult & { errcode?: number }>({ path: '/cgi-bin/externalcontact/get_moment_task_result', method: 'GET', query: { jobid }, step: 'get_moment_task_result' })
}

async function memberTasks(wc: CorpClient, momentId: string): Promise<{ userid: string; publish_status: number }[]> {
  const out: { userid: string; publish_status: number }[] = []
  let cursor = ''
  for (let page = 0; page < 50; page++) {
    const r = await wc.call<{ task_list?: { userid: string; publish_status: number }[]; next_cursor?: string }>({ path: '/cgi-bin/externalcontact/get_moment_task', step: 'get_moment_task', json: { moment_id: momentId, cursor, limit: 1000 } })
    out.push(...(r.task_list ?? []))
    if (!r.next_cursor) break
    cursor = r.next_cursor
  }
  return out
}

async function checkMoments(ctx: ChannelContext, platformId: string): Promise<StatusResult> {
  const wc = corpClient(ctx)
  const job = await jobResult(wc, jobidOf(platformId))
  if (job.status !== 3) return { status: 'publishing', final: false, raw: job }
  const errcode = job.result?.errcode ?? 0
  if (errcode !== 0 || !job.result?.moment_id) {
    return { status: 'failed', final: true, reason: { zh: `创建朋友圈任务失败（${errcode}）`, en: `Moments task creation failed (${errcode})` }, raw: job }
  }
  const tasks = await memberTasks(wc, job.result.moment_id)
  const byUser: Record<string, 'pending' | 'sent' | 'failed'> = {}
  for (const t of tasks) byUser[t.userid] = t.publish_status === 1 ? 'sent' : 'pending'
  for (const u of job.result.invalid_sender_list?.user_list ?? []) byUser[u] = 'failed'
  const total = tasks.length
  const done = tasks.filter((t) => t.publish_status === 1).length
  const status = total > 0 && done === total ? 'done' : done > 0 ? 'partially_done' : 'task_created'
  return { status, final: status === 'done', progress: { done, total, byUser }, raw: { momentId: job.result.moment_id } }
}

async function metricsMoments(ctx: ChannelContext, platformId: string): Promise<Metrics> {
  const wc = corpClient(ctx)
  const job = await jobResult(wc, jobidOf(platformId))
  const momentId = job.result?.moment_id
  if (job.status !== 3 || !momentId) {
    if (job.status !== 3) throw new TransientError({ zh: '朋友圈任务尚在创建中', en: 'Moments task is still being created', step: 'get_moment_task_result' })
    return { reads: 0, likes: 0, shares: 0, comments: 0, reach: 0 }
  }
  let likes = 0, comments = 0, posted = 0
  for (const t of await memberTasks(wc, momentId)) {
    if (t.publish_status !== 1) continue
    posted++
    const r = await wc.call<{ comment_list?: unknown[]; like_list?: unknown[] }>({ path: '/cgi-bin/externalcontact/get_moment_comments', step: 'get_moment_comments', json: { moment_id: momentId, userid: t.userid } })
    likes += r.like_list?.length ?? 0
    comments += r.comment_list?.length ?? 0
  }
  return { reads: 0, likes, shares: 0, comments, extra: { managersPosted: posted } }
}

export const wecomMoments: ChannelAdapter = {
  kind: 'wecom_moments',
  mode: 'task',
  limits: WECOM_MOMENTS_LIMITS,
  label: { zh: '企业微信客户朋友圈', en: 'WeCom customer Moments' },
  publish: publishMoments,
  checkStatus: checkMoments,
  fetchMetrics: metricsMoments,
  testConnection: testCorpConnection,
  warmUp: warmCorpToken,
}
