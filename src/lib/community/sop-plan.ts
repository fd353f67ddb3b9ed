// Which group gets which post on a given day: a pure function of the SOPs, the groups and the branch tree,
// so a week of plans can be checked exactly and regenerating a day always yields the same task keys.
import { isoWeekday, shanghaiInstant } from './sop-time'

type Rel = string | number | { id: string | number } | null | undefined
export const idOf = (v: Rel): string | null => (v == null ? null : typeof v === 'object' ? String(v.id) : String(v))

export interface SopSlot {
  id?: string | null
  weekday: string | number
  time: string
  title: string
  content: Rel
}

export interface SopDoc {
  id: string | number
  name: string
  branch: Rel
  segment?: Rel
  groupType?: 'all' | 'core' | 'outer' | null
  active?: boolean | null
  slots?: SopSlot[] | null
}

export interface GroupDoc {
  id: string | number
  name: string
  manager: Rel
  branch: Rel
  type: 'core' | 'outer'
  segments?: Rel[] | null
  /** the WeCom customer-group account the group is linked to; an unlinked group's posts are manual */
  account?: Rel
}

/**
 * One task = one WeCom group-send task: a manager sends one slot's content to all of their groups on one
 * linked account (that is how WeCom's add_msg_template works: one task per sender, several groups).
 * A manager's groups without a WeCom link share one manual task (accountId null): the scheduler hands them
 * a kit on their own `personal_groups` account, reminds them and waits for "done".
 */
export interface PlannedTask {
  /** `sop-<sopId>-<date>-<slot>-<managerId>-<accountId | manual>`: the same day planned twice gives the same keys */
  key: string
  sopId: string
  slotIndex: number
  slot: SopSlot
  managerId: string
  /** the linked WeCom account; null: the manager posts by hand (their personal_groups account) */
  accountId: string | null
  groupIds: string[]
  date: string
  plannedAt: Date
}

/** Does an SOP written for `sopBranch` cover a group of `groupBranch`? `ancestorsOf` maps a branch to its ancestors. */
export function covers(sopBranch: string, groupBranch: string | null, ancestorsOf: (id: string) => string[]): boolean {
  if (!groupBranch) return false
  return groupBranch === sopBranch || ancestorsOf(groupBranch).includes(sopBranch)
}

export function sopCoversGroup(sop: SopDoc, group: GroupDoc, ancestorsOf: (id: string) => string[]): boolean {
  const branch = idOf(sop.branch)
  if (!branch || !covers(branch, idOf(group.branch), ancestorsOf)) return false
  if (sop.groupType && sop.groupType !== 'all' && sop.groupType !== group.type) return false
  const segment = idOf(sop.segment)
  if (segment && !(group.segments ?? []).some((s) => idOf(s) === segment)) return false
  return true
}

export const taskKey = (sopId: string, date: string, slotIndex: number, managerId: string, accountId: string | null) =>
  `sop-${sopId}-${date}-${slotIndex}-${managerId}-${accountId ?? 'manual'}`

/** Every task of one Beijing calendar day, ordered by time, then manager; unlinked groups give manual tasks. */
export function planDay(date: string, sops: SopDoc[], groups: GroupDoc[], ancestorsOf: (id: string) => string[]): PlannedTask[] {
  const weekday = isoWeekday(date)
  const tasks = new Map<string, PlannedTask>()
  for (const sop of sops) {
    if (sop.active === false) continue
    const sopId = String(sop.id)
    const slots = (sop.slots ?? []).map((slot, slotIndex) => ({ slot, slotIndex })).filter(({ slot }) => Number(slot.weekday) === weekday)
    if (slots.length === 0) continue
    for (const group of groups) {
      const managerId = idOf(group.manager)
      const accountId = idOf(group.account)
      if (!managerId || !sopCoversGroup(sop, group, ancestorsOf)) continue
      for (const { slot, slotIndex } of slots) {
        const key = taskKey(sopId, date, slotIndex, managerId, accountId)
        const task = tasks.get(key) ?? { key, sopId, slotIndex, slot, managerId, accountId, groupIds: [], date, plannedAt: shanghaiInstant(date, slot.time) }
        task.groupIds.push(String(group.id))
        tasks.set(key, task)
      }
    }
  }
  return [...tasks.values()].sort((a, b) => a.plannedAt.getTime() - b.plannedAt.getTime() || a.key.localeCompare(b.key))
}
