// Fills what a link derives: its code, the manager's branch, and the campaign's display name.
import type { CollectionBeforeChangeHook } from 'payload'

import { generateCode } from '../../../lib/tracking/codes'

export const fillLink: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    data.code ||= generateCode()
    // ensureTrackingLink passes the combination's key; a link made by hand in the admin is its own
    data.comboKey ||= `manual:${data.code}`
  }
  const manager = typeof data.manager === 'object' && data.manager ? data.manager.id : data.manager
  if (manager && manager !== (originalDoc?.manager?.id ?? originalDoc?.manager)) {
    const user = await req.payload.findByID({ collection: 'users', id: manager, depth: 0, overrideAccess: true, req, disableErrors: true })
    data.branch = user?.branch ?? null
  }
  // campaigns are another capability's collection: use their title when it exists
  if (data.campaign && data.campaign !== originalDoc?.campaign && req.payload.collections['campaigns' as never]) {
    const campaign = (await req.payload
      .findByID({ collection: 'campaigns' as never, id: data.campaign, depth: 0, overrideAccess: true, req, disableErrors: true })
      .catch(() => null)) as { title?: string; name?: string } | null
    data.campaignName = campaign?.title ?? campaign?.name ?? data.campaignName
  }
  return data
}
