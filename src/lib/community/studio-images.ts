// The 云工作室 is public, but media are staff-only (read needs a login). The manager's photo and WeChat QR
// are the two images the manager means to show the world, so the page carries them inline: read from our
// own storage (never by URL), shrunk with sharp, as a data: URI. No other media becomes reachable.
import fs from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'

import { MEDIA_LIMITS } from '../media-limits'
import { shortCache } from '../short-cache'

type MediaRef = { id?: unknown; filename?: unknown; mimeType?: unknown; updatedAt?: unknown } | string | null | undefined

/** Per purpose: the box the image is fitted into, and how. */
const SHAPES = {
  // a face: cropped square
  avatar: { width: 192, height: 192, fit: 'cover' as const },
  // a QR code must stay whole and sharp: contained, nearest-neighbour, PNG
  qr: { width: 480, height: 480, fit: 'inside' as const },
}

const cache = shortCache<string | null>(5 * 60_000, 500)

async function render(file: string, shape: keyof typeof SHAPES): Promise<string | null> {
  const stat = await fs.stat(file).catch(() => null)
  if (!stat?.isFile() || stat.size > MEDIA_LIMITS.maxImageBytes) return null
  const s = SHAPES[shape]
  const img = sharp(file, { limitInputPixels: MEDIA_LIMITS.maxImagePixels }).rotate()
  const out =
    shape === 'qr'
      ? await img.resize({ width: s.width, height: s.height, fit: s.fit, withoutEnlargement: true, kernel: 'nearest' }).flatten({ background: '#ffffff' }).png().toBuffer()
      : await img.resize({ width: s.width, height: s.height, fit: s.fit }).jpeg({ quality: 82 }).toBuffer()
  return `data:image/${shape === 'qr' ? 'png' : 'jpeg'};base64,${out.toString('base64')}`
}

/** An uploaded image as a small data: URI for a public page; null when missing, not an image or unreadable. */
export async function inlineImage(media: MediaRef, shape: keyof typeof SHAPES): Promise<string | null> {
  if (!media || typeof media !== 'object' || !media.filename) return null
  if (!String(media.mimeType ?? '').startsWith('image/')) return null
  const file = path.join(MEDIA_LIMITS.staticDir, path.basename(String(media.filename)))
  return cache.get(`${shape}:${String(media.id)}:${String(media.updatedAt ?? '')}`, () => render(file, shape).catch(() => null))
}
