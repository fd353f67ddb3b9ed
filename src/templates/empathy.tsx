/** 共情 empathy story poster, 9:16: a warm, light layout with a quote, a short story and a signature line. */
import { BrandHeader, Bubble, Disclaimer, Lines, ManagerCard, Root, ShadowPlate, alpha, mix } from './components'
import { fitText } from './fit-text'
import type { StaticProps, TemplateDef } from './types'
import { SIZE_9x16, cardRect9x16 } from './sizes'

function Empathy({ slots, brand, size, images, logo, personalRect }: StaticProps) {
  const { width: W, height: H } = size
  const s = W / 1080
  const c = brand.colors
  const m = 80 * s
  const ink = c.ink
  const photoH = images.image ? 420 * s : 0
  const head = fitText(String(slots.headline ?? ''), { maxWidth: W - 2 * m, maxLines: 3, fontSize: 80 * s, minFontSize: 56 * s, fontWeight: 700, letterSpacing: 2 * s })
  const cardTop = personalRect ? personalRect.y : H - 120 * s
  // Space left for the story between everything above it and the card (heights mirror the layout below).
  const storyBudget = cardTop - (178 * s + (photoH ? 60 * s + photoH : 0) + 132 * s + head.lines.length * head.fontSize * 1.3 + 120 * s + (slots.signature ? 65 * s : 0) + 80 * s)
  const storyLines = Math.max(2, Math.floor(storyBudget / (38 * s * 1.75) + 0.15))
  const story = fitText(String(slots.story ?? ''), { maxWidth: W - 2 * m - 80 * s, maxLines: Math.min(storyLines, 9), fontSize: 38 * s, minFontSize: 30 * s })
  const sign = slots.signature ? fitText(String(slots.signature), { maxWidth: W - 2 * m, maxLines: 1, fontSize: 32 * s, minFontSize: 24 * s, fontWeight: 700 }) : null
  return (
    <Root width={W} height={H} color={ink} background={`linear-gradient(180deg, ${mix(c.cream, '#ffffff', 0.3)} 0%, ${c.cream} 45%, ${mix(c.cream, c.accent, 0.35)} 100%)`}>
      <Bubble x={W - 300 * s} y={-140 * s} d={460 * s} color={alpha(c.accent, 0.18)} />
      <Bubble x={-180 * s} y={H * 0.55} d={420 * s} color={alpha(c.primary, 0.06)} />
      <div style={{ display: 'flex', flexDirection: 'column', position: 'absolute', left: m, top: 78 * s, width: W - 2 * m }}>
        <BrandHeader brand={brand} logo={logo} s={s} color={c.primary} sub={alpha(ink, 0.6)} />
        {images.image ? <img src={images.image} width={W - 2 * m} height={photoH} style={{ marginTop: 60 * s, borderRadius: 36 * s, objectFit: 'cover' }} /> : null}
        <div style={{ display: 'flex', fontSize: 180 * s, lineHeight: 1, height: 96 * s, marginTop: 36 * s, marginLeft: -20 * s, color: alpha(c.primary, 0.85), fontWeight: 900 }}>“</div>
        <Lines fitted={head} lineHeight={1.3} style={{ fontWeight: 700, letterSpacing: 2 * s, color: ink }} />
        <div style={{ display: 'flex', width: 96 * s, height: 8 * s, borderRadius: 8 * s, background: c.primary, marginTop: 36 * s, marginBottom: 36 * s }} />
        <div style={{ display: 'flex', flexDirection: 'column', padding: 40 * s, borderRadius: 28 * s, background: 'rgba(255,255,255,0.72)', width: W - 2 * m - 80 * s }}>
          <Lines fitted={story} lineHeight={1.75} style={{ color: alpha(ink, 0.82) }} />
          {sign ? <Lines fitted={sign} lineHeight={1.4} style={{ marginTop: 20 * s, color: c.primary, fontWeight: 700, alignSelf: 'flex-end' }} /> : null}
        </div>
      </div>
      {personalRect ? <ShadowPlate rect={personalRect} radius={32 * s} shadow={`0 ${14 * s}px ${40 * s}px ${alpha(c.primaryDark, 0.18)}`} /> : null}
      <div style={{ display: 'flex', position: 'absolute', left: m, width: W - 2 * m, bottom: 18 * s, justifyContent: 'center' }}>
        <Disclaimer brand={brand} s={s} width={W - 2 * m} color={alpha(ink, 0.55)} />
      </div>
    </Root>
  )
}

export const empathy: TemplateDef = {
  key: 'empathy',
  name: '共情故事海报',
  nameEn: 'Empathy story poster',
  description: { zh: '温暖故事/情感共鸣，朋友圈竖版 9:16', en: 'Warm story / emotional resonance, Moments 9:16' },
  sizes: [SIZE_9x16],
  slots: [
    { key: 'headline', label: { zh: '故事标题', en: 'Story title' }, type: 'text', required: true, maxLength: 36, example: '每一笔小小的储蓄，都是给家人的底气' },
    { key: 'story', label: { zh: '故事正文', en: 'Story' }, type: 'text', required: true, maxLength: 240 },
    { key: 'signature', label: { zh: '落款', en: 'Signature' }, type: 'text', required: false, maxLength: 24, example: '—— XX银行，与你同行' },
    { key: 'image', label: { zh: '配图', en: 'Photo' }, type: 'image', required: false, maxLength: 0 },
  ],
  imageBox: (_slot, size) => ({ width: size.width - 160 * (size.width / 1080), height: 420 * (size.width / 1080), fit: 'cover' }),
  personalRect: cardRect9x16,
  avatarPx: (size) => Math.round(120 * (size.width / 1080)),
  Static: Empathy,
  Personal: ManagerCard,
}
