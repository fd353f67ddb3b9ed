// A group's health: groups die slowly, so flag them while they are only going quiet.
export type GroupHealth = 'active' | 'quiet' | 'dying'

export const HEALTH_LABELS: Record<GroupHealth, { zh: string; en: string; color: string }> = {
  active: { zh: '活跃', en: 'Active', color: '#1E8E3E' },
  quiet: { zh: '变冷', en: 'Going quiet', color: '#C77700' },
  dying: { zh: '沉寂', en: 'Dying', color: '#B3152A' },
}

const DAY = 86_400_000
/** Quiet after 3 days without a post or interaction, dying after 7. */
export const QUIET_AFTER_DAYS = 3
export const DYING_AFTER_DAYS = 7

export function groupHealth(lastActivityAt: string | Date | null | undefined, createdAt: string | Date | null | undefined, now = new Date()): GroupHealth {
  const since = lastActivityAt ?? createdAt
  if (!since) return 'dying'
  const days = (now.getTime() - new Date(since).getTime()) / DAY
  if (days > DYING_AFTER_DAYS) return 'dying'
  if (days > QUIET_AFTER_DAYS) return 'quiet'
  return 'active'
}
