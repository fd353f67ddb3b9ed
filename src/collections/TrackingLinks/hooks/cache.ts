// Keeps the redirect's Redis cache in step with the database, from whichever process writes the link.
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { sharedRedis } from '../../../jobs/connection'
import { entryForLink, type LinkDoc } from '../../../lib/tracking/links'
import { cacheLinkEntry, forgetCode } from '../../../lib/tracking/redis'

// Best effort: on a Redis hiccup the redirect falls back to resolving the code through Payload.
export const cacheLink: CollectionAfterChangeHook = async ({ doc, req }) => {
  await cacheLinkEntry(sharedRedis(), entryForLink(doc as LinkDoc)).catch((err) =>
    req.payload.logger.warn({ err }, `tracking: could not cache link ${doc.code}`),
  )
  return doc
}

export const uncacheLink: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await forgetCode(sharedRedis(), doc.code).catch((err) => req.payload.logger.warn({ err }, `tracking: could not uncache ${doc.code}`))
}
