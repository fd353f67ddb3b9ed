// Access predicates for linked channel accounts and publications.
import type { Access, Where } from 'payload'

import { hasRole } from './roles'
import { branchIdOf, userOf } from './roles'

/** Who plans, reschedules and cancels publications: admins and editors. */
export const canPlan: Access = (args) => hasRole('admin', 'editor')(args)

/**
 * Staff read everything; a manager reads rows of their own branch plus rows that name them in one of
 * `personal` (e.g. the account's owner, the publication's assignee).
 */
export const staffOrBranchOrPersonal =
  (...personal: string[]): Access =>
  (args) => {
    const user = userOf(args)
    if (!user) return false
    if (user.role !== 'manager') return true
    const branch = branchIdOf(user)
    const mine: Where[] = personal.map((field) => ({ [field]: { equals: user.id } }))
    if (branch) mine.push({ branch: { equals: branch } })
    return { or: mine }
  }
