/**
 * Images are bytes from our own media storage, never URLs: nothing is fetched at render time.
 * Byte size and file signature are checked first, then the pixel count from the header (sharp reads only
 * the header for metadata), and only then is the image decoded, resized to what the poster needs and
 * handed to satori as a data URI.
 */
import sharp from 'sharp'
import { createHash } from 'node:crypto'
import { PosterInputError } from './errors'

export const IMAGE_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxPixels: 36_000_000,
  maxSide: 12_000,
}

type Kind = 'png' | 'jpeg' | 'webp'

function sniff(buf: Buffer): Kind | null {
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0x89504e47 && buf.readUInt32BE(4) === 0x0d0a1a0a) return 'png'
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return 'jpeg'
  if (buf.length >= 12 && buf.toString('latin1', 0, 4) === 'RIFF' && buf.toString('latin1', 8, 12) === 'WEBP') return 'webp'
  return null
}

/**
 * Synchronous checks that need no decoding: type, byte size and signature.
 * Accepts a Buffer/Uint8Array or a `data:image/...;base64,` URI; refuses URLs and file paths.
 */
export function checkImageInput(value: unknown, slot: string): Buffer {
  if (typeof value === 'string') {
    const m = /^data:image\/(png|jpeg|jpg|webp);base64,([A-Za-z0-9+/=\s]+)$/.exec(value)
    if (!m) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
        throw new PosterInputError(slot, {
          zh: '图片只能来自本系统素材库，不支持网络地址或外部链接',
          en: 'Images must come from our media library; URLs are not accepted',
        })
      }
      throw new PosterInputError(slot, { zh: '图片必须是图片文件数据', en: 'Image must be image file data' })
    }
    value = Buffer.from(m[2], 'base64')
  }
  if (value instanceof Uint8Array && !Buffer.isBuffer(value)) value = Buffer.from(value)
  if (!Buffer.isBuffer(value)) {
    throw new PosterInputError(slot, { zh: '图片必须是图片文件数据', en: 'Image must be image file data' })
  }
  if (value.length > IMAGE_LIMITS.maxBytes) {
    throw new PosterInputError(slot, {
      zh: `图片文件过大（上限${IMAGE_LIMITS.maxBytes / 1024 / 1024}MB）`,
      en: `Image file is too large (limit ${IMAGE_LIMITS.maxBytes / 1024 / 1024} MB)`,
    })
  }
  if (!sniff(value)) {
    throw new PosterInputError(slot, {
      zh: '不是有效的图片文件（仅支持 PNG、JPEG、WebP）',
      en: 'Not a valid image file (PNG, JPEG or WebP only)',
    })
  }
  return value
}

export interface PreparedImageOptions {
  width: number
  height: number
  /** cover crops to fill the box; contain keeps the whole image (logos). */
  fit: 'cover' | 'contain'
}

// Prepared images are small (poster-sized); a bounded cache spares re-decoding the same avatar or photo.
const cache = new Map<string, string>()
const CACHE_MAX = 64

/** Full checks (including pixel limits from the header), then decode + resize → data URI for satori. */
export async function prepareImage(value: unknown, slot: string, opts: PreparedImageOptions): Promise<string> {
  const buf = checkImageInput(value, slot)
  const key = createHash('sha1').update(buf).update(`${opts.width}x${opts.height}${opts.fit}`).digest('hex')
  const hit = cache.get(key)
  if (hit) return hit
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>
  try {
    meta = await sharp(buf).metadata()
  } catch {
    throw new PosterInputError(slot, { zh: '图片文件已损坏，无法读取', en: 'Image file is damaged and cannot be read' })
  }
  const w = meta.width ?? 0
  const h = meta.height ?? 0
  if (!w || !h || w > IMAGE_LIMITS.maxSide || h > IMAGE_LIMITS.maxSide || w * h > IMAGE_LIMITS.maxPixels) {
    throw new PosterInputError(slot, {
      zh: `图片尺寸过大（${w}×${h}），请使用不超过${IMAGE_LIMITS.maxPixels / 1_000_000}百万像素的图片`,
      en: `Image dimensions are too large (${w}×${h}); use at most ${IMAGE_LIMITS.maxPixels / 1_000_000} megapixels`,
    })
  }
  const asPng = opts.fit === 'contain' || Boolean(meta.hasAlpha)
  let out: Buffer
  try {
    const img = sharp(buf, { limitInputPixels: IMAGE_LIMITS.maxPixels, failOn: 'error' })
      .rotate()
      .resize(Math.round(opts.width), Math.round(opts.height), { fit: opts.fit, background: { r: 0, g: 0, b: 0, alpha: 0 } })
    out = asPng ? await img.png().toBuffer() : await img.jpeg({ quality: 90 }).toBuffer()
  } catch {
    throw new PosterInputError(slot, { zh: '图片文件已损坏，无法读取', en: 'Image file is damaged and cannot be read' })
  }
  const uri = `data:${asPng ? 'image/png' : 'image/jpeg'};base64,${out.toString('base64')}`
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!)
  cache.set(key, uri)
  return uri
}
