/**
 * Brand kit: logo, colours and the disclaimer line printed on every poster.
 * Later it comes from the Payload `brand` global; here it is a plain object with a sensible default bank brand.
 */
export interface BrandKit {
  /** Short bank name, e.g. "XX银行". */
  name: string
  /** English / pinyin name shown under the logo. */
  nameEn: string
  /** Brand slogan shown next to the English name. */
  slogan: string
  /** Logo as image bytes (PNG/JPEG/WebP) from our media; absent → a drawn emblem in the primary colour. */
  logo?: Buffer
  colors: {
    /** Main brand colour (figures, emblem, titles). */
    primary: string
    /** Darker shade of the primary, for shadows and deep gradient ends. */
    primaryDark: string
    /** Warm accent (gradients, highlights). */
    accent: string
    /** Soft cream used for pills and chips. */
    cream: string
    /** Body text on light backgrounds. */
    ink: string
  }
  /** Disclaimer printed at the bottom of every poster. */
  disclaimer: string
  /** Customer hotline, used on the generic (non-personal) contact card. */
  hotline: string
  /** Where the generic QR points when no manager is given. */
  homepageUrl: string
}

export const DEFAULT_BRAND: BrandKit = {
  name: 'XX银行',
  nameEn: 'XX BANK',
  slogan: '让生活更有温度',
  colors: {
    primary: '#C8102E',
    primaryDark: '#8E0B20',
    accent: '#FF8A3D',
    cream: '#FFF4DC',
    ink: '#1F2329',
  },
  disclaimer: '本活动最终解释权归XX银行所有 · 理财有风险，投资需谨慎',
  hotline: '95xxx',
  homepageUrl: 'https://www.example-bank.cn',
}

const HEX = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/

/** Merge a partial brand over the default; colours that are not #hex fall back to the default (no CSS injection). */
export function resolveBrand(partial?: Partial<BrandKit> | null): BrandKit {
  if (!partial) return DEFAULT_BRAND
  const colors = { ...DEFAULT_BRAND.colors }
  for (const [k, v] of Object.entries(partial.colors ?? {})) {
    if (typeof v === 'string' && HEX.test(v) && k in colors) (colors as Record<string, string>)[k] = v
  }
  const str = (v: unknown, d: string, max: number) => (typeof v === 'string' && v.trim() ? [...v.trim()].slice(0, max).join('') : d)
  return {
    name: str(partial.name, DEFAULT_BRAND.name, 20),
    nameEn: str(partial.nameEn, DEFAULT_BRAND.nameEn, 40),
    slogan: str(partial.slogan, DEFAULT_BRAND.slogan, 30),
    logo: Buffer.isBuffer(partial.logo) ? partial.logo : undefined,
    colors,
    disclaimer: str(partial.disclaimer, DEFAULT_BRAND.disclaimer, 80),
    hotline: str(partial.hotline, DEFAULT_BRAND.hotline, 20),
    homepageUrl: str(partial.homepageUrl, DEFAULT_BRAND.homepageUrl, 500),
  }
}
