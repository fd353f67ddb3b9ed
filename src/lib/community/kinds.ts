// The activity kinds of the 活动库 and which of them have a public interactive H5 page.
export const ACTIVITY_KINDS = [
  { value: 'pinyin', short: '拼音', zh: '看字猜拼音', en: 'Guess the pinyin' },
  { value: 'dice', short: '骰子', zh: '猜骰子', en: 'Guess the dice' },
  { value: 'lantern-riddle', short: '灯谜', zh: '猜灯谜', en: 'Lantern riddles' },
  { value: 'quiz', short: '答题', zh: '有奖问答', en: 'Prize quiz' },
  { value: 'relay', short: '接龙', zh: '接龙', en: 'Relay' },
  { value: 'vote', short: '投票', zh: '投票', en: 'Vote' },
  { value: 'lottery', short: '抽奖', zh: '抽奖', en: 'Lottery' },
  { value: 'red-packet', short: '红包', zh: '红包', en: 'Red packet' },
] as const
export type ActivityKind = (typeof ACTIVITY_KINDS)[number]['value']

/** Kinds played on the public H5 page (/h5/:id); the others run inside the WeChat group itself. */
export const INTERACTIVE_KINDS: ActivityKind[] = ['quiz', 'vote', 'lottery']
export const isInteractive = (kind: string | null | undefined): boolean => INTERACTIVE_KINDS.includes(kind as ActivityKind)

export const kindLabel = (kind: string | null | undefined): string => ACTIVITY_KINDS.find((k) => k.value === kind)?.zh ?? '活动'
/** Two characters for an icon tile. */
export const kindShort = (kind: string | null | undefined): string => ACTIVITY_KINDS.find((k) => k.value === kind)?.short ?? '活动'

export const QUIZ_OPTIONS = ['A', 'B', 'C', 'D'] as const
