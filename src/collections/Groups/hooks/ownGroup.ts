// A manager’s new group is always their own; the owning branch always follows the manager; a linked account must exist.
import { APIError, type CollectionBeforeChangeHook, type Validate } from 'payload'

import { branchIdOf, userOf } from '../../../access/roles'

export const ownGroup: CollectionBeforeChangeHook = async ({ data, req, operation, originalDoc }) => {
  const user = userOf({ req })
  if (user?.role === 'manager' && operation === 'create') data.manager = user.id
  const managerId = data.manager ?? originalDoc?.manager
  const id = typeof managerId === 'object' && managerId ? managerId.id : managerId
  if (!id) throw new APIError('请指定群主客户经理 / Choose the manager who owns this group', 400, undefined, true)
  const manager = await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })
  data.branch = branchIdOf(manager as never)
  return data
}

/** The linked account exists and is a WeCom customer-group account (checked without the editor's read access). */
export const linkedAccountExists: Validate = async (value, { req }) => {
  if (!value) return true
  const id = typeof value === 'object' ? String((value as { id: string }).id) : String(value)
  const account = await req.payload.findByID({ collection: 'channel-accounts', id, depth: 0, overrideAccess: true, disableErrors: true, req })
  return (account as { kind?: string } | null)?.kind === 'wecom_groups' || '请选择企业微信客户群账号 / Pick a WeCom customer-group account'
}
