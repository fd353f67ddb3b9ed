// API keys are shown once: the create form carries a fresh key in a virtual field; only its hash is stored.
import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { generateApiKey, hashApiKey } from '../../../lib/tracking/codes'

export const hashKeyOnCreate: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const key = typeof data.apiKey === 'string' && data.apiKey.startsWith('mdk_') ? data.apiKey : generateApiKey()
  req.context.newApiKey = key
  return { ...data, keyHash: hashApiKey(key), keyPrefix: key.slice(0, 8) }
}

/** The creator's response carries the key this one time. */
export const revealKeyOnce: CollectionAfterChangeHook = ({ doc, operation, req }) =>
  operation === 'create' && req.context.newApiKey ? { ...doc, apiKey: req.context.newApiKey } : doc
