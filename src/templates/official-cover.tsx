/** 公众号 article cover: 2.35:1 (900×383) and its 1:1 companion (500×500). No personal card (one per article). */
import { Bubble, Emblem, Lines, ManagerCard, Root, alpha, mix } from './components'
import { fitText } from './fit-text'
import type { StaticProps, TemplateDef } from './types'
import { SIZE_COVER, SIZE_COVER_SQUARE } from './sizes'

function OfficialCover({ slots, brand, size, images, logo }: StaticProps) {
  const { width: W, height: H } = size
  const c = brand.colors
  const wide = W / H > 1.5
  const s = wide ? H / 383 : W / 500
  const m = 40 * s
  const photoW = wide && images.image ? Math.round(W * 0.42) : 0
  const textW = W - 2 * m - photoW
  const tag = slots.tag ? fitText(String(slots.tag), { maxWidth: textW, maxLines: 1, fontSize: 22 * s, minFontSize: 16 * s, fontWeight: 700 }) : null
  const head = fitText(String(slots.headline ?? ''), { maxWidth: textW, maxLines: wide ? 2 : 3, fontSize: (wide ? 56 : 52) * s, minFontSize: 36 * s, fontWeight: 900 })
  const sub = slots.subline ? fitText(String(slots.subline), { maxWidth: textW, maxLines: 1, fontSize: 26 * s, minFontSize: 18 * s }) : null
  return (
    <Root width={W} height={H} background={`linear-gradient(135deg, ${mix(c.accent, '#FFD27A', 0.4)} 0%, ${c.accent} 45%, ${c.primary} 100%)`}>
      <Bubble x={W - 160 * s} y={-120 * s} d={300 * s} color="rgba(255,255,255,0.14)" />
      <Bubble x={-80 * s} y={H - 90 * s} d={200 * s} color="rgba(255,255,255,0.10)" />
      {images.image ? (
        wide ? (
          <img src={images.image} width={photoW} height={H} style={{ position: 'absolute', right: 0, top: 0, objectFit: 'cover' }} />
        ) : (
          <img src={images.image} width={W} height={H} style={{ position: 'absolute', left: 0, top: 0, objectFit: 'cover', opacity: 0.35 }} />
        )
      ) : null}
      <div style={{ display: 'flex', flexDirection: 'column', position: 'absolute', left: m, top: m, width: textW, height: H - 2 * m, justifyContent: 'space-between' }}>
        <div style={{ display: 'flex', alignItems: 'center' }}>
          <Emblem brand={brand} logo={logo} size={44 * s} />
          <div style={{ display: 'flex', marginLeft: 12 * s, fontSize: 24 * s, fontWeight: 700, letterSpacing: 2 * s }}>{brand.name}</div>
        </div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          {tag ? (
            <div style={{ display: 'flex', alignSelf: 'flex-start', padding: `${4 * s}px ${16 * s}px`, borderRadius: 40 * s, background: c.cream, color: c.primary, marginBottom: 14 * s }}>
              <Lines fitted={tag} lineHeight={1.4} style={{ fontWeight: 700 }} />
            </div>
          ) : null}
          <Lines fitted={head} lineHeight={1.22} style={{ fontWeight: 900, textShadow: `0 ${3 * s}px ${10 * s}px ${alpha(c.primaryDark, 0.3)}` }} />
          {sub ? <Lines fitted={sub} lineHeight={1.5} style={{ marginTop: 10 * s, color: 'rgba(255,255,255,0.9)' }} /> : null}
        </div>
      </div>
    </Root>
  )
}

export const officialCover: TemplateDef = {
  key: 'official-cover',
  name: '公众号封面',
  nameEn: 'Official Account cover',
  description: { zh: '公众号头条封面 2.35:1 及 1:1 次图', en: 'Article cover 2.35:1 with its 1:1 companion' },
  sizes: [SIZE_COVER, SIZE_COVER_SQUARE],
  slots: [
    { key: 'headline', label: { zh: '封面标题', en: 'Cover title' }, type: 'text', required: true, maxLength: 24, example: '双十一理财攻略' },
    { key: 'subline', label: { zh: '副标题', en: 'Subline' }, type: 'text', required: false, maxLength: 30 },
    { key: 'tag', label: { zh: '栏目标签', en: 'Column tag' }, type: 'text', required: false, maxLength: 8, example: '财富课堂' },
    { key: 'image', label: { zh: '封面图', en: 'Cover image' }, type: 'image', required: false, maxLength: 0 },
  ],
  imageBox: (_slot, size) => (size.width / size.height > 1.5 ? { width: Math.round(size.width * 0.42), height: size.height, fit: 'cover' } : { width: size.width, height: size.height, fit: 'cover' }),
  personalRect: () => null,
  avatarPx: () => 0,
  Static: OfficialCover,
  Personal: ManagerCard,
}
