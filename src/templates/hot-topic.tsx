/** 借势 hot-topic poster, 9:16 (朋友圈 1080×1920): headline, offer pill, bullet points, manager card. */
import { BrandHeader, Bubble, Bullets, Disclaimer, Lines, ManagerCard, Root, ShadowPlate, alpha, mix } from './components'
import { fitBlock, fitText } from './fit-text'
import type { StaticProps, TemplateDef } from './types'
import { SIZE_9x16, cardRect9x16 } from './sizes'

function HotTopic({ slots, brand, size, images, logo, personalRect }: StaticProps) {
  const { width: W, height: H } = size
  const s = W / 1080
  const c = brand.colors
  const m = 72 * s
  const head = fitText(String(slots.headline ?? ''), { maxWidth: W - 2 * m, maxLines: 3, fontSize: 96 * s, minFontSize: 68 * s, fontWeight: 900, letterSpacing: 2 * s })
  const sub = slots.subline ? fitText(String(slots.subline), { maxWidth: W - 2 * m, maxLines: 2, fontSize: 38 * s, minFontSize: 30 * s, fontWeight: 400 }) : null
  const figure = slots.figure ? fitText(String(slots.figure), { maxWidth: 520 * s, maxLines: 1, fontSize: 104 * s, minFontSize: 64 * s, fontWeight: 900 }) : null
  const figLabel = slots.figureLabel ? fitText(String(slots.figureLabel), { maxWidth: 220 * s, maxLines: 1, fontSize: 40 * s, minFontSize: 28 * s, fontWeight: 700 }) : null
  const cardTop = personalRect ? personalRect.y : H - 120 * s
  // Vertical budget for the points: everything between what is drawn above and the card.
  const used = 230 * s + head.lines.length * head.fontSize * 1.22 + (sub ? sub.lines.length * sub.fontSize * 1.5 + 24 * s : 0) + (figure ? 240 * s : 40 * s) + (images.image ? 380 * s : 0)
  const points = fitBlock((slots.points as string[] | undefined) ?? [], { maxWidth: W - 2 * m - 60 * s, maxHeight: Math.max(0, cardTop - used - 70 * s), fontSize: 42 * s, minFontSize: 32 * s, lineHeight: 1.55, gapEm: 0.55, maxLinesEach: 3 })
  return (
    <Root width={W} height={H} background={`linear-gradient(165deg, ${mix(c.accent, '#FFD27A', 0.55)} 0%, ${c.accent} 38%, ${mix(c.accent, c.primary, 0.55)} 72%, ${mix(c.primary, '#5a1a10', 0.25)} 100%)`}>
      <Bubble x={W - 360 * s} y={-160 * s} d={560 * s} color="rgba(255,255,255,0.14)" />
      <Bubble x={-300 * s} y={760 * s} d={520 * s} color="rgba(255,255,255,0.10)" />
      <Bubble x={W - 220 * s} y={1180 * s} d={300 * s} color="rgba(255,255,255,0.07)" />
      <div style={{ display: 'flex', flexDirection: 'column', position: 'absolute', left: m, top: 78 * s, width: W - 2 * m }}>
        <BrandHeader brand={brand} logo={logo} s={s} />
        <Lines fitted={head} lineHeight={1.22} style={{ marginTop: 110 * s, fontWeight: 900, letterSpacing: 2 * s, textShadow: `0 ${6 * s}px ${18 * s}px ${alpha(c.primaryDark, 0.35)}` }} />
        {sub ? <Lines fitted={sub} lineHeight={1.5} style={{ marginTop: 24 * s, color: 'rgba(255,255,255,0.92)' }} /> : null}
        {figure ? (
          <div style={{ display: 'flex', alignSelf: 'flex-start', alignItems: 'baseline', marginTop: 56 * s, padding: `${22 * s}px ${48 * s}px`, borderRadius: 100 * s, background: c.cream, color: c.primary, boxShadow: `0 ${10 * s}px ${30 * s}px ${alpha(c.primaryDark, 0.25)}` }}>
            {figLabel ? <Lines fitted={figLabel} lineHeight={1.2} style={{ fontWeight: 700, marginRight: 16 * s }} /> : null}
            <Lines fitted={figure} lineHeight={1.1} style={{ fontWeight: 900 }} />
          </div>
        ) : null}
        {images.image ? <img src={images.image} width={W - 2 * m} height={340 * s} style={{ marginTop: 48 * s, borderRadius: 28 * s, objectFit: 'cover' }} /> : null}
        <div style={{ display: 'flex', marginTop: (figure ? 64 : 48) * s }}>
          <Bullets items={points.items} fontSize={points.fontSize} color="#fff" dot={c.cream} />
        </div>
      </div>
      {personalRect ? <ShadowPlate rect={personalRect} radius={32 * s} shadow={`0 ${18 * s}px ${48 * s}px ${alpha(c.primaryDark, 0.35)}`} /> : null}
      <div style={{ display: 'flex', position: 'absolute', left: m, width: W - 2 * m, bottom: 18 * s, justifyContent: 'center' }}>
        <Disclaimer brand={brand} s={s} width={W - 2 * m} />
      </div>
    </Root>
  )
}

export const hotTopic: TemplateDef = {
  key: 'hot-topic',
  name: '借势热点海报',
  nameEn: 'Hot-topic poster',
  description: { zh: '节日/热点借势，朋友圈竖版 9:16', en: 'Trend / festival tie-in, Moments 9:16' },
  sizes: [SIZE_9x16],
  slots: [
    { key: 'headline', label: { zh: '主标题', en: 'Headline' }, type: 'text', required: true, maxLength: 30, example: '秋天的第一杯奶茶，XX银行为您省钱' },
    { key: 'subline', label: { zh: '副标题', en: 'Subline' }, type: 'text', required: false, maxLength: 40 },
    { key: 'figureLabel', label: { zh: '亮点说明', en: 'Figure label' }, type: 'text', required: false, maxLength: 6, example: '立减' },
    { key: 'figure', label: { zh: '亮点数字', en: 'Highlight figure' }, type: 'figure', required: false, maxLength: 10, example: '¥15' },
    { key: 'points', label: { zh: '活动要点', en: 'Key points' }, type: 'lines', required: false, maxLength: 60, maxItems: 4 },
    { key: 'image', label: { zh: '配图', en: 'Image' }, type: 'image', required: false, maxLength: 0 },
  ],
  imageBox: (_slot, size) => ({ width: size.width - 144 * (size.width / 1080), height: 340 * (size.width / 1080), fit: 'cover' }),
  personalRect: cardRect9x16,
  avatarPx: (size) => Math.round(120 * (size.width / 1080)),
  Static: HotTopic,
  Personal: ManagerCard,
}
