// Publication statuses and which of them a person or the scheduler may still act on.
export const PUBLICATION_STATUSES = [
  { value: 'scheduled', label: { zh: '已排期', en: 'Scheduled' } },
  { value: 'publishing', label: { zh: '发布中', en: 'Publishing' } },
  { value: 'published', label: { zh: '已发布', en: 'Published' } },
  { value: 'task_created', label: { zh: '任务已创建', en: 'Task created' } },
  { value: 'awaiting_confirmation', label: { zh: '待确认', en: 'Awaiting confirmation' } },
  { value: 'done', label: { zh: '已完成', en: 'Done' } },
  { value: 'failed', label: { zh: '失败', en: 'Failed' } },
  { value: 'needs_verification', label: { zh: '待核实', en: 'Needs verification' } },
  { value: 'cancelled', label: { zh: '已取消', en: 'Cancelled' } },
] as const

export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number]['value']

/** Content statuses from which a publication may be planned or sent. */
export const SENDABLE_CONTENT = ['approved', 'scheduled', 'published']

/** Channel kind → the content variant it sends. */
export const VARIANT_OF_KIND: Record<string, 'article' | 'group' | 'moments' | 'video'> = {
  oa_subscription: 'article',
  oa_service: 'article',
  wecom_robot: 'group',
  wecom_groups: 'group',
  wecom_moments: 'moments',
  channels_video: 'video',
  personal_moments: 'moments',
  personal_groups: 'group',
}

/** Statuses in which a person still has to do something for a task or manual publication. */
export const OPEN_FOR_PEOPLE: PublicationStatus[] = ['task_created', 'awaiting_confirmation']
