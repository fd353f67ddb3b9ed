// Whether the production build in .next is missing or older than the sources it was built from.
import fs from 'node:fs'
import path from 'node:path'

const SOURCES = ['src', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'public']
const SKIP = new Set(['node_modules', '.next', 'migrations'])

function newestMtime(p: string): number {
  let stat: fs.Stats
  try {
    stat = fs.statSync(p)
  } catch {
    return 0
  }
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const entry of fs.readdirSync(p)) {
    if (SKIP.has(entry)) continue
    newest = Math.max(newest, newestMtime(path.join(p, entry)))
  }
  return newest
}

export function buildIsStale(root: string): boolean {
  const distDir = process.env.NEXT_DIST_DIR || '.next'
  const stamp = path.join(root, distDir, 'BUILD_ID')
  if (!fs.existsSync(stamp)) return true
  const built = fs.statSync(stamp).mtimeMs
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built)
}
