/**
 * Minimal TrueType reader: horizontal advance widths per code point (cmap format 12/4 + hmtx).
 * Text fitting needs real widths — Latin, digits and CJK differ a lot — and satori exposes no measuring API.
 */
export class GlyphMetrics {
  readonly unitsPerEm: number
  private readonly advances: Uint16Array
  private readonly cmap = new Map<number, number>()
  private readonly cache = new Map<number, number>()

  constructor(data: Buffer) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
    const tables = new Map<string, number>()
    const numTables = view.getUint16(4)
    for (let i = 0; i < numTables; i++) {
      const rec = 12 + i * 16
      const tag = String.fromCharCode(view.getUint8(rec), view.getUint8(rec + 1), view.getUint8(rec + 2), view.getUint8(rec + 3))
      tables.set(tag, view.getUint32(rec + 8))
    }
    const head = tables.get('head')!
    const hhea = tables.get('hhea')!
    const hmtx = tables.get('hmtx')!
    const maxp = tables.get('maxp')!
    this.unitsPerEm = view.getUint16(head + 18)
    const numHMetrics = view.getUint16(hhea + 34)
    const numGlyphs = view.getUint16(maxp + 4)
    this.advances = new Uint16Array(numGlyphs)
    let last = 0
    for (let g = 0; g < numGlyphs; g++) {
      if (g < numHMetrics) last = view.getUint16(hmtx + g * 4)
      this.advances[g] = last
    }
    this.readCmap(view, tables.get('cmap')!)
  }

  private readCmap(view: DataView, cmap: number): void {
    const n = view.getUint16(cmap + 2)
    let fmt12 = -1
    let fmt4 = -1
    for (let i = 0; i < n; i++) {
      const rec = cmap + 4 + i * 8
      const platform = view.getUint16(rec)
      const encoding = view.getUint16(rec + 2)
      const off = cmap + view.getUint32(rec + 4)
      const format = view.getUint16(off)
      if (format === 12 && (platform === 3 || platform === 0)) fmt12 = off
      if (format === 4 && ((platform === 3 && encoding === 1) || platform === 0)) fmt4 = off
    }
    if (fmt12 >= 0) {
      const groups = view.getUint32(fmt12 + 12)
      for (let i = 0; i < groups; i++) {
        const g = fmt12 + 16 + i * 12
        const start = view.getUint32(g)
        const end = view.getUint32(g + 4)
        const glyph = view.getUint32(g + 8)
        for (let c = start; c <= end; c++) this.cmap.set(c, glyph + (c - start))
      }
    } else if (fmt4 >= 0) {
      const segX2 = view.getUint16(fmt4 + 6)
      const ends = fmt4 + 14
      const starts = ends + segX2 + 2
      const deltas = starts + segX2
      const ranges = deltas + segX2
      for (let s = 0; s < segX2 / 2; s++) {
        const end = view.getUint16(ends + s * 2)
        const start = view.getUint16(starts + s * 2)
        const delta = view.getInt16(deltas + s * 2)
        const rangeOff = view.getUint16(ranges + s * 2)
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph: number
          if (rangeOff === 0) glyph = (c + delta) & 0xffff
          else {
            const at = ranges + s * 2 + rangeOff + (c - start) * 2
            glyph = view.getUint16(at)
            if (glyph !== 0) glyph = (glyph + delta) & 0xffff
          }
          if (glyph) this.cmap.set(c, glyph)
        }
      }
    }
  }

  /** True when the font has a glyph for this code point. */
  has(codePoint: number): boolean {
    return this.cmap.has(codePoint)
  }

  /** Advance width of one code point in em (missing glyphs count as 1 em: emoji and fallbacks are square). */
  advanceEm(codePoint: number): number {
    let w = this.cache.get(codePoint)
    if (w === undefined) {
      const glyph = this.cmap.get(codePoint)
      w = glyph === undefined ? 1 : this.advances[glyph] / this.unitsPerEm
      this.cache.set(codePoint, w)
    }
    return w
  }

  /** Width of a string in px at a font size, with letter spacing in px. */
  width(text: string, fontSize: number, letterSpacing = 0): number {
    let em = 0
    let n = 0
    for (const ch of text) {
      em += this.advanceEm(ch.codePointAt(0)!)
      n++
    }
    return em * fontSize + n * letterSpacing
  }
}
