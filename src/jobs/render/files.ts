// Where rendered posters and bulk ZIPs live. Web and worker share this folder (one machine, or a shared
// volume when scaled out); file names are content hashes, so a file is never rewritten with other bytes.
import { existsSync } from 'node:fs'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { projectRoot } from '../../lib/env'

export type PosterExt = 'jpg' | 'png'

const dataDir = () => process.env.POSTER_DATA_DIR || path.join(projectRoot, '.data')
export const postersDir = () => path.join(dataDir(), 'posters')
export const exportsDir = () => path.join(dataDir(), 'exports')

/** Absolute path of a cached poster; the name comes from our own hash, never from a request. */
export function posterFile(hash: string, ext: PosterExt): string {
  if (!/^[0-9a-f]{16,64}$/.test(hash)) throw new Error(`bad poster hash ${hash}`)
  return path.join(postersDir(), `${hash}.${ext}`)
}

export function exportFile(name: string): string {
  return path.join(exportsDir(), path.basename(name))
}

/** Writes via a temporary file and rename, so a reader never sees half a file. */
export async function writeAtomic(file: string, data: Buffer): Promise<void> {
  if (existsSync(file)) return
  await mkdir(path.dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  await writeFile(tmp, data)
  await rename(tmp, file)
}

export const contentTypeOf = (ext: PosterExt) => (ext === 'png' ? 'image/png' : 'image/jpeg')
