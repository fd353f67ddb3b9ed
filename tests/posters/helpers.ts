/** Image comparison helpers for poster tests (tolerant: anti-aliasing and JPEG noise must not fail a test). */
import sharp from 'sharp'

export interface Diff {
  /** Mean absolute difference per channel, 0–255. */
  mean: number
  /** Share of pixels where any channel differs by more than `threshold`. */
  changedShare: number
}

export async function rawRgb(png: Buffer, width?: number): Promise<{ data: Buffer; width: number; height: number }> {
  let img = sharp(png).removeAlpha()
  if (width) img = img.resize({ width, kernel: 'lanczos3' })
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true })
  return { data, width: info.width, height: info.height }
}

export function diff(a: Buffer, b: Buffer, threshold = 32): Diff {
  if (a.length !== b.length) return { mean: 255, changedShare: 1 }
  let sum = 0
  let changed = 0
  for (let i = 0; i < a.length; i += 3) {
    const d0 = Math.abs(a[i] - b[i])
    const d1 = Math.abs(a[i + 1] - b[i + 1])
    const d2 = Math.abs(a[i + 2] - b[i + 2])
    sum += d0 + d1 + d2
    if (d0 > threshold || d1 > threshold || d2 > threshold) changed++
  }
  return { mean: sum / a.length, changedShare: changed / (a.length / 3) }
}
