import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

/**
 * Nobody changes their own role — not even an admin (who would lock themself out by mistake).
 * Field access already stops non-admins; this closes the remaining self-service path.
 */
export const guardOwnRole: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  if (operation !== 'update' || !req.user || !originalDoc) return data
  if (req.user.id === originalDoc.id && data.role && data.role !== originalDoc.role) {
    throw new APIError('不能修改自己的角色 / You cannot change your own role', 403, undefined, true)
  }
  return data
}
