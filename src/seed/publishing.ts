// Demo linked accounts of 锦程银行, pointing at the local WeChat/WeCom server (`npm run fake-wechat`, started
// by `npm start` beside web and worker), so the demo publishes for real over HTTP; plus a first plan for
// the approved demo content. Accounts are looked up by name, so a re-run changes nothing.
import type { Payload } from 'payload'

import { DEMO_ACCOUNTS } from '../../tests/helpers/fake-wechat/accounts'

export const fakeWechatUrl = () => `http://127.0.0.1:${process.env.FAKE_WECHAT_PORT || 3900}`

const sys = { overrideAccess: true, depth: 0 } as const

export async function seedPublishing(payload: Payload): Promise<void> {
  const one = async (collection: 'branches' | 'users', field: string, value: string) =>
    String((await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, ...sys })).docs[0]?.id ?? '') || undefined
  const head = await one('branches', 'code', '0001')
  const shanghai = await one('branches', 'code', '1100')
  const lujiazui = await one('branches', 'code', '1101')
  const hangzhou = await one('branches', 'code', '1200')
  const manager01 = await one('users', 'email', 'manager01@jcbank.demo')
  const manager06 = await one('users', 'email', 'manager06@jcbank.demo')
  const [sub, svc] = DEMO_ACCOUNTS.oaApps
  const corp = DEMO_ACCOUNTS.corps[0]!
  const [robot1, robot2] = DEMO_ACCOUNTS.robotKeys
  const accounts = [
    { name: '锦程银行订阅号', kind: 'oa_subscription', identifier: sub!.appId, secret: sub!.appSecret, branch: head },
    { name: '锦程银行服务号', kind: 'oa_service', identifier: svc!.appId, secret: svc!.appSecret, branch: head },
    { name: '上海分行客户群', kind: 'wecom_groups', identifier: corp.corpId, secret: corp.corpSecret, senders: corp.members.slice(0, 3).join(','), branch: shanghai },
    { name: '锦程银行企业微信朋友圈', kind: 'wecom_moments', identifier: corp.corpId, secret: corp.corpSecret, senders: corp.members.join(','), branch: head },
    { name: '陆家嘴支行理财群机器人', kind: 'wecom_robot', secret: robot1, branch: lujiazui },
    { name: '杭州分行客户群机器人', kind: 'wecom_robot', secret: robot2, branch: hangzhou },
    { name: '锦程银行视频号', kind: 'channels_video', branch: head, manager: manager01 },
    { name: '客户经理朋友圈 · manager01', kind: 'personal_moments', branch: lujiazui, manager: manager01 },
    { name: '客户经理朋友圈 · manager06', kind: 'personal_moments', branch: await one('branches', 'code', '1102'), manager: manager06 },
  ]
  const ids = new Map<string, string>()
  for (const a of accounts) {
    const found = (await payload.find({ collection: 'channel-accounts', where: { name: { equals: a.name } }, limit: 1, ...sys })).docs[0]
    const doc = found ?? (await payload.create({ collection: 'channel-accounts', data: { ...a, baseUrl: fakeWechatUrl() } as never, ...sys }))
    ids.set(a.name, String(doc.id))
  }

  // a first plan for the approved demo content: a robot post in a few minutes, a manager's Moments today
  const content = (await payload.find({ collection: 'contents', where: { status: { equals: 'approved' } }, limit: 1, ...sys })).docs[0] as
    | { id: string; variants?: Record<string, { enabled?: boolean } | undefined> }
    | undefined
  if (!content) return
  const planned = await payload.count({ collection: 'publications', where: { content: { equals: content.id } }, overrideAccess: true })
  if (planned.totalDocs) return
  const soon = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString()
  // the manager's post stays on today's (Beijing) list even when the demo starts late in the evening
  const endOfBeijingDay = Math.floor((Date.now() + 8 * 3600_000) / 86_400_000) * 86_400_000 + 86_400_000 - 8 * 3600_000
  const laterToday = new Date(Math.min(Date.now() + 60 * 60_000, endOfBeijingDay - 5 * 60_000)).toISOString()
  const plan = [
    { account: '陆家嘴支行理财群机器人', variant: 'group', plannedAt: soon(3) },
    { account: '客户经理朋友圈 · manager01', variant: 'moments', plannedAt: laterToday },
    { account: '锦程银行订阅号', variant: 'article', plannedAt: soon(24 * 60) },
  ]
  for (const p of plan) {
    if (!content.variants?.[p.variant]?.enabled) continue
    await payload.create({ collection: 'publications', data: { content: content.id, account: ids.get(p.account), plannedAt: p.plannedAt } as never, ...sys })
  }
}
