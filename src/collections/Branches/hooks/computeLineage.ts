import type { CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

/**
 * Keeps `ancestors` ("rootId/…/parentId", empty for head office) current and refuses cycles.
 * Storing ancestors (not the own id) means it can be computed before a new document has an id.
 */
export const computeLineage: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const ownId: string | undefined = originalDoc?.id
  const parentRef = data.parent === undefined ? originalDoc?.parent : data.parent
  const parentId = parentRef && typeof parentRef === 'object' ? parentRef.id : parentRef
  if (!parentId) {
    data.ancestors = ''
    return data
  }
  if (ownId && parentId === ownId) {
    throw new APIError('上级机构不能是自己 / A branch cannot be its own parent', 400, undefined, true)
  }
  const parent = await req.payload.findByID({ collection: 'branches', id: parentId, depth: 0, req, overrideAccess: true })
  const chain = [...String(parent.ancestors ?? '').split('/').filter(Boolean), String(parent.id)]
  if (ownId && chain.includes(ownId)) {
    throw new APIError('上级机构不能是自己的下级 / A branch cannot sit under its own sub-branch', 400, undefined, true)
  }
  data.ancestors = chain.join('/')
  return data
}
