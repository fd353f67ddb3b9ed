// Content-studio demo data: the compliance rule set, segment tags, the festival & solar-term calendar of the
// coming 12 months as hot topics, and a 借势 campaign with one approved, one in-review and one draft content.
// Every step looks up by a stable key (ruleId, code, festivalKey, title), so re-running changes nothing.
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { SessionUser } from '../access/roles'
import { transitionContent } from '../collections/Contents/workflow'
import { festivalsBetween, type Festival } from '../lib/calendar'
import { SEED_RULES } from '../lib/compliance'
import { SEGMENT_TAGS } from '../lib/seed-data/segments'

const sys = { overrideAccess: true, depth: 0 } as const

async function findOne(payload: Payload, collection: 'compliance-rules' | 'segments' | 'topics' | 'campaigns' | 'contents' | 'media' | 'users', field: string, value: string) {
  const { docs } = await payload.find({ collection, where: { [field]: { equals: value } }, limit: 1, ...sys })
  return docs[0] as unknown as ({ id: string } & Record<string, unknown>) | undefined
}

export async function seedComplianceRules(payload: Payload): Promise<void> {
  for (const r of SEED_RULES) {
    if (await findOne(payload, 'compliance-rules', 'ruleId', r.id)) continue
    await payload.create({
      collection: 'compliance-rules',
      data: { ruleId: r.id, pattern: r.pattern, kind: r.kind, severity: r.severity, categories: r.categories, reasonZh: r.reasonZh, reasonEn: r.reasonEn, exceptions: r.exceptions ?? [], active: true },
      ...sys,
    })
  }
}

export async function seedSegments(payload: Payload): Promise<void> {
  for (const s of SEGMENT_TAGS) {
    if (await findOne(payload, 'segments', 'code', s.code)) continue
    await payload.create({
      collection: 'segments',
      data: { code: s.code, name: s.nameZh, nameEn: s.nameEn, kind: s.kind, group: s.group, description: s.descriptionZh },
      ...sys,
    })
  }
}

const HEAT: Record<Festival['kind'], number> = { festival: 85, shopping: 80, financial: 65, 'solar-term': 60 }
/** 'YYYY-MM-DD' + Beijing wall-clock time → UTC instant. */
const shanghai = (day: string, time: string) => new Date(`${day}T${time}+08:00`).toISOString()
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

/** Festivals and solar terms of the coming 12 months: a topic each, open from its lead time to the day's end. */
export async function seedFestivalTopics(payload: Payload, today = new Date()): Promise<void> {
  const festivals = festivalsBetween(today, new Date(today.getTime() + 365 * 86_400_000))
  for (const f of festivals) {
    if (await findOne(payload, 'topics', 'festivalKey', f.key)) continue
    await payload.create({
      collection: 'topics',
      data: {
        title: `${f.nameZh} ${f.date.slice(0, 4)}`,
        source: '节日节气',
        heat: HEAT[f.kind],
        firstSeen: shanghai(addDays(f.date, -f.leadDays), '00:00:00'),
        windowEnd: shanghai(f.date, '23:59:59'),
        firstSeen_tz: 'Asia/Shanghai',
        windowEnd_tz: 'Asia/Shanghai',
        tags: [f.kind === 'solar-term' ? '二十四节气' : f.kind === 'shopping' ? '购物节' : f.kind === 'financial' ? '金融宣传' : '节日', f.nameZh],
        angles: f.angles.map((angle) => ({ angle })),
        festivalKey: f.key,
        festivalDate: f.date,
      },
      ...sys,
    })
  }
}

/** A Lexical rich-text value of plain paragraphs. */
export function paragraphs(texts: string[]) {
  const node = (text: string) => ({ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
  return {
    root: {
      type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
      children: texts.map((t) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, children: [node(t)] })),
    },
  }
}

async function demoImage(payload: Payload, alt: string, width: number, height: number, colours: [string, string], label: string): Promise<string> {
  const found = await findOne(payload, 'media', 'alt', alt)
  if (found) return found.id
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${colours[0]}"/><stop offset="1" stop-color="${colours[1]}"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width * 0.8}" cy="${height * 0.25}" r="${Math.min(width, height) * 0.16}" fill="#fff" fill-opacity="0.25"/><text x="50%" y="58%" font-size="${Math.round(height / 9)}" text-anchor="middle" fill="#fff" font-family="sans-serif">${label}</text></svg>`
  const data = await sharp(Buffer.from(svg)).png().toBuffer()
  const doc = await payload.create({ collection: 'media', data: { alt }, file: { data, mimetype: 'image/png', name: `${label.toLowerCase()}.png`, size: data.length }, ...sys })
  return String(doc.id)
}

/** The smallest MP4 a platform would recognise (ftyp + an empty mdat): stands in for the demo video. */
async function demoVideo(payload: Payload): Promise<string> {
  const alt = '演示 · 冬至视频号短片'
  const found = await findOne(payload, 'media', 'alt', alt)
  if (found) return found.id
  const box = (type: string, body: Buffer) => {
    const size = Buffer.alloc(4)
    size.writeUInt32BE(8 + body.length)
    return Buffer.concat([size, Buffer.from(type), body])
  }
  const data = Buffer.concat([box('ftyp', Buffer.concat([Buffer.from('isom'), Buffer.from([0, 0, 2, 0]), Buffer.from('isomiso2avc1mp41')])), box('mdat', Buffer.alloc(0))])
  const doc = await payload.create({ collection: 'media', data: { alt }, file: { data, mimetype: 'video/mp4', name: 'winter-solstice.mp4', size: data.length }, ...sys })
  return String(doc.id)
}

const asSession = (u: { id: string; role: string; branch?: unknown }) => ({ ...u, collection: 'users' }) as unknown as SessionUser

/** The demo 借势 campaign on the next 冬至 with an approved, an in-review and a draft content. */
export async function seedDemoCampaign(payload: Payload): Promise<void> {
  const editor = await findOne(payload, 'users', 'email', 'editor@jcbank.demo')
  const reviewer = await findOne(payload, 'users', 'email', 'reviewer@jcbank.demo')
  const { docs: topics } = await payload.find({ collection: 'topics', where: { festivalKey: { like: 'dongzhi-' } }, sort: 'windowEnd', limit: 1, ...sys })
  const topic = topics[0]
  if (!editor || !reviewer || !topic) return
  const segment = async (code: string) => (await findOne(payload, 'segments', 'code', code))?.id
  const segments = (await Promise.all(['prod.payroll', 'prod.pension-basic', 'interest.culture'].map(segment))).filter(Boolean) as string[]

  const name = '冬至暖心 · 一碗饺子的温度'
  const campaign =
    (await findOne(payload, 'campaigns', 'name', name)) ??
    (await payload.create({
      collection: 'campaigns',
      data: {
        name, kind: 'trend', stage: 'retention', theme: '冬至团圆，网点请您吃饺子', topic: topic.id, branch: editor.branch as string, segments,
        period: { start: topic.firstSeen as string, end: topic.windowEnd as string },
        kpis: [{ metric: 'reach', target: 50000 }, { metric: 'participants', target: 2000 }],
        rewards: [{ name: '冬至饺子礼盒', quantity: 500, unitValue: 38 }],
        rules: '活动期间到店或在社群内参与“晒晒家乡冬至习俗”，即可领取饺子礼盒一份，数量有限，先到先得。',
        script: {
          theme: '冬至暖心，一碗饺子的温度', rules: '每位客户限领一份；需本人到网点领取',
          content: '讲述冬至习俗；网点包饺子活动；提醒年末资金安排', form: '朋友圈海报 + 公众号推文 + 视频号短片 + 社群互动',
          rewardAllocation: '各支行按客户数分配礼盒，剩余部分由分行统筹',
        },
      },
      ...sys,
    }))

  const [cover, square, moment1, moment2] = [
    await demoImage(payload, '演示 · 冬至封面 2.35:1', 900, 383, ['#B3152A', '#E9A23B'], 'Winter Solstice'),
    await demoImage(payload, '演示 · 冬至封面 1:1', 600, 600, ['#B3152A', '#7A0E1D'], 'Solstice'),
    await demoImage(payload, '演示 · 冬至饺子 1', 1080, 1080, ['#E9A23B', '#B3152A'], 'Dumplings'),
    await demoImage(payload, '演示 · 冬至饺子 2', 1080, 1080, ['#2F6F62', '#0E3B33'], 'Warm Winter'),
  ]
  const video = await demoVideo(payload)
  const author = asSession(editor as never)

  const contents: { title: string; status: 'approved' | 'in_review' | 'draft'; data: Record<string, unknown> }[] = [
    {
      title: '冬至｜网点请您吃饺子',
      status: 'approved',
      data: {
        category: 'general',
        master: '冬至到，饺子香。12月21日至22日，锦程银行各网点为您准备了热腾腾的饺子，欢迎带上家人来坐坐。',
        variants: {
          moments: { enabled: true, text: '冬至到，饺子香🥟 本周日起锦程银行各网点备好了热饺子，欢迎带家人来坐坐，暖暖身子再回家。', images: [moment1, moment2], segments },
          article: {
            enabled: true, title: '冬至｜一碗饺子的温度，锦程银行请您到网点坐坐', author: '锦程银行', digest: '冬至团圆时，网点备好热饺子，也给您带来年末资金安排的小提醒。',
            cover, coverSquare: square,
            body: paragraphs(['冬至是二十四节气中的重要节气，北方吃饺子，南方吃汤圆。', '活动期间，锦程银行各网点为到店客户准备了冬至饺子，数量有限，先到先得。', '年末是资金安排的好时机，欢迎向您的客户经理咨询。']),
            sourceUrl: 'https://www.jcbank.demo/winter-solstice', segments,
          },
          video: { enabled: true, video, description: '冬至包饺子，网点里的一碗温暖。', topics: [{ tag: '冬至' }, { tag: '锦程银行' }], linkedArticleUrl: 'https://mp.weixin.qq.com/s/jcbank-winter-solstice' },
          group: { enabled: true, text: '各位邻居好～冬至快乐！本周日起到任一锦程银行网点，都可以领一份热饺子，欢迎带家人来。', image: moment1 },
        },
      },
    },
    {
      title: '冬至｜晒晒家乡的冬至习俗',
      status: 'in_review',
      data: {
        category: 'general',
        master: '北方饺子南方汤圆，你的家乡冬至吃什么？在群里晒一晒，参与互动领冬至礼盒。',
        variants: { group: { enabled: true, text: '北方饺子南方汤圆，你的家乡冬至吃什么？在群里晒一晒，参与互动即可领取冬至礼盒一份（数量有限）。' } },
      },
    },
    {
      title: '冬至｜年末理财小贴士（草稿）',
      status: 'draft',
      data: {
        category: 'wealth',
        master: '冬至过后就是年末，这款理财产品是最稳妥的选择。',
        variants: { moments: { enabled: true, text: '冬至过后就是年末，这款理财产品是最稳妥的选择，欢迎咨询。' } },
      },
    },
  ]
  for (const c of contents) {
    if (await findOne(payload, 'contents', 'title', c.title)) continue
    const doc = await payload.create({
      collection: 'contents',
      data: { title: c.title, campaign: campaign.id, topic: topic.id, ...c.data } as never,
      overrideAccess: false,
      user: author,
      depth: 0,
    })
    if (c.status === 'draft') continue
    await transitionContent(payload, { id: String(doc.id), to: 'in_review', user: author })
    if (c.status === 'approved') await transitionContent(payload, { id: String(doc.id), to: 'approved', user: asSession(reviewer as never) })
  }
}

export async function seedContentStudio(payload: Payload): Promise<void> {
  await seedComplianceRules(payload)
  await seedSegments(payload)
  await seedFestivalTopics(payload)
  await seedDemoCampaign(payload)
}
