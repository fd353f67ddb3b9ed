/** Input checks: slot validation names the slot; URLs, oversized and non-image inputs are refused; timeouts. */
import { crc32 } from 'node:zlib'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { IMAGE_LIMITS, PosterInputError, PosterTimeoutError, listTemplates, posterContentHash, renderPersonalised, renderPoster, validateSlots } from '../../src/templates/index.js'
import { SAMPLE_PERSONAL, SAMPLE_SLOTS, samplePhoto } from './fixtures.js'

async function rejection(p: Promise<unknown>): Promise<PosterInputError> {
  try {
    await p
  } catch (e) {
    expect(e).toBeInstanceOf(PosterInputError)
    return e as PosterInputError
  }
  throw new Error('expected a PosterInputError')
}

/** A real PNG whose header claims huge dimensions (the pixel check must trip before any decoding). */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer())
  png.writeUInt32BE(width, 16)
  png.writeUInt32BE(height, 20)
  png.writeUInt32BE(crc32(png.subarray(12, 29)) >>> 0, 29)
  return png
}

const empathy = (image: unknown) => ({ templateKey: 'empathy', slots: { ...SAMPLE_SLOTS.empathy, image } })

describe('slot validation', () => {
  it('lists templates with sizes and slot schema', () => {
    const hot = listTemplates().find((t) => t.key === 'hot-topic')!
    expect(hot.sizes[0]).toMatchObject({ key: '9x16', width: 1080, height: 1920 })
    expect(hot.slots.find((s) => s.key === 'headline')).toMatchObject({ type: 'text', required: true, maxLength: 30 })
    expect(listTemplates().find((t) => t.key === 'official-cover')!.sizes.map((s) => [s.width, s.height])).toEqual([[900, 383], [500, 500]])
  })
  it('reports each bad slot by name, in Chinese and English', () => {
    const res = validateSlots('hot-topic', { headline: '', points: 'x'.repeat(61), bogus: 1 })
    expect(res.ok).toBe(false)
    if (res.ok) return
    const slots = res.errors.map((e) => e.slot).sort()
    expect(slots).toEqual(['bogus', 'headline', 'points'])
    const h = res.errors.find((e) => e.slot === 'headline')!
    expect(h.zh).toBe('主标题不能为空')
    expect(h.en).toBe('Headline is required')
  })
  it('enforces maxLength in characters, not bytes', () => {
    expect(validateSlots('hot-topic', { headline: '字'.repeat(30) }).ok).toBe(true)
    expect(validateSlots('hot-topic', { headline: '字'.repeat(31) }).ok).toBe(false)
  })
  it('rejects an unknown template and a bad personal phone', async () => {
    expect(validateSlots('nope', {}).ok).toBe(false)
    const e = await rejection(renderPoster({ templateKey: 'hot-topic', slots: SAMPLE_SLOTS['hot-topic'], personal: { ...SAMPLE_PERSONAL, phone: 'call me' } }))
    expect(e.slot).toBe('personal.phone')
  })
})

describe('images', () => {
  it('refuses an http:// image URL', async () => {
    const e = await rejection(renderPoster(empathy('http://evil.example.com/a.png')))
    expect(e.slot).toBe('image')
    expect(e.zh).toContain('不支持网络地址')
  })
  it('refuses non-image bytes', async () => {
    const e = await rejection(renderPoster(empathy(Buffer.from('<svg onload="x"></svg> not an image'))))
    expect(e.en).toContain('Not a valid image')
  })
  it('refuses files over the byte limit', async () => {
    const big = Buffer.alloc(IMAGE_LIMITS.maxBytes + 1)
    Buffer.from([0xff, 0xd8, 0xff]).copy(big)
    const e = await rejection(renderPoster(empathy(big)))
    expect(e.en).toContain('too large')
  })
  it('refuses images over the pixel limit before decoding', async () => {
    const e = await rejection(renderPoster(empathy(await pngClaiming(9000, 9000))))
    expect(e.en).toContain('dimensions')
  })
  it('refuses a damaged image', async () => {
    const photo = await samplePhoto(200, 100)
    const e = await rejection(renderPoster(empathy(photo.subarray(0, 200))))
    expect(e.slot).toBe('image')
  })
  it('accepts image bytes and a data URI', async () => {
    const photo = await samplePhoto(400, 300)
    const a = await renderPoster({ ...empathy(photo), format: 'jpeg' })
    expect(a.contentType).toBe('image/jpeg')
    const b = await renderPoster({ ...empathy(`data:image/jpeg;base64,${photo.toString('base64')}`), format: 'jpeg' })
    expect(b.hash).toBe(a.hash)
  })
})

describe('timeouts and hashing', () => {
  it('rejects with PosterTimeoutError past the deadline', async () => {
    await expect(renderPoster({ templateKey: 'hot-topic', slots: SAMPLE_SLOTS['hot-topic'], timeoutMs: 5 })).rejects.toBeInstanceOf(PosterTimeoutError)
    await expect(renderPersonalised({ templateKey: 'product', slots: SAMPLE_SLOTS.product, personal: SAMPLE_PERSONAL, timeoutMs: 5 })).rejects.toBeInstanceOf(PosterTimeoutError)
  })
  it('content hash changes with content and not with key order', () => {
    const a = posterContentHash({ templateKey: 'hot-topic', slots: { headline: 'A', figure: '1' } })
    const b = posterContentHash({ templateKey: 'hot-topic', slots: { figure: '1', headline: 'A' } })
    const c = posterContentHash({ templateKey: 'hot-topic', slots: { headline: 'B', figure: '1' } })
    expect(a).toBe(b)
    expect(a).not.toBe(c)
  })
})
