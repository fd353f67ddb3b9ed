// A manager's groups that are not linked to WeCom still get their SOP posts, by hand: each such manager
// has one manual `personal_groups` linked account (created on first need), so those posts go through the
// scheduler like any other — a kit, a reminder in 今日待发, and the manager's "done".
import type { Payload } from 'payload'

import { tryLock } from '../redis-lock'
import { idOf } from './sop-plan'

async function findManualAccount(payload: Payload, managerId: string): Promise<string | null> {
  const found = await payload.find({
    collection: 'channel-accounts',
    where: { and: [{ kind: { equals: 'personal_groups' } }, { manager: { equals: managerId } }] },
    limit: 1,
    depth: 0,
    sort: 'createdAt',
    overrideAccess: true,
  })
  return found.docs[0] ? String(found.docs[0].id) : null
}

/** The manager's manual group account, created once even when several workers plan at the same moment. */
export async function ensureManualGroupsAccount(payload: Payload, managerId: string): Promise<string> {
  const existing = await findManualAccount(payload, managerId)
  if (existing) return existing
  let release = await tryLock(`manual-groups:${managerId}`)
  for (let i = 0; !release && i < 50; i++) {
    // another worker is creating it: wait for its row
    await new Promise((r) => setTimeout(r, 100))
    const made = await findManualAccount(payload, managerId)
    if (made) return made
    release = await tryLock(`manual-groups:${managerId}`)
  }
  try {
    const again = await findManualAccount(payload, managerId)
    if (again) return again
    const manager = (await payload.findByID({ collection: 'users', id: managerId, depth: 0, overrideAccess: true })) as { displayName?: string; email?: string; branch?: unknown }
    const created = await payload.create({
      collection: 'channel-accounts',
      overrideAccess: true,
      data: { name: `${manager.displayName || manager.email} · 个人社群`, kind: 'personal_groups', manager: managerId, branch: idOf(manager.branch as never) } as never,
    })
    return String(created.id)
  } finally {
    await release?.()
  }
}
