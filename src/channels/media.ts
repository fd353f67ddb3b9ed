/** Small helpers for the files we upload: sniff the real format from magic bytes, never trust names. */
import { createHash } from 'node:crypto'
import type { ImageFormat, MediaInput } from './types'

export function sniffImage(data: Buffer): ImageFormat | null {
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png'
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg'
  if (data.length >= 6 && (data.subarray(0, 6).toString('latin1') === 'GIF87a' || data.subarray(0, 6).toString('latin1') === 'GIF89a')) return 'gif'
  return null
}

const MIME: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', gif: 'image/gif' }
const EXT: Record<ImageFormat, string> = { png: 'png', jpeg: 'jpg', gif: 'gif' }

/** Filename and content type the platform expects for an image (it checks the extension too). */
export function imageFileInfo(m: MediaInput, fallbackName: string): { filename: string; contentType: string } {
  const fmt = sniffImage(m.data)
  if (!fmt) return { filename: m.filename ?? `${fallbackName}.bin`, contentType: m.mime ?? 'application/octet-stream' }
  const base = (m.filename ?? fallbackName).replace(/\.[a-z0-9]+$/i, '')
  return { filename: `${base}.${EXT[fmt]}`, contentType: MIME[fmt] }
}

export function md5Hex(data: Buffer): string {
  return createHash('md5').update(data).digest('hex')
}

/** WeCom counts text limits in UTF-8 bytes. */
export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8')
}

/** Characters as people count them (a CJK character or an emoji is one). */
export function charCount(s: string): number {
  return [...s].length
}

/**
 * Mass-send dedupe id: the same publication always yields the same clientmsgid, so a retried push
 * is recognised by WeChat (45065) instead of reaching followers twice. ≤ 64 chars as WeChat requires.
 */
export function clientMsgIdFor(publicationId: string): string {
  return `md-${createHash('sha256').update(`publication:${publicationId}`).digest('hex').slice(0, 40)}`
}
