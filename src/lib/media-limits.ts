import path from 'node:path'

import { projectRoot } from './env'

/** Upload bounds, shared by the Media collection and the poster pipeline. */
export const MEDIA_LIMITS = {
  staticDir: process.env.MEDIA_DIR || path.join(projectRoot, '.data', 'media'),
  mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'video/mp4'],
  maxImageBytes: 10 * 1024 * 1024,
  maxVideoBytes: 200 * 1024 * 1024,
  maxImagePixels: 40_000_000,
}
