/**
 * 企业微信群机器人: POST /cgi-bin/webhook/send?key=<webhookKey>.
 * Message types: text (≤ 2048 bytes), markdown (≤ 4096 bytes), image (base64 + md5, JPG/PNG ≤ 2 MB),
 * news (1–8 articles). 20 messages per minute per robot (declared below, enforced by rate-limit.ts).
 * A publication may become several messages (copy first, then each poster image); each is a
 * creating call, reported to ctx hooks as `webhook/send#<n>`.
 * The webhook returns no message id, so platformId is `robot:<publicationId>:<messageCount>`.
 */
import { AuthExpiredError, BadRequestError } from './errors'
import { DEFAULT_TIMEOUT_MS, QYAPI_ORIGIN, callJson } from './http'
import { md5Hex } from './media'
import type { ChannelAdapter, ChannelContext, ChannelLimits, PublishPayload, PublishResult } from './types'
import { assertPayload } from './validate'

export const WECOM_ROBOT_LIMITS: ChannelLimits = {
  textMaxBytes: 2048,
  markdownMaxBytes: 4096,
  maxImages: 9,
  imageMaxBytes: 2 * 1024 * 1024,
  imageFormats: ['png', 'jpeg'],
  maxVideos: 0,
  maxLinks: 8,
  rules: [
    { id: 'robot_per_minute', action: 'send', window: 'minute_sliding', max: 20, label: { zh: '每个机器人每分钟最多 20 条消息', en: 'At most 20 messages per minute per robot' } },
  ],
}

type RobotMessage =
  | { msgtype: 'text'; text: { content: string; mentioned_mobile_list?: string[] } }
  | { msgtype: 'markdown'; markdown: { content: string } }
  | { msgtype: 'image'; image: { base64: string; md5: string } }
  | { msgtype: 'news'; news: { articles: { title: string; description?: string; url: string; picurl?: string }[] } }

/** Turns a payload into the robot messages it needs, in order. */
export function buildRobotMessages(p: PublishPayload): RobotMessage[] {
  const out: RobotMessage[] = []
  const type = p.robotMsgType
  const textMsg = (): RobotMessage | null =>
    p.text ? { msgtype: 'text', text: { content: p.text, ...(p.mentionedMobiles?.length ? { mentioned_mobile_list: p.mentionedMobiles } : {}) } } : null
  const mdMsg = (): RobotMessage | null => (p.markdown ? { msgtype: 'markdown', markdown: { content: p.markdown } } : null)
  const newsMsg = (): RobotMessage | null =>
    p.links?.length
      ? { msgtype: 'news', news: { articles: p.links.map((l) => ({ title: l.title, description: l.description, url: l.url, picurl: l.picUrl })) } }
      : null
  const imageMsgs = (): RobotMessage[] =>
    (p.images ?? []).map((m) => ({ msgtype: 'image', image: { base64: m.data.toString('base64'), md5: md5Hex(m.data) } }))

  if (type === 'text') out.push(...[textMsg()].filter((m): m is RobotMessage => !!m))
  else if (type === 'markdown') out.push(...[mdMsg()].filter((m): m is RobotMessage => !!m))
  else if (type === 'news') out.push(...[newsMsg()].filter((m): m is RobotMessage => !!m))
  else if (type === 'image') out.push(...imageMsgs())
  else {
    const first = mdMsg() ?? newsMsg() ?? textMsg()
    if (first) out.push(first)
    out.push(...imageMsgs())
  }
  return out
}

async function publishRobot(ctx: ChannelContext, payload: PublishPayload): Promise<PublishResult> {
  assertPayload(WECOM_ROBOT_LIMITS, payload)
  const key = ctx.credentials.webhookKey
  if (!key) throw new AuthExpiredError({ zh: '机器人缺少 Webhook Key，请重新绑定', en: 'Robot has no webhook key: re-link it', step: 'webhook/send' })
  const messages = buildRobotMessages(payload)
  if (!messages.length) throw new BadRequestError({ zh: '没有可发送的内容', en: 'Nothing to send', step: 'validate' })
  if (messages.length > 20) throw new BadRequestError({ zh: '单次发布超过 20 条消息', en: 'More than 20 messages in one publication', step: 'validate' })
  for (const [i, msg] of messages.entries()) {
    const info = { step: `webhook/send#${i + 1}`, accountId: ctx.accountId, publicationId: payload.publicationId }
    await callJson({
      baseUrl: ctx.baseUrl ?? QYAPI_ORIGIN,
      path: '/cgi-bin/webhook/send',
      query: { key },
      json: msg,
      step: info.step,
      creating: true,
      timeoutMs: ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      beforeSend: () => ctx.beforeCreate?.(info),
      onSent: () => ctx.onSent?.(info),
    })
  }
  return { platformId: `robot:${payload.publicationId}:${messages.length}`, status: 'published', raw: { messages: messages.map((m) => m.msgtype) } }
}

export const wecomRobot: ChannelAdapter = {
  kind: 'wecom_robot',
  mode: 'auto',
  limits: WECOM_ROBOT_LIMITS,
  label: { zh: '企业微信群机器人', en: 'WeCom group robot' },
  publish: publishRobot,
  // The webhook answers synchronously: once accepted, the message is in the group.
  async checkStatus() {
    return { status: 'published', final: true }
  },
  // Robots expose no read or reaction numbers; clicks come from our tracking links.
  async fetchMetrics() {
    return { reads: 0, likes: 0, shares: 0, comments: 0 }
  },
  async testConnection(ctx) {
    // There is no read-only robot endpoint: a connection test is only a credential check, so it never
    // posts into a customer group by surprise.
    const key = ctx.credentials.webhookKey
    if (!key || !/^[A-Za-z0-9-]{8,}$/.test(key)) {
      return { ok: false, message: { zh: 'Webhook Key 格式不正确', en: 'Webhook key looks malformed' } }
    }
    return { ok: true, message: { zh: 'Webhook Key 格式正确（机器人无只读接口，未发送测试消息）', en: 'Webhook key looks valid (robots have no read-only API; no test message sent)' } }
  },
}
