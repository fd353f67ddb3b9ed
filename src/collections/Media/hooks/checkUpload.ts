import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { MEDIA_LIMITS } from '../../../lib/media-limits'

/**
 * Bounds every upload before Payload touches it: byte size per kind (measured, not claimed) and a
 * sniffed image signature, so a renamed script or a 2 GB "avatar" is refused with a clear message.
 */
export const checkUpload: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file?.data) return args
  const isVideo = file.mimetype === 'video/mp4'
  const max = isVideo ? MEDIA_LIMITS.maxVideoBytes : MEDIA_LIMITS.maxImageBytes
  const mb = Math.round(max / 1024 / 1024)
  if (file.data.length > max) {
    throw new APIError(`文件太大：上限 ${mb} MB / File too large: the limit is ${mb} MB`, 413, undefined, true)
  }
  if (!isVideo && !looksLikeImage(file.data)) {
    throw new APIError('不是有效的图片文件（仅支持 PNG/JPEG/WebP） / Not a valid image (PNG, JPEG or WebP only)', 400, undefined, true)
  }
  return args
}

export const recordUploader: CollectionBeforeChangeHook = ({ data, req, operation }) => {
  if (operation === 'create' && req.user && !data.uploadedBy) data.uploadedBy = req.user.id
  return data
}

function looksLikeImage(buf: Buffer): boolean {
  if (buf.length < 12) return false
  const png = buf[0] === 0x89 && buf[1] === 0x50 && buf[2] === 0x4e && buf[3] === 0x47
  const jpeg = buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff
  const webp = buf.toString('ascii', 0, 4) === 'RIFF' && buf.toString('ascii', 8, 12) === 'WEBP'
  return png || jpeg || webp
}
