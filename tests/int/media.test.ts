// Uploads are bounded and sniffed: the claimed MIME type is not trusted.
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload, withDemoOrganisation } from '../helpers/payload'

let payload: Payload
let org: Awaited<ReturnType<typeof withDemoOrganisation>>

beforeAll(async () => {
  payload = await testPayload()
  org = await withDemoOrganisation(payload)
})

const asUser = (user: unknown) => ({ overrideAccess: false as const, user: user as any })

async function png(width = 64, height = 64) {
  return sharp({ create: { width, height, channels: 3, background: '#b3152a' } }).png().toBuffer()
}

describe('media uploads', () => {
  it('accepts a real PNG from a manager (e.g. their avatar) and records who uploaded it', async () => {
    const data = await png()
    const doc: any = await payload.create({
      collection: 'media',
      data: { alt: '头像' },
      file: { data, mimetype: 'image/png', name: 'avatar.png', size: data.length },
      depth: 0,
      ...asUser(org.manager),
    })
    expect(doc.mimeType).toBe('image/png')
    expect(doc.uploadedBy).toBe(org.manager.id)
  })

  it('rejects a file that claims to be an image but is not', async () => {
    const data = Buffer.from('<svg onload="alert(1)"></svg>'.padEnd(200, ' '))
    await expect(
      payload.create({
        collection: 'media',
        data: {},
        file: { data, mimetype: 'image/png', name: 'evil.png', size: data.length },
        ...asUser(org.editor),
      }),
    ).rejects.toThrow(/不是有效的图片|Not a valid image/)
  })

  it('rejects an image over the size limit with a clear message', async () => {
    const data = Buffer.concat([await png(), Buffer.alloc(11 * 1024 * 1024)])
    await expect(
      payload.create({
        collection: 'media',
        data: {},
        file: { data, mimetype: 'image/png', name: 'huge.png', size: data.length },
        ...asUser(org.editor),
      }),
    ).rejects.toThrow(/文件太大|too large/)
  })

  it('refuses anonymous uploads and lets only staff delete', async () => {
    const data = await png()
    await expect(
      payload.create({ collection: 'media', data: {}, file: { data, mimetype: 'image/png', name: 'a.png', size: data.length }, overrideAccess: false }),
    ).rejects.toThrow()
    const doc = await payload.create({ collection: 'media', data: {}, file: { data, mimetype: 'image/png', name: 'b.png', size: data.length }, overrideAccess: true })
    await expect(payload.delete({ collection: 'media', id: doc.id, ...asUser(org.manager) })).rejects.toThrow()
    await payload.delete({ collection: 'media', id: doc.id, ...asUser(org.editor) })
  })
})
