/** Rare CJK (Ext-B) characters get real glyphs from the lazily loaded fallback font; ordinary text never loads it. */
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'

import { fontsFor, getFonts } from '../../src/templates/fonts.js'
import { posterSvg, renderPoster } from '../../src/templates/index.js'
import { svgOf } from '../../src/templates/render.js'
import { SAMPLE_PERSONAL, SAMPLE_SLOTS } from './fixtures.js'

const glyph = (text: string, fonts = fontsFor(text)) =>
  svgOf(createElement('div', { style: { display: 'flex', fontSize: 64, color: '#000' } }, text), 100, 100, fonts)

describe('CJK Ext-B fallback font', () => {
  it('keeps the plain Noto Sans SC list (same array) for ordinary Simplified, Traditional and full-width text', () => {
    // identity checks as booleans: a failing toBe would diff 20 MB of font bytes
    expect(fontsFor('秋天的第一杯奶茶，與國語銀行「優惠」！？（全角）') === getFonts()).toBe(true)
    expect(fontsFor('理财👍🏻好🇨🇳👨‍👩‍👧') === getFonts()).toBe(true)
  })

  it('adds the fallback only for characters Noto Sans SC lacks, and reuses one array', () => {
    const a = fontsFor('𠮷野家')
    expect(a === getFonts()).toBe(false)
    expect(a.map((f) => f.name)).toEqual(['Noto Sans SC', 'Noto Sans SC', 'Noto Sans JP'])
    expect(fontsFor('𠮷') === a).toBe(true)
  })

  it('draws 𠮷 as a real glyph, not the missing-glyph box', async () => {
    const tofu = await glyph('𠮷', getFonts())
    // two different characters SC lacks draw the same box: that is what tofu looks like
    expect(await glyph('\u{20BB8}', getFonts())).toBe(tofu.replace('𠮷', '\u{20BB8}'))
    const real = await glyph('𠮷')
    expect(real).not.toBe(tofu)
    const pathData = (svg: string) => [...svg.matchAll(/ d="([^"]+)"/g)].map((m) => m[1]).join('')
    expect(pathData(real)).not.toBe(pathData(tofu))
    expect(pathData(real).length).toBeGreaterThan(100)
  })

  it('renders a poster with 𠮷 in the headline and the manager name, and emoji in both, without crashing', async () => {
    const slots = { ...SAMPLE_SLOTS['hot-topic'], headline: '𠮷祥如意🎉 新春理财季' }
    const personal = { ...SAMPLE_PERSONAL, name: '𠮷田👍' }
    const svg = await posterSvg({ templateKey: 'hot-topic', slots, personal })
    expect(svg.startsWith('<svg')).toBe(true)
    const r = await renderPoster({ templateKey: 'hot-topic', slots, personal, format: 'jpeg' })
    expect(r.buffer.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
  })
})
