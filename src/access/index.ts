// Named access predicates. Each returns a boolean or a Payload `Where` that scopes the query.
// Collections compose these rather than writing inline role checks.
import type { Access, FieldAccess, Where } from 'payload'

import { branchIdOf, hasRole, roleOf, userOf } from './roles'

export { ROLES, roleOptions, type Role } from './roles'

export const anyone: Access = () => true
export const nobody: Access = () => false

export const isLoggedIn: Access = (args) => userOf(args) !== null
export const isAdmin: Access = (args) => hasRole('admin')(args)
export const isEditor: Access = (args) => hasRole('admin', 'editor')(args)
export const isReviewer: Access = (args) => hasRole('admin', 'reviewer')(args)
/** Head-office staff: everyone but customer managers. */
export const isStaff: Access = (args) => hasRole('admin', 'editor', 'reviewer')(args)

export const isAdminField: FieldAccess = (args) => roleOf(args) === 'admin'
export const isStaffField: FieldAccess = (args) => hasRole('admin', 'editor', 'reviewer')(args)

/** Admins see every user; anyone else only their own document. */
export const adminOrSelf: Access = (args) => {
  const user = userOf(args)
  if (!user) return false
  if (user.role === 'admin') return true
  return { id: { equals: user.id } }
}

/**
 * Head-office staff read everything; a manager reads only documents of their own branch.
 * `field` is the relationship that points at the owning branch.
 */
export const staffOrOwnBranch =
  (field = 'branch'): Access =>
  (args) => {
    const user = userOf(args)
    if (!user) return false
    if (user.role !== 'manager') return true
    const branch = branchIdOf(user)
    if (!branch) return { id: { equals: '__no_branch__' } } satisfies Where
    return { [field]: { equals: branch } } satisfies Where
  }

/** Staff read everything; a manager reads only documents where `field` is themself. */
export const staffOrOwner =
  (field = 'manager'): Access =>
  (args) => {
    const user = userOf(args)
    if (!user) return false
    if (user.role !== 'manager') return true
    return { [field]: { equals: user.id } } satisfies Where
  }
