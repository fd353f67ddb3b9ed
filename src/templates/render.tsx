/**
 * Pipeline: satori (TSX → SVG, text as paths) → resvg (SVG → RGBA, on the libuv pool so a deadline can fire)
 * → sharp (encode). Full renders draw everything; personalised renders reuse a cached static layer and draw only
 * the manager's card, blended in at its rectangle.
 */
import satori from 'satori'
import { renderAsync } from '@resvg/resvg-js'
import sharp from 'sharp'
import type { ReactElement } from 'react'
import { resolveBrand, type BrandKit } from './brand'
import { PosterInputError, PosterTimeoutError } from './errors'
import { fontsFor, getFonts, type SatoriFont } from './fonts'
import { stableHash } from './hash'
import { prepareImage } from './images'
import { ByteLru } from './lru'
import { qrDataUri } from './qr'
import { getTemplate } from './registry'
import { validateAgainst, validatePersonal, type PersonalInfo, type Slots, type ValidateResult } from './slots'
import type { PersonalProps, Rect, SizePreset, StaticProps, TemplateDef } from './types'

export type PosterFormat = 'jpeg' | 'png'

export interface PersonalInput {
  name: string
  title?: string
  phone?: string
  branch?: string
  avatar?: Buffer
  qrUrl: string
}

export interface RenderInput {
  templateKey: string
  slots: Record<string, unknown>
  brand?: Partial<BrandKit> | null
  personal?: PersonalInput | null
  format?: PosterFormat
  /** Size preset key; defaults to the template's first preset. */
  size?: string
  /** Deadline for the whole render; default POSTER_TIMEOUT_MS or 15 s. */
  timeoutMs?: number
  /** JPEG quality, default 85. */
  quality?: number
}

export interface RenderResult {
  buffer: Buffer
  width: number
  height: number
  contentType: 'image/jpeg' | 'image/png'
  /** Content hash of the input (see posterContentHash); use it as the download cache key. */
  hash: string
}

const DEFAULT_TIMEOUT_MS = Number(process.env.POSTER_TIMEOUT_MS) || 15_000
const RESVG_OPTS = { font: { loadSystemFonts: false }, fitTo: { mode: 'original' as const }, logLevel: 'off' as const }

export function validateSlots(templateKey: string, slots: unknown): ValidateResult {
  const t = getTemplate(templateKey)
  if (!t) return { ok: false, errors: [{ slot: 'templateKey', zh: `不存在的海报模板“${templateKey}”`, en: `Unknown poster template "${templateKey}"` }] }
  return validateAgainst(t.slots, slots)
}

interface Prepared {
  template: TemplateDef
  size: SizePreset
  slots: Slots
  brand: BrandKit
  personal: PersonalInfo | null
  rect: Rect | null
  format: PosterFormat
  quality: number
  /** The font list this poster's text needs (with the Ext-B fallback only when a character asks for it). */
  fonts: SatoriFont[]
}

/** Every string in the input (image bytes skipped), to pick the fonts. */
function textOf(v: unknown): string {
  if (typeof v === 'string') return v
  if (Array.isArray(v)) return v.map(textOf).join('')
  if (v && typeof v === 'object' && !Buffer.isBuffer(v)) return Object.values(v).map(textOf).join('')
  return ''
}

function prepare(input: RenderInput): Prepared {
  const template = getTemplate(input.templateKey)
  if (!template) throw new PosterInputError('templateKey', { zh: `不存在的海报模板“${input.templateKey}”`, en: `Unknown poster template "${input.templateKey}"` })
  const size = input.size ? template.sizes.find((s) => s.key === input.size) : template.sizes[0]
  if (!size) {
    const keys = template.sizes.map((s) => s.key).join(', ')
    throw new PosterInputError('size', { zh: `模板不支持尺寸“${input.size}”（可选：${keys}）`, en: `Template has no size "${input.size}" (choose: ${keys})` })
  }
  const res = validateAgainst(template.slots, input.slots)
  if (!res.ok) throw new PosterInputError(res.errors[0].slot, res.errors[0], res.errors)
  const format = input.format ?? 'jpeg'
  if (format !== 'jpeg' && format !== 'png') throw new PosterInputError('format', { zh: '格式只能是 jpeg 或 png', en: 'Format must be jpeg or png' })
  const brand = resolveBrand(input.brand)
  const personal = input.personal ? validatePersonal(input.personal) : null
  return {
    template,
    size,
    slots: res.slots,
    brand,
    personal,
    rect: template.personalRect(size),
    format,
    quality: Math.min(100, Math.max(40, input.quality ?? 85)),
    fonts: fontsFor(textOf([res.slots, brand, personal])),
  }
}

/** Hash of everything that determines the picture; equal hash ⇒ identical poster. */
export function posterContentHash(input: RenderInput): string {
  const p = prepare(input)
  return hashPrepared(p)
}

function hashPrepared(p: Prepared): string {
  return stableHash({ t: p.template.key, size: p.size.key, slots: p.slots, brand: p.brand, personal: p.personal, format: p.format, q: p.quality })
}

function staticKey(p: Prepared): string {
  return stableHash({ layer: 'static', t: p.template.key, size: p.size.key, slots: p.slots, brand: p.brand })
}

/** Run `fn` with a deadline: resvg is aborted through the signal and the promise rejects with PosterTimeoutError. */
async function withDeadline<T>(ms: number, fn: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const ctrl = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      ctrl.abort()
      reject(new PosterTimeoutError(ms))
    }, ms)
  })
  try {
    const work = fn(ctrl.signal)
    work.catch(() => {}) // the deadline may win; don't leave an unhandled rejection behind
    return await Promise.race([work, deadline])
  } finally {
    clearTimeout(timer)
  }
}

function checkAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new Error('aborted')
}

async function rasterise(el: ReactElement, width: number, height: number, fonts: SatoriFont[], signal: AbortSignal): Promise<Buffer> {
  const svg = await svgOf(el, width, height, fonts)
  checkAborted(signal)
  // napi-rs takes over the signal it is given (one per call), so each resvg call gets its own child controller.
  const child = new AbortController()
  const onAbort = () => child.abort()
  signal.addEventListener('abort', onAbort, { once: true })
  try {
    const img = await renderAsync(svg, RESVG_OPTS, child.signal)
    return img.pixels
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}

/** satori → SVG string. Exported for tests that inspect the SVG (e.g. injection-looking text). */
export async function svgOf(el: ReactElement, width: number, height: number, fonts: SatoriFont[] = getFonts()): Promise<string> {
  return satori(el, { width, height, fonts: fonts as Parameters<typeof satori>[1]['fonts'] })
}

async function staticProps(p: Prepared): Promise<StaticProps> {
  const images: Record<string, string | undefined> = {}
  for (const spec of p.template.slots) {
    if (spec.type === 'image' && p.slots[spec.key]) images[spec.key] = await prepareImage(p.slots[spec.key], spec.key, p.template.imageBox(spec.key, p.size))
  }
  const logoPx = Math.round(84 * (p.size.width / 1080)) * 2
  const logo = p.brand.logo ? await prepareImage(p.brand.logo, 'brand.logo', { width: logoPx, height: logoPx, fit: 'contain' }) : undefined
  return { slots: p.slots, brand: p.brand, size: p.size, images, logo, personalRect: p.rect }
}

/** Without a manager, the card shows the bank's own contact: hotline and homepage QR. */
function genericPersonal(brand: BrandKit): PersonalInfo {
  return { name: brand.name, title: '官方客服', phone: brand.hotline, branch: '欢迎到就近网点咨询办理', qrUrl: brand.homepageUrl }
}

async function personalProps(p: Prepared, personal: PersonalInfo): Promise<PersonalProps> {
  const rect = p.rect!
  const px = p.template.avatarPx(p.size)
  const avatar = personal.avatar ? await prepareImage(personal.avatar, 'personal.avatar', { width: px * 2, height: px * 2, fit: 'cover' }) : undefined
  return { personal, brand: p.brand, size: p.size, rect, avatar, qr: qrDataUri(personal.qrUrl) }
}

function compose(p: Prepared, sp: StaticProps, pp: PersonalProps | null): ReactElement {
  const { width, height } = p.size
  const r = p.rect
  return (
    <div style={{ display: 'flex', position: 'relative', width, height }}>
      {p.template.Static(sp)}
      {pp && r ? <div style={{ display: 'flex', position: 'absolute', left: r.x, top: r.y, width: r.w, height: r.h }}>{p.template.Personal(pp)}</div> : null}
    </div>
  )
}

async function encode(raw: Buffer, width: number, height: number, channels: 3 | 4, p: Prepared): Promise<Buffer> {
  const img = sharp(raw, { raw: { width, height, channels } })
  if (p.format === 'png') return img.png({ compressionLevel: 6 }).toBuffer()
  // Huffman optimisation costs several ms per poster for ~5% size; posters are sent once, speed matters more.
  return img.jpeg({ quality: p.quality, optimiseCoding: false }).toBuffer()
}

function result(buffer: Buffer, p: Prepared): RenderResult {
  return { buffer, width: p.size.width, height: p.size.height, contentType: p.format === 'png' ? 'image/png' : 'image/jpeg', hash: hashPrepared(p) }
}

/** Full render: the whole poster drawn in one satori pass (with the personal card if given). */
export async function renderPoster(input: RenderInput): Promise<RenderResult> {
  const p = prepare(input)
  return withDeadline(input.timeoutMs ?? DEFAULT_TIMEOUT_MS, async (signal) => {
    const sp = await staticProps(p)
    const pp = p.rect ? await personalProps(p, p.personal ?? genericPersonal(p.brand)) : null
    const raw = await rasterise(compose(p, sp, pp), p.size.width, p.size.height, p.fonts, signal)
    checkAborted(signal)
    return result(await encode(raw, p.size.width, p.size.height, 4, p), p)
  })
}

interface StaticLayer {
  rgb: Buffer
  width: number
  height: number
}

const staticCache = new ByteLru<Promise<StaticLayer>>(Number(process.env.POSTER_STATIC_CACHE_MB || 256) * 1024 * 1024)

export function clearStaticLayerCache(): void {
  staticCache.clear()
}

export function staticLayerCacheStats(): { entries: number; bytes: number } {
  return { entries: staticCache.size, bytes: staticCache.bytes }
}

function rgbaToRgb(rgba: Buffer): Buffer {
  const n = rgba.length / 4
  const rgb = Buffer.allocUnsafe(n * 3)
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    rgb[j] = rgba[i]
    rgb[j + 1] = rgba[i + 1]
    rgb[j + 2] = rgba[i + 2]
  }
  return rgb
}

async function getStaticLayer(p: Prepared, signal: AbortSignal): Promise<StaticLayer> {
  const key = staticKey(p)
  let layer = staticCache.get(key)
  if (!layer) {
    // The promise is cached at once so concurrent requests for one poster version share a single render.
    layer = (async () => {
      const sp = await staticProps(p)
      const raw = await rasterise(compose(p, sp, null), p.size.width, p.size.height, p.fonts, signal)
      return { rgb: rgbaToRgb(raw), width: p.size.width, height: p.size.height }
    })()
    staticCache.set(key, layer, p.size.width * p.size.height * 3)
    layer.catch(() => staticCache.delete(key))
  }
  return layer
}

/** Source-over blend of resvg's RGBA layer (premultiplied alpha, as tiny-skia keeps it) onto an RGB image at (x, y). */
function blendInto(dst: Buffer, dstWidth: number, src: Buffer, r: Rect): void {
  for (let y = 0; y < r.h; y++) {
    let si = y * r.w * 4
    let di = ((r.y + y) * dstWidth + r.x) * 3
    for (let x = 0; x < r.w; x++, si += 4, di += 3) {
      const a = src[si + 3]
      if (a === 0) continue
      if (a === 255) {
        dst[di] = src[si]
        dst[di + 1] = src[si + 1]
        dst[di + 2] = src[si + 2]
      } else {
        const k = 1 - a / 255
        dst[di] = Math.round(src[si] + dst[di] * k)
        dst[di + 1] = Math.round(src[si + 1] + dst[di + 1] * k)
        dst[di + 2] = Math.round(src[si + 2] + dst[di + 2] * k)
      }
    }
  }
}

/**
 * Personalised render: static layer from the cache (rendered once per template+slots+brand+size), only the
 * manager's card drawn per call and blended in. Same output as renderPoster within anti-aliasing.
 */
export async function renderPersonalised(input: RenderInput): Promise<RenderResult> {
  const p = prepare(input)
  return withDeadline(input.timeoutMs ?? DEFAULT_TIMEOUT_MS, async (signal) => {
    const [layer, card] = await Promise.all([
      getStaticLayer(p, signal),
      p.rect
        ? personalProps(p, p.personal ?? genericPersonal(p.brand)).then((pp) => {
            const r = p.rect!
            const el = <div style={{ display: 'flex', width: r.w, height: r.h }}>{p.template.Personal(pp)}</div>
            return rasterise(el, r.w, r.h, p.fonts, signal)
          })
        : Promise.resolve(null),
    ])
    checkAborted(signal)
    let rgb = layer.rgb
    if (card && p.rect) {
      rgb = Buffer.from(layer.rgb) // copy: the cached layer is shared
      blendInto(rgb, layer.width, card, p.rect)
    }
    return result(await encode(rgb, layer.width, layer.height, 3, p), p)
  })
}

/** The full poster as an SVG string (text as glyph paths); for inspection and tests. */
export async function posterSvg(input: RenderInput): Promise<string> {
  const p = prepare(input)
  const sp = await staticProps(p)
  const pp = p.rect ? await personalProps(p, p.personal ?? genericPersonal(p.brand)) : null
  return svgOf(compose(p, sp, pp), p.size.width, p.size.height, p.fonts)
}

/**
 * The poster as React elements (static layer, personal card and its rectangle), for the Chromium baseline in
 * bench/posters.ts, which renders the very same design as HTML.
 */
export async function posterElements(input: RenderInput): Promise<{ staticEl: ReactElement; personalEl: ReactElement | null; rect: Rect | null; width: number; height: number }> {
  const p = prepare(input)
  const sp = await staticProps(p)
  const pp = p.rect ? await personalProps(p, p.personal ?? genericPersonal(p.brand)) : null
  return { staticEl: compose(p, sp, null), personalEl: pp ? p.template.Personal(pp) : null, rect: p.rect, width: p.size.width, height: p.size.height }
}
