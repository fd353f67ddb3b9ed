// Access predicates of the community area (活动库, 客户群, 社群SOP, 互动参与记录).
import type { Access, FieldAccess } from 'payload'

import { branchIdOf, hasRole, userOf } from './roles'

/** Everyone signed in reads the activity library; managers use it every day. */
export const readActivities: Access = (args) => userOf(args) !== null

/** A group belongs to one manager: staff see all groups, a manager only their own. */
export const staffOrGroupOwner: Access = (args) => {
  const user = userOf(args)
  if (!user) return false
  if (user.role !== 'manager') return true
  return { manager: { equals: user.id } }
}

/** Managers and head-office editors create groups; a manager's new group is always their own (see hooks). */
export const canCreateGroup: Access = (args) => hasRole('admin', 'editor', 'manager')(args)

/** Only staff reassign a group to another manager. */
export const staffOnlyField: FieldAccess = (args) => hasRole('admin', 'editor', 'reviewer')(args)

/**
 * SOPs are written by head office for a branch subtree. A manager reads the SOPs of their own branch and of
 * the branches above it (those are the plans that generate their tasks).
 */
export const readGroupSops: Access = async ({ req }) => {
  const user = userOf({ req })
  if (!user) return false
  if (user.role !== 'manager') return true
  const own = branchIdOf(user)
  if (!own) return false
  const branch = await req.payload.findByID({ collection: 'branches', id: own, depth: 0, req, overrideAccess: true })
  const ids = [...String(branch?.ancestors ?? '').split('/').filter(Boolean), own]
  return { branch: { in: ids } }
}
