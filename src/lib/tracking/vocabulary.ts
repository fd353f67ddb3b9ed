// Names shared by the tracking collections, the funnel and the dashboard.

/** Where a tracking link is placed: a channel of the matrix, a poster QR, or a plain link. */
export const TRACKING_CHANNELS = [
  { value: 'oa_subscription', label: { zh: '公众号·订阅号', en: 'Official Account (subscription)' } },
  { value: 'oa_service', label: { zh: '公众号·服务号', en: 'Official Account (service)' } },
  { value: 'wecom_robot', label: { zh: '企微群机器人', en: 'WeCom group robot' } },
  { value: 'wecom_groups', label: { zh: '企微客户群', en: 'WeCom customer groups' } },
  { value: 'wecom_moments', label: { zh: '企微客户朋友圈', en: 'WeCom Moments' } },
  { value: 'channels_video', label: { zh: '视频号', en: 'WeChat Channels' } },
  { value: 'personal_moments', label: { zh: '个人朋友圈', en: 'Personal Moments' } },
  { value: 'personal_groups', label: { zh: '个人社群', en: 'Own customer groups' } },
  { value: 'poster', label: { zh: '海报二维码', en: 'Poster QR code' } },
  { value: 'link', label: { zh: '其他链接', en: 'Other link' } },
] as const

export const channelLabel = (value: string | null | undefined): string =>
  TRACKING_CHANNELS.find((c) => c.value === value)?.label.zh ?? (value ? value : '未标注渠道')

/** The AARRR funnel as the dashboard draws it. */
export const FUNNEL_STAGES = [
  { key: 'exposure', zh: '曝光', en: 'Exposure' },
  { key: 'visit', zh: '扫码/点击', en: 'Scan / click' },
  { key: 'activation', zh: '激活', en: 'Activation' },
  { key: 'retention', zh: '留存', en: 'Retention' },
  { key: 'revenue', zh: '转化', en: 'Conversion' },
  { key: 'referral', zh: '推荐', en: 'Referral' },
] as const

/** Stages a downstream event can be mapped to (exposure and visits come from our own tracking). */
export const EVENT_STAGES = [
  { value: 'activation', label: { zh: '激活', en: 'Activation' } },
  { value: 'retention', label: { zh: '留存', en: 'Retention' } },
  { value: 'revenue', label: { zh: '转化（变现）', en: 'Conversion (revenue)' } },
  { value: 'referral', label: { zh: '推荐', en: 'Referral' } },
] as const
export type EventStage = (typeof EVENT_STAGES)[number]['value']

/** The default mapping of downstream event types (开户, 绑卡, 购买, 报名, 参与活动) to funnel stages. */
export const DEFAULT_EVENT_TYPES: { type: string; label: string; stage: EventStage }[] = [
  { type: 'sign_up', label: '报名', stage: 'activation' },
  { type: 'open_account', label: '开户', stage: 'activation' },
  { type: 'bind_card', label: '绑卡', stage: 'retention' },
  // taking part in a quiz, vote or lottery is a customer's first real action: AARRR activation
  { type: 'join_activity', label: '参与活动', stage: 'activation' },
  { type: 'purchase', label: '购买', stage: 'revenue' },
]
