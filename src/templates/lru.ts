/** Byte-bounded LRU for cached static layers (raw pixel buffers are ~6 MB each at 1080×1920). */
export class ByteLru<V> {
  private readonly map = new Map<string, { value: V; bytes: number }>()
  private total = 0
  constructor(private readonly maxBytes: number) {}

  get(key: string): V | undefined {
    const e = this.map.get(key)
    if (!e) return undefined
    this.map.delete(key)
    this.map.set(key, e)
    return e.value
  }

  set(key: string, value: V, bytes: number): void {
    this.delete(key)
    this.map.set(key, { value, bytes })
    this.total += bytes
    for (const [k] of this.map) {
      if (this.total <= this.maxBytes || this.map.size <= 1) break
      this.delete(k)
    }
  }

  delete(key: string): void {
    const e = this.map.get(key)
    if (e) {
      this.total -= e.bytes
      this.map.delete(key)
    }
  }

  get size(): number {
    return this.map.size
  }

  get bytes(): number {
    return this.total
  }

  clear(): void {
    this.map.clear()
    this.total = 0
  }
}
