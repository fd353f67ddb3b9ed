import type { CollectionBeforeValidateHook } from 'payload'
import { APIError } from 'payload'

import { MEDIA_LIMITS } from '../../../lib/media-limits'

/** Bounds every upload before it is stored: size per kind, and a sniffed (not claimed) image type. */
export const checkUpload: CollectionBeforeValidateHook = ({ data, req }) => {
  const file = req.file
  if (!file) return data
  const isVideo = file.mimetype === 'video/mp4'
  const max = isVideo ? MEDIA_LIMITS.maxVideoBytes : MEDIA_LIMITS.maxImageBytes
  if (file.size > max) {
    throw new APIError(
      `文件太大：上限 ${Math.round(max / 1024 / 1024)} MB / File too large: the limit is ${Math.round(max / 1024 / 1024)} MB`,
      413,
      undefined,
      true,
    )
  }
  if (!isVideo && !looksLikeImage(file.data)) {
    throw new APIError('不是有效的图片文件（仅支持 PNG/JPEG/WebP） / Not a valid image (PNG, JPEG or WebP only)', 400, undefined, true)
  }
  if (data && req.user && !data.uploadedBy) data.uploadedBy = req.user.id
  return data
}

function looksLikeImage(buf: Buffer | undefined): boolean {
  if (!buf || buf.length < 12) return false
  const png = buf[0] === 0x89 && buf[1] === 0x50 && buf[2] === 0x4e && buf[3] === 0x47
  const jpeg = buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff
  const webp = buf.toString('ascii', 0, 4) === 'RIFF' && buf.toString('ascii', 8, 12) === 'WEBP'
  return png || jpeg || webp
}
