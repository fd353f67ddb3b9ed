/**
 * Text fitting rule, applied before satori so text never overflows:
 *   1. try the design font size; if the text needs more than `maxLines` lines, shrink in steps down to `minFontSize`;
 *   2. at the floor, keep `maxLines` lines and end the last one with an ellipsis.
 * We break lines ourselves (CJK anywhere, Latin at word boundaries, no closing punctuation at a line start) and
 * render each line as its own no-wrap block, so satori's own wrapping never disagrees with our count.
 */
import { getMetrics } from './fonts'

export interface FitOptions {
  maxWidth: number
  maxLines: number
  fontSize: number
  minFontSize: number
  fontWeight?: number
  letterSpacing?: number
}

export interface FittedText {
  lines: string[]
  fontSize: number
  truncated: boolean
}

// Measured widths are shaped without kerning; keep a small margin so the real line is never wider.
const SAFETY = 0.965
const ELLIPSIS = '…'
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉,.;:?!)]}%…·～’”'])
const NO_LINE_END = new Set([...'（《「『【〔〈([{“‘¥$'])

/** Emoji need a colour font we do not ship; drop them (and their joiners/selectors) rather than draw empty boxes. */
export function stripEmoji(text: string): string {
  return text.replace(/\p{Extended_Pictographic}|\u200d|\ufe0f|[\u{1F3FB}-\u{1F3FF}]|[\u{1F1E6}-\u{1F1FF}]/gu, '').replace(/ {2,}/g, ' ')
}

/** Split into unbreakable units: one CJK character, or one Latin/digit word with its trailing space. */
function tokenize(text: string): string[] {
  const tokens: string[] = []
  const re = /[A-Za-z0-9@#&_\-+.,'%/:]+ ?|\s|./gsu
  for (const m of text.matchAll(re)) tokens.push(m[0])
  // Glue closing punctuation to the token before it and opening punctuation to the token after it.
  const glued: string[] = []
  for (const t of tokens) {
    const prev = glued[glued.length - 1]
    if (prev !== undefined && (NO_LINE_START.has(t[0]) || NO_LINE_END.has([...prev].pop()!))) glued[glued.length - 1] = prev + t
    else glued.push(t)
  }
  return glued
}

function breakLines(text: string, width: (s: string) => number, maxWidth: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const token of tokenize(paragraph)) {
      if (line && width(line + token.trimEnd()) > maxWidth) {
        lines.push(line.trimEnd())
        line = token.trimStart()
      } else line += token
      // A single token wider than the line (a long URL or number) is split by character.
      while (width(line.trimEnd()) > maxWidth && [...line].length > 1) {
        const chars = [...line]
        let cut = chars.length - 1
        while (cut > 1 && width(chars.slice(0, cut).join('')) > maxWidth) cut--
        lines.push(chars.slice(0, cut).join(''))
        line = chars.slice(cut).join('')
      }
    }
    lines.push(line.trimEnd())
  }
  return lines
}

export function fitText(raw: string, opts: FitOptions): FittedText {
  const text = stripEmoji(raw).replace(/\r\n?/g, '\n').trim()
  const metrics = getMetrics(opts.fontWeight ?? 400)
  const maxWidth = opts.maxWidth * SAFETY
  const step = Math.max(1, Math.round(opts.fontSize * 0.04))
  let size = opts.fontSize
  for (;;) {
    const width = (s: string) => metrics.width(s, size, opts.letterSpacing ?? 0)
    const lines = breakLines(text, width, maxWidth)
    if (lines.length <= opts.maxLines) return { lines, fontSize: size, truncated: false }
    if (size - step < opts.minFontSize) {
      const kept = lines.slice(0, opts.maxLines)
      let last = kept[kept.length - 1]
      const chars = [...last]
      while (chars.length && width(chars.join('') + ELLIPSIS) > maxWidth) chars.pop()
      // Don't leave a dangling comma before the ellipsis.
      while (chars.length && NO_LINE_START.has(chars[chars.length - 1])) chars.pop()
      last = chars.join('').trimEnd() + ELLIPSIS
      kept[kept.length - 1] = last
      return { lines: kept, fontSize: size, truncated: true }
    }
    size -= step
  }
}

export interface BlockOptions {
  maxWidth: number
  maxHeight: number
  fontSize: number
  minFontSize: number
  lineHeight: number
  /** Gap between items, as a multiple of the font size. */
  gapEm: number
  maxLinesEach: number
  fontWeight?: number
}

export interface FittedBlock {
  items: string[][]
  fontSize: number
}

/**
 * Fit a list (bullet points) into a box: shrink all items together down to the floor; at the floor allow
 * fewer lines per item (with ellipses); as a last resort drop trailing items.
 */
export function fitBlock(items: string[], o: BlockOptions): FittedBlock {
  const height = (fitted: FittedText[], size: number) =>
    fitted.reduce((h, f) => h + f.lines.length * size * o.lineHeight, 0) + Math.max(0, fitted.length - 1) * o.gapEm * size
  const at = (size: number, maxLines: number, list: string[]) =>
    list.map((t) => fitText(t, { maxWidth: o.maxWidth, maxLines, fontSize: size, minFontSize: size, fontWeight: o.fontWeight }))
  const step = Math.max(1, Math.round(o.fontSize * 0.05))
  for (let size = o.fontSize; size >= o.minFontSize; size -= step) {
    const f = at(size, o.maxLinesEach, items)
    if (height(f, size) <= o.maxHeight) return { items: f.map((x) => x.lines), fontSize: size }
  }
  const size = o.minFontSize
  for (let lines = o.maxLinesEach - 1; lines >= 1; lines--) {
    const f = at(size, lines, items)
    if (height(f, size) <= o.maxHeight) return { items: f.map((x) => x.lines), fontSize: size }
  }
  let list = items.slice()
  while (list.length > 0) {
    list = list.slice(0, -1)
    const f = at(size, 1, list)
    if (height(f, size) <= o.maxHeight) return { items: f.map((x) => x.lines), fontSize: size }
  }
  return { items: [], fontSize: size }
}
