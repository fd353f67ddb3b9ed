/** Content hashing: stable JSON with image bytes replaced by their digest, so equal inputs give equal keys. */
import { createHash } from 'node:crypto'

// Bump when templates or the pipeline change how a poster looks, so cached downloads are invalidated.
export const ENGINE_VERSION = 'posters-1'

function normalise(v: unknown): unknown {
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) return { sha256: createHash('sha256').update(v).digest('hex') }
  if (Array.isArray(v)) return v.map(normalise)
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(v).sort()) {
      const x = (v as Record<string, unknown>)[k]
      if (x !== undefined) out[k] = normalise(x)
    }
    return out
  }
  return v
}

export function stableHash(value: unknown): string {
  return createHash('sha256').update(ENGINE_VERSION).update(JSON.stringify(normalise(value))).digest('hex').slice(0, 40)
}
