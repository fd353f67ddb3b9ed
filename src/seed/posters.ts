// Posters demo data: the 锦程银行 brand kit, one template document per code template, and three approved
// posters (借势 New Year, a product, an activity) with pictures drawn here with sharp (no internet).
// Idempotent: looks up by key/title before it writes.
import type { Payload } from 'payload'
import sharp from 'sharp'

import { transitionPoster } from '../collections/Posters/workflow'
import { listTemplates } from '../templates'
import { DEMO_BANK } from './demo-people'

/** Sample copy per template, shown in the template previews (admins may edit it). */
export const TEMPLATE_SAMPLES: Record<string, Record<string, unknown>> = {
  'hot-topic': { headline: '秋天的第一杯奶茶，锦程银行为您省钱', figureLabel: '立减', figure: '¥15', points: ['使用锦程银行信用卡在指定奶茶门店消费满30元立减15元。', '每周五手机银行领券，再享9.9元特价饮品一杯。'] },
  empathy: { headline: '每一笔小小的储蓄，都是给家人的底气', story: '王阿姨在菜市场摆摊二十年，每天收摊后都会来网点存下当天的零钱。她说，孩子在外地读书，自己多攒一点，孩子就能少一点后顾之忧。', signature: '—— 锦程银行，与你同行' },
  product: { headline: '安心存·三年期大额存单', figure: '2.15%', figureLabel: '年利率（20万元起存）', points: ['存期灵活，可转让可质押', '手机银行随时查看，到期自动转存'], note: '以上利率为产品发行时的年化利率，实际以购买时页面展示为准。' },
  'official-cover': { headline: '年末理财攻略：闲钱这样放更安心', subline: '3个小技巧，让钱包鼓起来', tag: '财富课堂' },
  'channels-cover': { headline: '3分钟看懂个人养老金', subline: '每年可抵税12000元，怎么开户？', tag: '理财小课堂' },
  activity: { headline: '元宵猜灯谜', question: '“一人一口，加减乘除” —— 打一银行常用字', options: ['合', '会', '算', '金'], prize: '答对抽取定制好礼' },
  spokesperson: { headline: '用心守护您的每一分财富，做您身边放心的理财顾问' },
}

async function picture(name: string, svg: string): Promise<Buffer> {
  const out = await sharp(Buffer.from(svg)).jpeg({ quality: 86 }).toBuffer()
  if (!out.length) throw new Error(`could not draw ${name}`)
  return out
}

const fireworks = () => {
  const bursts = [[260, 180, '#FFD36E'], [760, 140, '#FF9E7A'], [540, 300, '#FFF1B8'], [920, 330, '#FFC2D1']] as const
  const rays = bursts
    .map(([x, y, c]) => Array.from({ length: 16 }, (_, i) => {
      const a = (i / 16) * Math.PI * 2
      return `<line x1="${x + Math.cos(a) * 18}" y1="${y + Math.sin(a) * 18}" x2="${x + Math.cos(a) * 90}" y2="${y + Math.sin(a) * 90}" stroke="${c}" stroke-width="6" stroke-linecap="round" opacity="0.9"/>`
    }).join(''))
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="520"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#3B0A2A"/><stop offset="1" stop-color="#A3162E"/></linearGradient></defs><rect width="1200" height="520" fill="url(#g)"/>${rays}<path d="M0 520 L0 430 Q 150 380 300 420 T 600 410 T 900 420 T 1200 400 L1200 520 Z" fill="#5C0D1E"/><g fill="#FFCF66">${[150, 330, 510, 690, 870, 1050].map((x) => `<rect x="${x}" y="440" width="40" height="56" rx="8"/>`).join('')}</g></svg>`
}

const logoSvg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><circle cx="128" cy="128" r="120" fill="#B3152A"/><circle cx="128" cy="128" r="92" fill="none" stroke="#FFE3A3" stroke-width="10"/><path d="M128 56 L150 110 L208 110 L160 144 L178 200 L128 166 L78 200 L96 144 L48 110 L106 110 Z" fill="#FFE3A3"/></svg>`

async function media(payload: Payload, alt: string, data: Buffer, name: string, mimetype: string): Promise<string> {
  const found = await payload.find({ collection: 'media', where: { alt: { equals: alt } }, limit: 1, depth: 0, overrideAccess: true })
  if (found.docs[0]) return String(found.docs[0].id)
  const doc = await payload.create({ collection: 'media', data: { alt }, file: { data, mimetype, name, size: data.length }, overrideAccess: true })
  return String(doc.id)
}

async function seedBrand(payload: Payload) {
  const brand = await payload.findGlobal({ slug: 'brand', depth: 0, overrideAccess: true })
  if (brand?.logo) return
  const logo = await media(payload, '锦程银行标志', await sharp(Buffer.from(logoSvg)).png().toBuffer(), 'jcbank-logo.png', 'image/png')
  await payload.updateGlobal({
    slug: 'brand',
    overrideAccess: true,
    data: {
      name: DEMO_BANK.name,
      nameEn: 'JINCHENG BANK',
      slogan: '锦程相伴 · 温暖同行',
      logo,
      colors: { primary: '#B3152A', primaryDark: '#7A0E1D', accent: '#E8833A', cream: '#FFF3DC', ink: '#1F2329' },
      disclaimer: '本活动最终解释权归锦程银行所有 · 理财有风险，投资需谨慎',
      hotline: '400-820-2026',
      homepageUrl: 'https://www.jcbank.demo',
    },
  })
}

async function seedTemplates(payload: Payload) {
  for (const t of listTemplates()) {
    const data = { key: t.key, name: t.name, nameEn: t.nameEn, description: t.description.zh, personalised: t.personalised, sizes: t.sizes, slots: t.slots }
    const found = await payload.find({ collection: 'poster-templates', where: { key: { equals: t.key } }, limit: 1, depth: 0, overrideAccess: true })
    const doc = found.docs[0]
    if (!doc) await payload.create({ collection: 'poster-templates', data: { ...data, enabled: true, sampleSlots: TEMPLATE_SAMPLES[t.key] ?? {} }, overrideAccess: true })
    else if (JSON.stringify([doc.sizes, doc.slots, doc.name]) !== JSON.stringify([data.sizes, data.slots, data.name])) {
      await payload.update({ collection: 'poster-templates', id: doc.id, data, overrideAccess: true })
    }
  }
}

async function seedDemoPosters(payload: Payload) {
  const user = async (email: string) => {
    const r = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, depth: 0, overrideAccess: true })
    return { ...(r.docs[0] as unknown as { id: string; role: 'editor'; branch: string }), collection: 'users' as const }
  }
  const editor = await user('editor@jcbank.demo')
  const reviewer = await user('reviewer@jcbank.demo')
  if (!editor.id || !reviewer.id) return
  const template = async (key: string) => String((await payload.find({ collection: 'poster-templates', where: { key: { equals: key } }, limit: 1, depth: 0, overrideAccess: true })).docs[0].id)
  const newYear = await media(payload, '元旦烟花配图', await picture('fireworks', fireworks()), 'new-year-fireworks.jpg', 'image/jpeg')
  const demos = [
    {
      title: '元旦借势 · 新年开门红',
      template: 'hot-topic',
      slots: {
        headline: '新年开门红，存下一年的底气',
        subline: '锦程银行元旦专属礼遇，1月1日至1月7日',
        figureLabel: '存款礼',
        figure: '¥88',
        points: ['活动期间新存5万元及以上定期存款，即可领取新年好礼一份。', '手机银行签到满7天，再赠新春红包封面。'],
        image: newYear,
      },
    },
    {
      title: '安心存 · 三年期大额存单',
      template: 'product',
      slots: {
        headline: '锦程安心存 · 三年期大额存单',
        figure: '2.15%',
        figureLabel: '年利率（20万元起存）',
        points: ['可转让、可质押，资金安排更灵活', '手机银行随时查看，到期自动转存', '受存款保险制度保障'],
        note: '以上利率为产品发行时的年化利率，实际以购买时页面展示为准。',
      },
    },
    {
      title: '元宵猜灯谜 · 答题赢好礼',
      template: 'activity',
      slots: { headline: '元宵猜灯谜', question: '“一人一口，加减乘除” —— 打一银行常用字', options: ['合', '会', '算', '金'], prize: '答对抽取锦程定制汤圆礼盒' },
    },
  ]
  for (const d of demos) {
    const found = await payload.find({ collection: 'posters', where: { title: { equals: d.title } }, limit: 1, depth: 0, overrideAccess: true })
    if (found.docs[0]) continue
    const doc = await payload.create({
      collection: 'posters',
      data: { title: d.title, template: await template(d.template), slots: d.slots, personalised: true },
      user: editor,
      overrideAccess: false,
    })
    await transitionPoster(payload, { id: String(doc.id), to: 'in_review', user: editor })
    await transitionPoster(payload, { id: String(doc.id), to: 'approved', user: reviewer })
  }
}

export async function seedPosters(payload: Payload): Promise<void> {
  await seedBrand(payload)
  await seedTemplates(payload)
  await seedDemoPosters(payload)
}
