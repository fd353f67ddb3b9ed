/**
 * Chinese fonts ship with the project via npm (@expo-google-fonts/noto-sans-sc); nothing is fetched at render time.
 * Files are read once per process and the same `fonts` array object is passed to every satori call, because satori
 * caches parsed fonts by that array's identity (WeakMap) — a new array per call would re-parse 30 MB of TTF.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { GlyphMetrics } from './glyph-metrics.js'

export const FONT_FAMILY = 'Noto Sans SC'

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
const metrics = new Map<Weight, GlyphMetrics>()

const require = createRequire(import.meta.url)

export function fontPath(weight: Weight): string {
  return require.resolve(FILES[weight])
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
