// The workflow's transition table, as pure data: the server enforces it (workflow.ts) and the admin's
// buttons are drawn from it (components/admin/content/WorkflowActions.tsx).
export const CONTENT_STATUSES = ['draft', 'in_review', 'approved', 'rejected', 'scheduled', 'published', 'archived'] as const
export type ContentStatus = (typeof CONTENT_STATUSES)[number]

/** Who acts: a staff role, or `system` (the scheduler's worker, user = null). */
export type Actor = 'admin' | 'editor' | 'reviewer' | 'system'

export type TransitionRule = { from: ContentStatus; to: ContentStatus; by: Actor[]; zh: string; en: string }

const WRITERS: Actor[] = ['admin', 'editor']
const PUBLISHERS: Actor[] = ['admin', 'editor', 'system']

/** The allowed transitions and who may make each one. Anything not listed is refused. */
export const TRANSITIONS: TransitionRule[] = [
  { from: 'draft', to: 'in_review', by: WRITERS, zh: '提交审核', en: 'Submit for review' },
  { from: 'rejected', to: 'in_review', by: WRITERS, zh: '重新提交', en: 'Resubmit' },
  { from: 'in_review', to: 'draft', by: WRITERS, zh: '撤回', en: 'Withdraw' },
  { from: 'in_review', to: 'approved', by: ['reviewer'], zh: '通过', en: 'Approve' },
  { from: 'in_review', to: 'rejected', by: ['reviewer'], zh: '驳回', en: 'Reject' },
  { from: 'rejected', to: 'draft', by: WRITERS, zh: '退回草稿', en: 'Back to draft' },
  { from: 'approved', to: 'draft', by: WRITERS, zh: '撤回', en: 'Withdraw' },
  { from: 'approved', to: 'scheduled', by: PUBLISHERS, zh: '排期', en: 'Schedule' },
  { from: 'scheduled', to: 'approved', by: PUBLISHERS, zh: '取消排期', en: 'Unschedule' },
  { from: 'scheduled', to: 'published', by: PUBLISHERS, zh: '标记已发布', en: 'Mark published' },
  { from: 'draft', to: 'archived', by: WRITERS, zh: '归档', en: 'Archive' },
  { from: 'rejected', to: 'archived', by: WRITERS, zh: '归档', en: 'Archive' },
  { from: 'approved', to: 'archived', by: WRITERS, zh: '归档', en: 'Archive' },
  { from: 'published', to: 'archived', by: WRITERS, zh: '归档', en: 'Archive' },
]

export const STATUS_LABELS: Record<ContentStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  in_review: { zh: '待审核', en: 'In review' },
  approved: { zh: '已通过', en: 'Approved' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  scheduled: { zh: '已排期', en: 'Scheduled' },
  published: { zh: '已发布', en: 'Published' },
  archived: { zh: '已归档', en: 'Archived' },
}

/** Transitions an actor may attempt from a status (the admin shows these as buttons). */
export function transitionsFor(from: string, actor: Actor | null): TransitionRule[] {
  return actor ? TRANSITIONS.filter((t) => t.from === from && t.by.includes(actor)) : []
}
