/**
 * Chinese fonts ship with the project via npm (@expo-google-fonts/noto-sans-sc); nothing is fetched at render time.
 * Files are read once per process and the same `fonts` array object is passed to every satori call, because satori
 * caches parsed fonts by that array's identity (WeakMap) — a new array per call would re-parse 30 MB of TTF.
 * Noto Sans SC lacks CJK Ext-B characters such as 𠮷 (U+20BB7); Noto Sans JP has many of them. It is parsed only
 * for texts that need it: a second, lazily built array [SC 400, SC 700, JP 400] that satori falls back to per glyph.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../lib/env'
import { GlyphMetrics } from './glyph-metrics'

export const FONT_FAMILY = 'Noto Sans SC'
const FALLBACK_FAMILY = 'Noto Sans JP'
const FALLBACK_FILE = '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'

// Two weights only: each parsed weight costs ~80 MB of RSS in satori; 900 (Black) would break the 600 MB budget.
// Templates may ask for 900; satori and our metrics then use the nearest loaded weight (700).
type Weight = 400 | 700
const FILES: Record<Weight, string> = {
  400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
}

export interface SatoriFont {
  name: string
  data: Buffer
  weight: Weight
  style: 'normal'
}

let fonts: SatoriFont[] | null = null
let withFallback: SatoriFont[] | null = null
// Emoji, skin tones and flags: fitText strips them, no font is needed for them.
const EMOJI = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|[\u{1F1E6}-\u{1F1FF}]|\ufe0f/u
const metrics = new Map<Weight, GlyphMetrics>()

// Resolved against node_modules at run time rather than with require.resolve: Next's bundler follows a
// literal require.resolve and tries to bundle the TTF files (the admin imports the template registry).
const nodeModules = path.join(projectRoot, 'node_modules')
const resolveFont = (spec: string) => path.join(nodeModules, spec)

export function fontPath(weight: Weight): string {
  return resolveFont(FILES[weight])
}

/** The process-wide font list for satori (same array every time). */
export function getFonts(): SatoriFont[] {
  if (!fonts) {
    fonts = ([400, 700] as Weight[]).map((weight) => ({
      name: FONT_FAMILY,
      data: readFileSync(fontPath(weight)),
      weight,
      style: 'normal' as const,
    }))
  }
  return fonts
}

/**
 * The font list for a text: the plain SC list, or — only when some character is missing from SC (emoji aside,
 * which fitText strips) — the list with the JP fallback. Both lists are process-wide, so satori's cache holds.
 */
export function fontsFor(text: string): SatoriFont[] {
  const sc = getMetrics(400)
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp > 0x2e7f && !sc.has(cp) && !EMOJI.test(ch)) {
      withFallback ??= [...getFonts(), { name: FALLBACK_FAMILY, data: readFileSync(resolveFont(FALLBACK_FILE)), weight: 400, style: 'normal' }]
      return withFallback
    }
  }
  return getFonts()
}

/** Advance-width tables for text fitting; the nearest loaded weight is used. */
export function getMetrics(weight: number): GlyphMetrics {
  const w: Weight = weight >= 600 ? 700 : 400
  let m = metrics.get(w)
  if (!m) {
    const font = getFonts().find((f) => f.weight === w)!
    m = new GlyphMetrics(font.data)
    metrics.set(w, m)
  }
  return m
}
