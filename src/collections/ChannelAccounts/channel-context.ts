// Builds a channel adapter's context for a linked account: decrypted credentials, base URL and a token
// store kept on the account row (so web and worker nodes share one token), with a short in-process cache.
import type { Payload } from 'payload'

import type { ChannelContext, ChannelCredentials, ChannelKind, TokenRecord, TokenStore } from '../../channels'
import { decryptSecret, encryptSecret } from '../../lib/crypto'

export interface AccountRow {
  id: string
  name: string
  kind: ChannelKind
  identifier?: string | null
  baseUrl?: string | null
  senders?: string | null
  branch?: string | { id: string } | null
  manager?: string | { id: string } | null
  credentialsSealed?: string | null
  tokenSealed?: string | null
  tokenExpiresAt?: string | null
  health?: 'ok' | 'needs_reconnect' | 'rate_limited' | null
}

const MEMORY_MS = 30_000
const memory = new Map<string, { record: TokenRecord; at: number }>()

export function accountTokenStore(payload: Payload): TokenStore {
  return {
    async get(accountId) {
      const hit = memory.get(accountId)
      if (hit && Date.now() - hit.at < MEMORY_MS) return hit.record
      const row = (await payload.db.findOne({ collection: 'channel-accounts', where: { id: { equals: accountId } } })) as AccountRow | null
      if (!row?.tokenSealed || !row.tokenExpiresAt) return null
      const record = { token: decryptSecret(row.tokenSealed), expiresAt: new Date(row.tokenExpiresAt).getTime() }
      memory.set(accountId, { record, at: Date.now() })
      return record
    },
    async set(accountId, token, expiresAt) {
      memory.set(accountId, { record: { token, expiresAt }, at: Date.now() })
      await payload.db.updateOne({
        collection: 'channel-accounts',
        id: accountId,
        data: { tokenSealed: encryptSecret(token), tokenExpiresAt: new Date(expiresAt).toISOString() },
        returning: false,
      })
    },
    async clear(accountId) {
      memory.delete(accountId)
      await payload.db.updateOne({ collection: 'channel-accounts', id: accountId, data: { tokenSealed: null, tokenExpiresAt: null }, returning: false })
    },
  }
}

export function credentialsOf(account: AccountRow): ChannelCredentials {
  const secret = account.credentialsSealed ? (JSON.parse(decryptSecret(account.credentialsSealed)) as { secret?: string }).secret : undefined
  const id = account.identifier ?? undefined
  switch (account.kind) {
    case 'oa_subscription':
    case 'oa_service':
      return { appId: id, appSecret: secret }
    case 'wecom_robot':
      return { webhookKey: secret }
    case 'wecom_groups':
    case 'wecom_moments':
      return { corpId: id, corpSecret: secret }
    default:
      return {}
  }
}

/** Reads an account row with its sealed fields (system use only: never hand the row to a user). */
export async function loadAccount(payload: Payload, id: string): Promise<AccountRow | null> {
  return (await payload.db.findOne({ collection: 'channel-accounts', where: { id: { equals: id } } })) as AccountRow | null
}

export function channelContext(payload: Payload, account: AccountRow, extra: Partial<ChannelContext> = {}): ChannelContext {
  return {
    baseUrl: account.baseUrl || undefined,
    credentials: credentialsOf(account),
    tokenStore: accountTokenStore(payload),
    accountId: String(account.id),
    timeoutMs: Number(process.env.MATRIXDESK_CHANNEL_TIMEOUT_MS || 15_000),
    ...extra,
  }
}

export function sendersOf(account: AccountRow): string[] {
  return (account.senders ?? '').split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean)
}
