// Short codes, API keys and the one-way hashes tracking stores instead of raw IPs and keys.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import { loadEnv } from '../env'

const ALPHABET = '23456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ' // no 0/O, 1/l/I
export const CODE_LENGTH = 10
export const CODE_PATTERN = /^[2-9a-km-zA-HJ-NP-Z]{8,32}$/

/** An unguessable code: 10 characters of a 57-letter alphabet ≈ 58 bits. */
export function generateCode(length = CODE_LENGTH): string {
  const bytes = randomBytes(length * 2)
  let out = ''
  for (let i = 0; out.length < length && i < bytes.length; i++) {
    // rejection sampling keeps every letter equally likely
    if (bytes[i] < 228) out += ALPHABET[bytes[i] % ALPHABET.length]
  }
  return out.length === length ? out : generateCode(length)
}

let secret: string | undefined
function appSecret(): string {
  secret ??= loadEnv().payloadSecret
  return secret
}

/** Keyed hash so a leaked table cannot be reversed by hashing all IPv4 addresses. */
export function keyedHash(purpose: string, value: string, length = 24): string {
  return createHmac('sha256', `${purpose}:${appSecret()}`).update(value).digest('base64url').slice(0, length)
}

export const hashIp = (ip: string) => keyedHash('ip', ip)
/** A device fingerprint: the same phone on the same network maps to the same value. */
export const deviceHash = (ip: string, userAgent: string) => keyedHash('device', `${ip}|${userAgent}`)

/** Header carrying the internal token on loopback calls from Express to Payload. */
export const INTERNAL_HEADER = 'x-matrixdesk-internal'

/** Token the Express process sends to Payload's internal endpoints over loopback. */
export function internalToken(): string {
  return keyedHash('internal-tracking', 'v1', 43)
}

export function isInternalToken(value: string | null | undefined): boolean {
  if (!value) return false
  const a = Buffer.from(value)
  const b = Buffer.from(internalToken())
  return a.length === b.length && timingSafeEqual(a, b)
}

export function generateApiKey(): string {
  return `mdk_${randomBytes(24).toString('base64url')}`
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex')
}
