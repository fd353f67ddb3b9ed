// Access predicates of the content studio (topics, campaigns, segments, contents, compliance rules).
import type { Access, PayloadRequest, Where } from 'payload'

import { branchIdOf, hasRole, userOf } from './roles'

/** Statuses a customer manager may see: reviewed content only, never drafts. */
export const RELEASED_STATUSES = ['approved', 'scheduled', 'published'] as const

/** Editors and admins write content. */
export const canWriteContent: Access = (args) => hasRole('admin', 'editor')(args)

/** Ids of the user's branch and every branch above it: head-office content is for every branch below. */
export async function branchLineage(req: PayloadRequest, branchId: string): Promise<string[]> {
  const branch = await req.payload.findByID({ collection: 'branches', id: branchId, depth: 0, req, overrideAccess: true }).catch(() => null)
  return [...String(branch?.ancestors ?? '').split('/').filter(Boolean), branchId]
}

/** Staff read all; a manager reads documents owned by their branch or a branch above it. */
export const staffOrBranchLineage =
  (field = 'branch', extra?: Where): Access =>
  async ({ req }) => {
    const user = userOf({ req })
    if (!user) return false
    if (user.role !== 'manager') return true
    const own = branchIdOf(user)
    if (!own) return false
    const scope: Where = { [field]: { in: await branchLineage(req, own) } }
    return extra ? { and: [scope, extra] } : scope
  }

/** Contents: staff read all; a manager reads released content of their branch lineage. */
export const readContents: Access = staffOrBranchLineage('branch', { status: { in: [...RELEASED_STATUSES] } })

/** Admins delete any content; editors only what never passed review. */
export const deleteContents: Access = (args) => {
  const user = userOf(args)
  if (!user) return false
  if (user.role === 'admin') return true
  if (user.role === 'editor') return { status: { in: ['draft', 'rejected'] } }
  return false
}
