/** Sample slot data for every template, shared by tests, the bench and the CLI examples. */
import sharp from 'sharp'
import type { PersonalInput } from '../../src/templates/index.js'

export const SAMPLE_SLOTS: Record<string, Record<string, unknown>> = {
  'hot-topic': {
    headline: '秋天的第一杯奶茶，XX银行为您省钱',
    figureLabel: '立减',
    figure: '¥15',
    points: [
      '即日起至11月30日，使用XX银行信用卡在指定奶茶门店消费满30元立减15元。',
      '每周五叠加“周五狂欢日”，手机银行领券再享9.9元特价饮品一杯。',
      '新客户开户即送价值88元的秋日暖心礼包，数量有限，先到先得。',
    ],
  },
  empathy: {
    headline: '每一笔小小的储蓄，都是给家人的底气',
    story:
      '王阿姨在菜市场摆摊二十年，每天收摊后都会来网点存下当天的零钱。她说，孩子在外地读书，自己多攒一点，孩子就能少一点后顾之忧。我们记得每一位像王阿姨一样认真生活的人，也愿意陪您把日子过得踏实、安心。',
    signature: '—— XX银行，与你同行',
  },
  product: {
    headline: '安心存·三年期大额存单',
    figure: '2.15%',
    figureLabel: '年利率 · 20万元起存',
    points: ['存期灵活，可转让可质押', '手机银行随时查看，到期自动转存', '存款保险保障，安心稳健'],
    note: '以上利率为产品发行时的年化利率，实际以购买时页面展示为准。',
  },
  'official-cover': { headline: '双十一理财攻略：闲钱这样放更安心', subline: '3个小技巧，让钱包鼓起来', tag: '财富课堂' },
  'channels-cover': { headline: '3分钟看懂个人养老金', subline: '每年最高抵税12000元，怎么开户？', tag: '理财小课堂' },
  activity: {
    headline: '元宵猜灯谜',
    question: '“一人一口，加减乘除” —— 打一银行常用字',
    options: ['合', '会', '算', '金'],
    prize: '答对抽取定制好礼',
  },
  spokesperson: { headline: '用心守护您的每一分财富，做您身边最放心的理财顾问' },
}

export const SAMPLE_PERSONAL: PersonalInput = {
  name: '张三',
  title: '理财经理',
  phone: '138 1000 8000',
  branch: 'XX银行锦绣支行',
  qrUrl: 'https://mdk.example.cn/t/AB12CD34',
}

/** A synthetic "photo" (gradient + shapes) made locally, so tests need no files and no network. */
export async function samplePhoto(width = 1200, height = 800): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#7fb8e6"/><stop offset="1" stop-color="#f3c98b"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width * 0.7}" cy="${height * 0.35}" r="${height * 0.18}" fill="#fff3c4"/><path d="M0 ${height * 0.8} Q ${width * 0.3} ${height * 0.55} ${width * 0.6} ${height * 0.78} T ${width} ${height * 0.7} V ${height} H 0 Z" fill="#4f8a5b"/></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}

/** A synthetic portrait for avatar tests. */
export async function sampleAvatar(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="400" height="400" fill="#dfe9f5"/><circle cx="200" cy="160" r="80" fill="#e9b99a"/><path d="M60 400 Q 200 230 340 400 Z" fill="#2c3e66"/></svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
