// Fair, auditable lottery draws. The seed is 32 crypto-random bytes stored (and logged) BEFORE the draw;
// the draw is a pure function of the seed, the participation id and the prize table captured with it,
// so anyone can recompute a result from the record: drawPrize(seed, participationId, prizes).
import { createHmac, randomBytes } from 'node:crypto'

export interface Prize {
  name: string
  weight: number
  winning?: boolean | null
}

export const newSeed = (): string => randomBytes(32).toString('hex')

export interface Draw {
  /** 48-bit integer derived from HMAC-SHA256(seed, participationId) */
  value: number
  /** value scaled into [0, total weight) */
  ticket: number
  index: number
  prize: Prize
}

export function drawPrize(seed: string, participationId: string, prizes: Prize[]): Draw {
  if (!/^[0-9a-f]{64}$/.test(seed)) throw new Error('seed must be 32 bytes of hex')
  const weights = prizes.map((p) => Math.floor(p.weight))
  if (prizes.length === 0 || weights.some((w) => !(w >= 1))) throw new Error('every prize needs a weight ≥ 1')
  const total = weights.reduce((a, b) => a + b, 0)
  const value = createHmac('sha256', Buffer.from(seed, 'hex')).update(participationId).digest().readUIntBE(0, 6)
  // 2^48 / total is never below 2^20 for realistic tables: the modulo bias is negligible and documented
  const ticket = value % total
  let acc = 0
  const index = weights.findIndex((w) => (acc += w) > ticket)
  return { value, ticket, index, prize: prizes[index] }
}
