// The worker renders posters in a thread of its own that ends when idle (memory back, event loop free).
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'

import { SAMPLE_PERSONAL, SAMPLE_SLOTS } from './fixtures.js'

process.env.MATRIXDESK_RENDER_IDLE_MS = '400'
const { renderInThread, renderThreadRunning, stopRenderThread } = await import('../../src/jobs/render/render-thread')

afterAll(() => stopRenderThread())

describe('render thread', () => {
  it('renders a personalised poster off the main thread and ends when idle; the next render starts it again', async () => {
    expect(renderThreadRunning()).toBe(false)
    const r = await renderInThread({ templateKey: 'hot-topic', slots: SAMPLE_SLOTS['hot-topic'], personal: SAMPLE_PERSONAL }, true)
    expect(Buffer.isBuffer(r.buffer)).toBe(true)
    expect(await sharp(r.buffer).metadata()).toMatchObject({ format: 'jpeg', width: 1080, height: 1920 })
    expect(r.hash).toMatch(/^[0-9a-f]{16,}$/)
    expect(renderThreadRunning()).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(renderThreadRunning()).toBe(false)
    const again = await renderInThread({ templateKey: 'hot-topic', slots: SAMPLE_SLOTS['hot-topic'], personal: SAMPLE_PERSONAL }, true)
    expect(again.hash).toBe(r.hash)
  }, 60_000)

  it('hands bad input back as a typed, bilingual PosterInputError', async () => {
    const err = await renderInThread({ templateKey: 'hot-topic', slots: { ...SAMPLE_SLOTS['hot-topic'], headline: '' } }, false).catch((e) => e)
    expect(err.name).toBe('PosterInputError')
    expect(err.slot).toBe('headline')
    expect(err.zh).toMatch(/[\u4e00-\u9fff]/)
    expect(err.en).toMatch(/[a-z]/)
  }, 60_000)
})
