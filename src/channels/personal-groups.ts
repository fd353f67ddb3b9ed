/**
 * A manager's own customer groups where no WeCom account is linked (personal WeChat groups): there is no
 * API, so the SOP's group posts become a manual kit — copy text and poster — plus a reminder and "done".
 */
import { createManualAdapter } from './manual-kit'
import type { ChannelLimits } from './types'

export const PERSONAL_GROUPS_LIMITS: ChannelLimits = {
  // one chat message: WeChat cuts a text message at about 2,000 characters
  textMaxChars: 2000,
  maxImages: 9,
  imageFormats: ['png', 'jpeg'],
  maxVideos: 1,
  maxLinks: 1,
  attachmentsExclusive: false,
  recommendedSizes: [{ name: 'poster 9:16', width: 1080, height: 1920 }],
  rules: [],
}

export const personalGroups = createManualAdapter(
  'personal_groups',
  { zh: '个人社群（手动）', en: 'own customer groups (manual)' },
  PERSONAL_GROUPS_LIMITS,
  [
    { zh: '保存专属海报到手机相册', en: 'Save your personalised poster to the phone album' },
    { zh: '复制文案', en: 'Copy the text' },
    { zh: '依次打开自己的客户群，粘贴文案并发送海报', en: 'Open each of your customer groups, paste the text and send the poster' },
    { zh: '发完后回到矩阵台点击“已完成”', en: 'When sent, tap "Done" in MatrixDesk' },
  ],
  (p) => (p.text || p.images?.length || p.video || p.links?.length ? null : '没有可发布的内容|Nothing to post'),
)
