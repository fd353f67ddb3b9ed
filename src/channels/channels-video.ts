/** 视频号 (WeChat Channels): no official publishing API, so it is a manual channel with a ready kit. */
import { createManualAdapter } from './manual-kit'
import type { ChannelLimits } from './types'

export const CHANNELS_VIDEO_LIMITS: ChannelLimits = {
  titleMaxChars: 16,
  textMaxChars: 1000,
  maxImages: 9,
  imageFormats: ['png', 'jpeg'],
  maxVideos: 1,
  maxLinks: 1,
  recommendedSizes: [{ name: 'vertical 9:16', width: 1080, height: 1920 }, { name: 'cover 3:4', width: 1080, height: 1440 }],
  rules: [],
}

export const channelsVideo = createManualAdapter(
  'channels_video',
  { zh: '视频号', en: 'WeChat Channels' },
  CHANNELS_VIDEO_LIMITS,
  [
    { zh: '下载视频（或图片）到手机', en: 'Download the video (or images) to your phone' },
    { zh: '打开视频号助手或微信“发表视频”，选择素材', en: 'Open Channels (or the Channels assistant) and pick the media' },
    { zh: '粘贴文案（已含 #话题），添加扩展链接到公众号文章', en: 'Paste the copy (topics included) and add the linked article' },
    { zh: '发表后回到矩阵台点击“已完成”', en: 'After posting, tap "Done" in MatrixDesk' },
  ],
  (p) => (p.video || p.images?.length ? null : '视频号需要视频或图片|Channels needs a video or images'),
)
