// Credentials at rest: AES-256-GCM with CREDENTIALS_KEY (32 bytes, hex or base64) from the environment.
// Without a key (development, tests, the demo) a key is derived from PAYLOAD_SECRET and a warning is
// printed once; MATRIXDESK_STRICT_ENV=1 refuses to run without a real key.
// Format: "v1:<iv>:<tag>:<ciphertext>" (base64url parts), so the key or scheme can change later.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

import { ConfigError, loadEnv } from './env'

let cached: { source: string; key: Buffer } | null = null
let warned = false

function keyFromEnv(): Buffer {
  const env = loadEnv()
  const source = env.credentialsKey ?? `derived:${env.payloadSecret}`
  if (cached?.source === source) return cached.key
  let key: Buffer
  if (env.credentialsKey) {
    key = /^[0-9a-fA-F]{64}$/.test(env.credentialsKey) ? Buffer.from(env.credentialsKey, 'hex') : Buffer.from(env.credentialsKey, 'base64')
  } else {
    if (process.env.MATRIXDESK_STRICT_ENV === '1') {
      throw new ConfigError('CREDENTIALS_KEY', '生产环境必须设置渠道凭证加密密钥（32字节）', 'set a 32-byte key to encrypt channel credentials in production')
    }
    if (!warned) {
      warned = true
      console.warn('⚠ CREDENTIALS_KEY 未设置：使用由 PAYLOAD_SECRET 派生的开发密钥 / CREDENTIALS_KEY is not set: using a development key derived from PAYLOAD_SECRET')
    }
    key = createHash('sha256').update(`matrixdesk-credentials:${env.payloadSecret}`).digest()
  }
  cached = { source, key }
  return key
}

export function encryptSecret(plain: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFromEnv(), iv)
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ct.toString('base64url')].join(':')
}

export function decryptSecret(sealed: string): string {
  const [version, iv, tag, ct] = sealed.split(':')
  if (version !== 'v1' || !iv || !tag || ct === undefined) throw new Error('unrecognised encrypted value')
  const decipher = createDecipheriv('aes-256-gcm', keyFromEnv(), Buffer.from(iv, 'base64url'))
  decipher.setAuthTag(Buffer.from(tag, 'base64url'))
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8')
}

/** What an admin may see of a secret: its length class and last four characters. */
export function maskSecret(plain: string): string {
  return plain.length <= 4 ? '••••' : `••••••${plain.slice(-4)}`
}
