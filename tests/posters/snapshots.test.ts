/**
 * Image snapshot per template and size (tolerant diff on a downscaled copy).
 * Baselines live in tests/posters/snapshots/; a missing baseline fails unless UPDATE_SNAPSHOTS=1 writes it.
 * Full-size renders go to tests/output/ for people to look at.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { listTemplates, renderPoster } from '../../src/templates/index.js'
import { SAMPLE_PERSONAL, SAMPLE_SLOTS, sampleAvatar, samplePhoto } from './fixtures.js'
import { diff, rawRgb } from './helpers.js'

const here = dirname(fileURLToPath(import.meta.url))
const SNAP_DIR = join(here, 'snapshots')
const OUT_DIR = join(here, '..', 'output')
const SNAP_WIDTH = 270
const UPDATE = process.env.UPDATE_SNAPSHOTS === '1'

describe('poster templates match their snapshots', () => {
  const cases = listTemplates().flatMap((t) => t.sizes.map((s) => ({ t, size: s.key })))
  it('has at least 6 templates', () => {
    expect(listTemplates().length).toBeGreaterThanOrEqual(6)
  })
  for (const { t, size } of cases) {
    it(`${t.key} ${size}`, async () => {
      const slots: Record<string, unknown> = { ...SAMPLE_SLOTS[t.key] }
      if (t.slots.some((s) => s.key === 'image') && t.key !== 'hot-topic') slots.image = await samplePhoto()
      const personal = { ...SAMPLE_PERSONAL, avatar: t.key === 'spokesperson' ? await sampleAvatar() : undefined }
      const r = await renderPoster({ templateKey: t.key, slots, personal, format: 'png', size })
      const preset = t.sizes.find((s) => s.key === size)!
      expect([r.width, r.height]).toEqual([preset.width, preset.height])
      mkdirSync(OUT_DIR, { recursive: true })
      writeFileSync(join(OUT_DIR, `${t.key}-${size}.png`), r.buffer)
      const small = await sharp(r.buffer).resize({ width: SNAP_WIDTH }).png({ compressionLevel: 9 }).toBuffer()
      const file = join(SNAP_DIR, `${t.key}-${size}.png`)
      if (!existsSync(file)) {
        if (!UPDATE) throw new Error(`missing snapshot ${file}; run with UPDATE_SNAPSHOTS=1 and review the image`)
        mkdirSync(SNAP_DIR, { recursive: true })
        writeFileSync(file, small)
      }
      const a = await rawRgb(small)
      const b = await rawRgb(readFileSync(file))
      const d = diff(a.data, b.data)
      expect(d.mean).toBeLessThan(2.5)
      expect(d.changedShare).toBeLessThan(0.01)
    })
  }
})
