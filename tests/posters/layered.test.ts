/** Layered rendering (cached static layer + per-manager card) must match a full render within anti-aliasing. */
import { describe, expect, it } from 'vitest'
import { clearStaticLayerCache, renderPersonalised, renderPoster, staticLayerCacheStats } from '../../src/templates/index.js'
import { SAMPLE_PERSONAL, SAMPLE_SLOTS, sampleAvatar } from './fixtures.js'
import { diff, rawRgb } from './helpers.js'

describe('layered personalised render', () => {
  for (const key of ['hot-topic', 'spokesperson', 'activity', 'channels-cover']) {
    it(`${key}: composite equals full render`, async () => {
      const personal = { ...SAMPLE_PERSONAL, name: '欧阳娜娜', avatar: key === 'spokesperson' ? await sampleAvatar() : undefined }
      const input = { templateKey: key, slots: SAMPLE_SLOTS[key], personal, format: 'png' as const }
      const full = await renderPoster(input)
      const layered = await renderPersonalised(input)
      expect(layered.hash).toBe(full.hash)
      const a = await rawRgb(full.buffer)
      const b = await rawRgb(layered.buffer)
      const d = diff(a.data, b.data, 24)
      expect(d.mean).toBeLessThan(0.3)
      expect(d.changedShare).toBeLessThan(0.001)
    })
  }

  it('reuses the static layer and changes only the personal card', async () => {
    clearStaticLayerCache()
    const base = { templateKey: 'hot-topic', slots: SAMPLE_SLOTS['hot-topic'], format: 'png' as const }
    const one = await renderPersonalised({ ...base, personal: SAMPLE_PERSONAL })
    const two = await renderPersonalised({ ...base, personal: { ...SAMPLE_PERSONAL, name: '李四', qrUrl: 'https://mdk.example.cn/t/ZZ99' } })
    expect(staticLayerCacheStats().entries).toBe(1)
    expect(one.hash).not.toBe(two.hash)
    const a = await rawRgb(one.buffer)
    const b = await rawRgb(two.buffer)
    // Rows above the card (y < 1420) must be identical; the card rows must differ.
    const rowBytes = a.width * 3
    expect(diff(a.data.subarray(0, 1400 * rowBytes), b.data.subarray(0, 1400 * rowBytes), 0).changedShare).toBe(0)
    expect(diff(a.data.subarray(1420 * rowBytes), b.data.subarray(1420 * rowBytes), 0).changedShare).toBeGreaterThan(0.001)
  })
})
