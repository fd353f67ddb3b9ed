// 媒体: images and videos from our own storage. Posters read image bytes from here (never from URLs).
import type { CollectionConfig } from 'payload'

import { isLoggedIn, isStaff } from '../../access'
import { MEDIA_LIMITS } from '../../lib/media-limits'
import { checkUpload, recordUploader } from './hooks/checkUpload'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { zh: '素材', en: 'Media' }, plural: { zh: '素材库', en: 'Media library' } },
  admin: { group: { zh: '内容', en: 'Content' }, defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  access: { read: isLoggedIn, create: isLoggedIn, update: isStaff, delete: isStaff },
  upload: {
    staticDir: MEDIA_LIMITS.staticDir,
    mimeTypes: MEDIA_LIMITS.mimeTypes,
    // no server-side resize sizes: posters crop themselves; keeps uploads fast and storage small
  },
  fields: [
    { name: 'alt', type: 'text', label: { zh: '说明文字', en: 'Alt text' }, maxLength: 200 },
    { name: 'uploadedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true, position: 'sidebar' } },
  ],
  hooks: { beforeOperation: [checkUpload], beforeChange: [recordUploader] },
}
