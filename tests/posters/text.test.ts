/** Text handling: CJK coverage, emoji, overflow rules (shrink → floor → ellipsis) and injection-looking text. */
import { describe, expect, it } from 'vitest'
import { fitText, posterSvg, renderPoster, stripEmoji, validateSlots } from '../../src/templates/index.js'
import { SAMPLE_PERSONAL, SAMPLE_SLOTS } from './fixtures.js'
import { diff, rawRgb } from './helpers.js'

describe('fitText overflow rules', () => {
  const base = { maxWidth: 500, maxLines: 2, fontSize: 50, minFontSize: 30 }
  it('keeps the design size when the text fits', () => {
    const f = fitText('秋天的第一杯奶茶', base)
    expect(f).toMatchObject({ fontSize: 50, truncated: false })
    expect(f.lines).toEqual(['秋天的第一杯奶茶'])
  })
  it('shrinks before wrapping past the line limit', () => {
    const f = fitText('秋天的第一杯奶茶，XX银行为您省钱，更多优惠等你来拿', base)
    expect(f.fontSize).toBeLessThan(50)
    expect(f.fontSize).toBeGreaterThanOrEqual(30)
    expect(f.lines.length).toBeLessThanOrEqual(2)
    expect(f.truncated).toBe(false)
  })
  it('stops at the floor and ends with an ellipsis', () => {
    const f = fitText('很长的文字'.repeat(30), base)
    expect(f.fontSize).toBe(30)
    expect(f.lines).toHaveLength(2)
    expect(f.truncated).toBe(true)
    expect(f.lines[1].endsWith('…')).toBe(true)
  })
  it('never puts closing punctuation at the start of a line', () => {
    const f = fitText('一二三四五六七八九十，一二三四五六七八九十。', { maxWidth: 500, maxLines: 3, fontSize: 50, minFontSize: 50 })
    for (const l of f.lines) expect(/^[，。]/.test(l)).toBe(false)
  })
  it('keeps Latin words and numbers whole', () => {
    const f = fitText('Annual rate 2.15% for deposits 200000', { maxWidth: 300, maxLines: 4, fontSize: 40, minFontSize: 40 })
    expect(f.lines.join(' ').split(/\s+/)).toContain('2.15%')
  })
  it('a long headline in a poster stays inside the canvas', async () => {
    const r = await renderPoster({ templateKey: 'hot-topic', slots: { ...SAMPLE_SLOTS['hot-topic'], headline: '超长标题'.repeat(7) + '末尾' }, format: 'png' })
    expect(r.width).toBe(1080)
  })
})

describe('CJK coverage and emoji', () => {
  it('renders rare, Traditional and full-width text without crashing, and draws it', async () => {
    const slots = { ...SAMPLE_SLOTS['hot-topic'], headline: '𠮷野家與國語銀行「優惠」！？', points: ['（全角括號）、頓號；冒號：', '繁體中文測試：臺灣·香港'] }
    const plain = await renderPoster({ templateKey: 'hot-topic', slots: { ...slots, headline: '　' + 'x' }, format: 'png' })
    const r = await renderPoster({ templateKey: 'hot-topic', slots, format: 'png' })
    const d = diff((await rawRgb(r.buffer)).data, (await rawRgb(plain.buffer)).data)
    expect(d.changedShare).toBeGreaterThan(0.005)
  })
  it('emoji do not crash and are dropped rather than drawn as empty boxes', async () => {
    expect(stripEmoji('理财👍🏻好👨‍👩‍👧🇨🇳')).toBe('理财好')
    const r = await renderPoster({
      templateKey: 'hot-topic',
      slots: { ...SAMPLE_SLOTS['hot-topic'], headline: '🎉双十一🎉 狂欢 👨‍👩‍👧' },
      personal: { ...SAMPLE_PERSONAL, name: '王😀五' },
      format: 'jpeg',
    })
    expect(r.buffer.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
  })
})

describe('injection-looking text is plain text', () => {
  it('</svg><script> and javascript: become glyph paths, not markup', async () => {
    const slots = { ...SAMPLE_SLOTS['hot-topic'], headline: '</svg><script>alert(1)', points: ['javascript:alert(document.cookie)', '<img src=x onerror=alert(1)>'] }
    expect(validateSlots('hot-topic', slots).ok).toBe(true)
    const svg = await posterSvg({ templateKey: 'hot-topic', slots, personal: { ...SAMPLE_PERSONAL, name: '<b>x</b>' } })
    expect(svg).not.toMatch(/<script/i)
    expect(svg).not.toMatch(/javascript:/i)
    expect(svg).not.toMatch(/onerror/i)
    expect(svg.match(/<svg/g)).toHaveLength(1)
    const r = await renderPoster({ templateKey: 'hot-topic', slots, format: 'png' })
    expect(r.height).toBe(1920)
  })
})
