// Turns the SOP plan of a day into publications through the scheduler: each planned task becomes one
// `publications` row (content × the group's WeCom account × planned time × manager); the scheduler's own
// hooks derive its mode (task for WeCom customer groups, manual for the manager's unlinked groups), enqueue
// its job and list it as the manager's task.
import type { Payload, Where } from 'payload'

import { transitionContent } from '../../collections/Contents/workflow'
import { ensureManualGroupsAccount } from './manual-groups'
import { idOf, planDay, type GroupDoc, type PlannedTask, type SopDoc } from './sop-plan'

export async function loadPlanInputs(payload: Payload, opts: { sopId?: string; managerId?: string } = {}) {
  const [sops, groups, branches] = await Promise.all([
    payload.find({
      collection: 'group-sops',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      where: { and: [{ active: { equals: true } }, ...(opts.sopId ? [{ id: { equals: opts.sopId } }] : [])] },
    }),
    payload.find({
      collection: 'groups',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      where: opts.managerId ? { manager: { equals: opts.managerId } } : {},
    }),
    payload.find({ collection: 'branches', depth: 0, pagination: false, overrideAccess: true }),
  ])
  const ancestors = new Map<string, string[]>(
    (branches.docs as { id: string; ancestors?: string | null }[]).map((b) => [String(b.id), String(b.ancestors ?? '').split('/').filter(Boolean)]),
  )
  return { sops: sops.docs as unknown as SopDoc[], groups: groups.docs as unknown as GroupDoc[], ancestorsOf: (id: string) => ancestors.get(id) ?? [] }
}

export async function planSopDay(payload: Payload, date: string, opts: { sopId?: string; managerId?: string } = {}): Promise<PlannedTask[]> {
  const { sops, groups, ancestorsOf } = await loadPlanInputs(payload, opts)
  return planDay(date, sops, groups, ancestorsOf)
}

/**
 * Creates the task's publication unless it exists. The identity of a task — content, account, planned
 * instant, manager — is what the row stores, so regenerating a day never adds a second one.
 */
export async function ensureTaskPublication(payload: Payload, task: PlannedTask): Promise<{ id: string; created: boolean }> {
  const content = idOf(task.slot.content)
  const accountId = task.accountId ?? (await ensureManualGroupsAccount(payload, task.managerId))
  const where: Where = {
    and: [
      { content: { equals: content } },
      { account: { equals: accountId } },
      { manager: { equals: task.managerId } },
      { plannedAt: { equals: task.plannedAt.toISOString() } },
      { status: { not_equals: 'cancelled' } },
    ],
  }
  const found = await payload.find({ collection: 'publications', where, limit: 1, depth: 0, overrideAccess: true })
  if (found.docs[0]) return { id: String(found.docs[0].id), created: false }
  // The first plan of an approved content moves it to "scheduled". The publications hook does that inside
  // the create's transaction, where (on PostgreSQL) the workflow's own non-transactional update waits for the
  // row lock that very transaction holds; doing it first leaves the hook nothing to do.
  const status = ((await payload.findByID({ collection: 'contents', id: content!, depth: 0, overrideAccess: true, disableErrors: true })) as { status?: string } | null)?.status
  if (status === 'approved') {
    await transitionContent(payload, { id: content!, to: 'scheduled', user: null }).catch((e: { status?: number }) => {
      if (e.status !== 409) throw e
    })
  }
  const doc = await payload.create({
    collection: 'publications',
    overrideAccess: true,
    data: { content, account: accountId, manager: task.managerId, plannedAt: task.plannedAt.toISOString() } as never,
  })
  return { id: String(doc.id), created: true }
}
