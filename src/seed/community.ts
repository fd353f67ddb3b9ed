// Community demo data, idempotent: the activity library, two customer groups per demo manager, the
// approved group contents of a weekly SOP, and the head-office SOP that turns them into daily tasks.
import type { Payload } from 'payload'

import type { SessionUser } from '../access/roles'
import { transitionContent } from '../collections/Contents/workflow'
import { ACTIVITY_SEEDS, type ActivitySeed } from '../lib/seed-data/activities'
import { demoManagers } from './demo-people'

const sys = { overrideAccess: true, depth: 0 } as const
type Doc = Record<string, any>

async function findOne(payload: Payload, collection: string, field: string, value: string): Promise<Doc | null> {
  const r = await payload.find({ collection: collection as never, where: { [field]: { equals: value } }, limit: 1, ...sys })
  return (r.docs[0] as Doc) ?? null
}

/** "一等奖3名：电饭煲" → a prize of weight 3; a lottery whose prizes are all counted gets a 谢谢参与 up to 100. */
export function prizesOf(seed: ActivitySeed): { name: string; weight: number; winning: boolean }[] {
  const prizes = seed.rewards.map((r) => {
    const m = r.match(/^(.+?)(\d+)名[：:](.+)$/)
    return m ? { name: `${m[1]} ${m[3]}`, weight: Number(m[2]), winning: true } : { name: r.replace(/[：:]/, ' '), weight: 40, winning: true }
  })
  const counted = seed.rewards.every((r) => /\d+名[：:]/.test(r))
  const total = prizes.reduce((a, p) => a + p.weight, 0)
  if (counted && total < 100) prizes.push({ name: '谢谢参与', weight: 100 - total, winning: false })
  return prizes
}

export function activityData(seed: ActivitySeed): Record<string, unknown> {
  return {
    code: seed.code,
    title: seed.nameZh,
    kind: seed.type,
    theme: seed.theme,
    format: seed.format,
    durationMinutes: Math.min(60, seed.durationMinutes),
    rules: seed.rules.join('\n'),
    questions: seed.questions.map((q) => ({
      prompt: q.prompt,
      ...Object.fromEntries((q.options ?? []).map((o) => [`option${o.key}`, o.text])),
      answer: q.answer,
      explanation: q.explanation,
    })),
    prizes: seed.type === 'lottery' ? prizesOf(seed) : [],
    rewards: seed.rewards.map((r) => {
      const [name, rule] = r.split(/[：:]/)
      return rule ? { name: rule, rule: name } : { name }
    }),
    groupMessage: seed.groupMessage,
    poster: seed.posterSlots,
    tags: seed.festivalSlugs,
  }
}

export async function seedActivities(payload: Payload): Promise<void> {
  for (const seed of ACTIVITY_SEEDS) {
    if (await findOne(payload, 'activities', 'code', seed.code)) continue
    await payload.create({ collection: 'activities', data: activityData(seed) as never, ...sys })
  }
}

const asSession = (u: Doc) => ({ ...u, collection: 'users' }) as unknown as SessionUser

/** An approved content with an enabled group variant, written and reviewed through the content workflow. */
export async function ensureGroupContent(payload: Payload, args: { title: string; text: string; activity?: string; editor: Doc; reviewer: Doc }): Promise<string> {
  const existing = await findOne(payload, 'contents', 'title', args.title)
  if (existing) return String(existing.id)
  const doc = await payload.create({
    collection: 'contents',
    data: { title: args.title, category: 'general', master: args.text, variants: { group: { enabled: true, text: args.text, activity: args.activity } } } as never,
    overrideAccess: false,
    user: asSession(args.editor),
    depth: 0,
  })
  await transitionContent(payload, { id: String(doc.id), to: 'in_review', user: asSession(args.editor) })
  await transitionContent(payload, { id: String(doc.id), to: 'approved', user: asSession(args.reviewer) })
  return String(doc.id)
}

/** The demo weekly rhythm: Mon news, Tue product, Wed game then product, Thu anti-fraud, Fri weekend perks. */
export const DEMO_SOP_NAME = '锦程银行社群周运营SOP'

export async function seedDemoSop(payload: Payload): Promise<void> {
  if (await findOne(payload, 'group-sops', 'name', DEMO_SOP_NAME)) return
  const editor = await findOne(payload, 'users', 'email', 'editor@jcbank.demo')
  const reviewer = await findOne(payload, 'users', 'email', 'reviewer@jcbank.demo')
  const head = await findOne(payload, 'branches', 'code', '0001')
  const quiz = await findOne(payload, 'activities', 'code', 'quiz-anti-fraud-basics')
  const pension = await findOne(payload, 'activities', 'code', 'quiz-personal-pension')
  const lottery = await findOne(payload, 'activities', 'code', 'lottery-group-anniversary')
  if (!editor || !reviewer || !head || !quiz || !pension || !lottery) return
  const c = (title: string, text: string, activity?: Doc) => ensureGroupContent(payload, { title, text, activity: activity?.id, editor, reviewer })
  const news = await c('社群·早安金融资讯', '早上好！今日金融小资讯：个人养老金每年缴费上限12,000元，缴费环节可享税前扣除。想了解开户流程，随时问我～')
  const product = await c('社群·产品解读：个人养老金账户', '【产品解读】个人养老金资金账户一人一户，缴费、投资、领取全流程可在手机银行办理。有疑问欢迎私信我，帮您一起算一算。')
  const game = await c('社群·小游戏：养老金知识问答', '【群小游戏】4道题读懂个人养老金，点开链接即可答题，全部答对有机会领取养老主题保温杯！{link}', pension)
  const afterGame = await c('社群·游戏后产品推荐', '刚才的问答大家答得真好！顺便提醒：个人养老金领取时单独按3%计税，年底前缴费当年即可享受税前扣除，需要开户的朋友私信我。')
  const fraud = await c('社群·反诈科普有奖问答', '【反诈小课堂】5道题带您识破常见骗局，点开链接答题，答对全部送定制帆布袋！记住：陌生来电要转账，先挂断、再核实。{link}', quiz)
  const weekend = await c('社群·周末福利抽奖', '【周末福利】感谢大家一周的陪伴！点开链接参与周末抽奖，每人一次，结果当场揭晓。祝大家周末愉快！{link}', lottery)
  await payload.create({
    collection: 'group-sops',
    ...sys,
    data: {
      name: DEMO_SOP_NAME,
      branch: head.id,
      groupType: 'all',
      active: true,
      slots: [
        { weekday: '1', time: '08:30', title: '早安金融资讯', content: news },
        { weekday: '2', time: '10:00', title: '产品解读', content: product },
        { weekday: '3', time: '20:00', title: '小游戏', content: game },
        { weekday: '3', time: '20:30', title: '游戏后接产品', content: afterGame },
        { weekday: '4', time: '19:30', title: '反诈科普', content: fraud },
        { weekday: '5', time: '18:00', title: '周末福利', content: weekend },
        { weekday: '6', time: '09:00', title: '周末早安', content: news },
        { weekday: '7', time: '09:00', title: '周末早安', content: news },
      ],
    } as never,
  })
}

const DAY = 86_400_000
const GROUP_RULES = '1. 本群仅交流金融知识与网点服务，请勿发广告、链接和二维码；\n2. 任何人私信要求转账、索要验证码均为诈骗；\n3. 理财有风险，投资需谨慎，产品以官方渠道信息为准。'

/** Two groups per demo manager (core and outer), linked to their branch's WeCom customer-group account when there is one. */
export async function seedGroups(payload: Payload): Promise<void> {
  const accounts = await payload.find({ collection: 'channel-accounts', where: { kind: { equals: 'wecom_groups' } }, pagination: false, ...sys })
  for (const [i, m] of demoManagers.entries()) {
    const manager = await findOne(payload, 'users', 'email', m.email)
    if (!manager) continue
    const existing = await payload.count({ collection: 'groups', where: { manager: { equals: manager.id } }, overrideAccess: true })
    if (existing.totalDocs > 0) continue
    const branch = await payload.findByID({ collection: 'branches', id: manager.branch, ...sys })
    const lineage = [...String((branch as Doc).ancestors ?? '').split('/').filter(Boolean), String(manager.branch)]
    const account = (accounts.docs as Doc[]).find((a) => a.branch && lineage.includes(String(a.branch))) ?? accounts.docs[0]
    const short = String((branch as Doc).name).replace(/支行$/, '')
    for (const [j, g] of [
      { name: `${m.displayName}的财富沙龙`, type: 'core', members: 40 + ((i * 7) % 30) },
      { name: `${short}邻里金融服务群`, type: 'outer', members: 180 + ((i * 37) % 260) },
    ].entries()) {
      // demo health: most groups active, every fourth manager's outer group going quiet, every seventh dying
      const idle = j === 1 && i % 7 === 3 ? 9 : j === 1 && i % 4 === 1 ? 5 : (i + j) % 3
      await payload.create({
        collection: 'groups',
        ...sys,
        data: {
          name: g.name,
          type: g.type,
          memberCount: g.members,
          manager: manager.id,
          account: account?.id,
          rules: GROUP_RULES,
          welcomeMessage: `欢迎加入【${g.name}】！我是您的客户经理${m.displayName}，每天为您分享实用金融知识和网点福利。请先看群公告里的群规，有任何问题随时@我。`,
          lastActivityAt: new Date(Date.now() - idle * DAY).toISOString(),
        } as never,
      })
    }
  }
}

/** What a 云工作室 shows: every demo manager gets a WeChat id and a short introduction, unless they have one. */
export async function seedManagerProfiles(payload: Payload): Promise<void> {
  for (const m of demoManagers) {
    const user = await findOne(payload, 'users', 'email', m.email)
    if (!user || user.wechatId) continue
    await payload.update({
      collection: 'users',
      id: user.id,
      ...sys,
      data: { wechatId: `jcbank_${m.employeeNo.toLowerCase()}`, bio: `${m.title}，专注家庭资产配置与养老规划，用心服务每一位客户。` } as never,
    })
  }
}

export async function seedCommunity(payload: Payload): Promise<void> {
  await seedManagerProfiles(payload)
  await seedActivities(payload)
  await seedDemoSop(payload)
  await seedGroups(payload)
}
