import type { CollectionBeforeChangeHook } from 'payload'

import { encryptSecret, maskSecret } from '../../../lib/crypto'

/**
 * The write-only `secret` input (AppSecret, WeCom Secret or robot webhook key) is encrypted into
 * `credentialsSealed` and replaced by a masked hint; the plain value is never stored. Changing the
 * secret also drops the cached token and resets health.
 */
export const sealCredentials: CollectionBeforeChangeHook = ({ data }) => {
  const secret = typeof data.secret === 'string' ? data.secret.trim() : ''
  delete data.secret
  if (!secret) return data
  return {
    ...data,
    credentialsSealed: encryptSecret(JSON.stringify({ secret })),
    credentialsHint: maskSecret(secret),
    tokenSealed: null,
    tokenExpiresAt: null,
    health: 'ok',
    lastError: null,
  }
}
