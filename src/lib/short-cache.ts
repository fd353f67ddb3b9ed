/**
 * A per-process cache of recent reads for hot job paths: entries live `ttlMs`, concurrent loads of one key
 * share one promise, failed loads are not kept, and the map never grows past `max` entries.
 */
export function shortCache<T>(ttlMs: number, max = 5_000) {
  const entries = new Map<string, { value: Promise<T>; at: number }>()
  return {
    get(key: string, load: () => Promise<T>): Promise<T> {
      const hit = entries.get(key)
      if (hit && Date.now() - hit.at < ttlMs) return hit.value
      if (entries.size >= max) entries.clear()
      const value = load()
      entries.set(key, { value, at: Date.now() })
      value.catch(() => entries.delete(key))
      return value
    },
    delete(key: string) {
      entries.delete(key)
    },
  }
}
