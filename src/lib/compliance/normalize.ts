// Normalisation used for matching: both the rule patterns and the text go through it, and every normalised
// UTF-16 unit remembers which original UTF-16 range it came from, so hits can be highlighted in the original.
//  - full-width ASCII (ＡＢＣ１２３，！％) → half-width; ASCII letters → lower case
//  - all whitespace (incl. U+3000 ideographic space, NBSP) and zero-width characters are dropped,
//    so "稳 赚" and "理财有风险， 投资需谨慎" still match
//  - filler symbols placed between two Chinese characters to dodge filters ("稳*赚", "保·本") are dropped

export type NormalizedText = {
  text: string
  /** origStart[i] = original UTF-16 index where normalised unit i starts. */
  origStart: Int32Array
  /** origEnd[i] = original UTF-16 index (exclusive) where normalised unit i ends. */
  origEnd: Int32Array
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad])
const FILLERS = new Set(['*', '·', '•', '_', '~', '-', '/', '\\', '|', '.', '^', '#', '@', '+', '=', '…'].map((c) => c.codePointAt(0)!))

function isWhitespace(cp: number): boolean {
  return (
    cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0xa0 || cp === 0x3000 || cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f
  )
}

export function isCjk(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x2ffff)
}

/** Map one code point to its normalised form (same length in code points), before drop decisions. */
function foldCodePoint(cp: number): number {
  if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0 // full-width ASCII block
  if (cp >= 0x41 && cp <= 0x5a) cp += 0x20 // A-Z → a-z
  return cp
}

export function normalizeWithMap(input: string): NormalizedText {
  const n = input.length
  const out: number[] = []
  const origStart = new Int32Array(n)
  const origEnd = new Int32Array(n)
  let len = 0
  let lastCp = -1 // last emitted code point (folded)
  let i = 0
  while (i < n) {
    const raw = input.codePointAt(i)!
    const width = raw > 0xffff ? 2 : 1
    if (isWhitespace(raw) || ZERO_WIDTH.has(raw)) {
      i += width
      continue
    }
    const cp = foldCodePoint(raw)
    if (FILLERS.has(cp) && isCjk(lastCp)) {
      // Drop only when the next meaningful character is Chinese as well (稳*赚), not in "3.5" or "No.1".
      let j = i + width
      while (j < n) {
        const c = input.codePointAt(j)!
        const w = c > 0xffff ? 2 : 1
        if (isWhitespace(c) || ZERO_WIDTH.has(c) || FILLERS.has(foldCodePoint(c))) j += w
        else break
      }
      if (j < n && isCjk(input.codePointAt(j)!)) {
        i += width
        continue
      }
    }
    if (cp > 0xffff) {
      const s = String.fromCodePoint(cp)
      out.push(s.charCodeAt(0), s.charCodeAt(1))
      origStart[len] = i; origEnd[len] = i + width; len++
      origStart[len] = i; origEnd[len] = i + width; len++
    } else {
      out.push(cp)
      origStart[len] = i; origEnd[len] = i + width; len++
    }
    lastCp = cp
    i += width
  }
  let text = ''
  for (let k = 0; k < out.length; k += 8192) text += String.fromCharCode(...out.slice(k, k + 8192))
  return { text, origStart: origStart.subarray(0, len), origEnd: origEnd.subarray(0, len) }
}

/** Normalised form of a pattern (no position map needed). */
export function normalizePattern(pattern: string): string {
  return normalizeWithMap(pattern).text
}
