/** Deterministic "realistic" numbers: the same id always yields the same statistics. */
import { createHash } from 'node:crypto'

export function seeded(id: string, salt = ''): () => number {
  let counter = 0
  return () => {
    const h = createHash('sha256').update(`${salt}:${id}:${counter++}`).digest()
    return h.readUInt32BE(0) / 0x1_0000_0000
  }
}

export function between(rand: () => number, min: number, max: number): number {
  return Math.floor(min + rand() * (max - min + 1))
}

/** Asia/Shanghai date YYYY-MM-DD. */
export function shanghaiDay(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10)
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)
}

/**
 * Cumulative per-day article numbers shaped like a real bank article: most reads on day one, a long
 * tail after; roughly 3–10 % of followers read, 3–8 % of readers share, 1–3 % save.
 */
export function articleCurve(id: string, followers: number, days: number) {
  const r = seeded(id, 'article')
  const readRate = 0.03 + r() * 0.07
  const totalReaders = Math.max(1, Math.round(followers * readRate))
  const shareRate = 0.03 + r() * 0.05
  const favRate = 0.01 + r() * 0.02
  const out: { readUser: number; readCount: number; shareUser: number; shareCount: number; favUser: number; favCount: number }[] = []
  for (let d = 0; d < days; d++) {
    const frac = 1 - Math.pow(0.35, d + 1) // 65 % on day one, 88 % by day two...
    const readUser = Math.round(totalReaders * frac)
    const readCount = Math.round(readUser * 1.18)
    const shareUser = Math.round(readUser * shareRate)
    const favUser = Math.round(readUser * favRate)
    out.push({ readUser, readCount, shareUser, shareCount: Math.round(shareUser * 1.3), favUser, favCount: favUser })
  }
  return out
}
