/** A manager's own 朋友圈: no API for personal accounts, so a manual kit plus reminder and "done". */
import { createManualAdapter } from './manual-kit'
import type { ChannelLimits } from './types'

export const PERSONAL_MOMENTS_LIMITS: ChannelLimits = {
  // 朋友圈 folds long text behind "全文"; 2,000 keeps it in line with WeCom Moments.
  textMaxChars: 2000,
  maxImages: 9,
  imageFormats: ['png', 'jpeg'],
  maxVideos: 1,
  maxLinks: 1,
  attachmentsExclusive: true,
  recommendedSizes: [{ name: 'poster 9:16', width: 1080, height: 1920 }],
  rules: [],
}

export const personalMoments = createManualAdapter(
  'personal_moments',
  { zh: '个人朋友圈', en: 'personal Moments' },
  PERSONAL_MOMENTS_LIMITS,
  [
    { zh: '保存专属海报到手机相册', en: 'Save your personalised poster to the phone album' },
    { zh: '复制文案', en: 'Copy the text' },
    { zh: '打开微信朋友圈，选择海报并粘贴文案后发表', en: 'Open WeChat Moments, pick the poster, paste the text and post' },
    { zh: '发表后回到矩阵台点击“已完成”', en: 'After posting, tap "Done" in MatrixDesk' },
  ],
  (p) => (p.text || p.images?.length || p.video || p.links?.length ? null : '没有可发布的内容|Nothing to post'),
)
