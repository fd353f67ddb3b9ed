/** Product highlight poster, 9:16: a big rate or benefit figure on a deep brand gradient, with feature chips. */
import { BrandHeader, Bubble, Disclaimer, Lines, ManagerCard, Root, ShadowPlate, alpha, mix } from './components'
import { fitBlock, fitText } from './fit-text'
import type { StaticProps, TemplateDef } from './types'
import { SIZE_9x16, cardRect9x16 } from './sizes'

const GOLD = '#FFD98A'

function Product({ slots, brand, size, logo, personalRect }: StaticProps) {
  const { width: W, height: H } = size
  const s = W / 1080
  const c = brand.colors
  const m = 80 * s
  const head = fitText(String(slots.headline ?? ''), { maxWidth: W - 2 * m, maxLines: 2, fontSize: 72 * s, minFontSize: 52 * s, fontWeight: 700, letterSpacing: 2 * s })
  const figure = fitText(String(slots.figure ?? ''), { maxWidth: W - 2 * m - 40 * s, maxLines: 1, fontSize: 230 * s, minFontSize: 120 * s, fontWeight: 900 })
  const figLabel = fitText(String(slots.figureLabel ?? ''), { maxWidth: W - 2 * m, maxLines: 1, fontSize: 36 * s, minFontSize: 26 * s })
  const note = slots.note ? fitText(String(slots.note), { maxWidth: W - 2 * m - 60 * s, maxLines: 2, fontSize: 26 * s, minFontSize: 20 * s }) : null
  const cardTop = personalRect ? personalRect.y : H - 120 * s
  const used = 300 * s + head.lines.length * head.fontSize * 1.3 + 60 * s + figure.fontSize * 1.1 + 90 * s + (note ? 100 * s : 0) + 130 * s
  const points = fitBlock((slots.points as string[] | undefined) ?? [], { maxWidth: W - 2 * m - 120 * s, maxHeight: Math.max(0, cardTop - used - 60 * s), fontSize: 38 * s, minFontSize: 30 * s, lineHeight: 1.5, gapEm: 0.6, maxLinesEach: 2 })
  return (
    <Root width={W} height={H} background={`linear-gradient(160deg, ${mix(c.primary, '#ff6a4d', 0.25)} 0%, ${c.primary} 40%, ${c.primaryDark} 100%)`}>
      <Bubble x={W - 420 * s} y={260 * s} d={620 * s} color="rgba(255,255,255,0.06)" />
      <Bubble x={-220 * s} y={-200 * s} d={520 * s} color="rgba(255,255,255,0.07)" />
      <div style={{ display: 'flex', flexDirection: 'column', position: 'absolute', left: m, top: 78 * s, width: W - 2 * m }}>
        <BrandHeader brand={brand} logo={logo} s={s} />
        <Lines fitted={head} lineHeight={1.3} style={{ marginTop: 100 * s, fontWeight: 700, letterSpacing: 2 * s }} />
        <div style={{ display: 'flex', flexDirection: 'column', marginTop: 50 * s, padding: `${30 * s}px ${40 * s}px`, borderRadius: 36 * s, backgroundImage: 'linear-gradient(135deg, rgba(255,255,255,0.16), rgba(255,255,255,0.04))', border: `${2 * s}px solid rgba(255,255,255,0.25)` }}>
          <Lines fitted={figure} lineHeight={1.1} style={{ color: GOLD, fontWeight: 900, letterSpacing: -2 * s }} />
          <Lines fitted={figLabel} lineHeight={1.4} style={{ color: 'rgba(255,255,255,0.9)', letterSpacing: 2 * s }} />
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', marginTop: 44 * s }}>
          {points.items.map((lines, i) => (
            <div key={i} style={{ display: 'flex', alignItems: 'flex-start', marginTop: i ? 0.6 * points.fontSize : 0 }}>
              <div style={{ display: 'flex', width: 52 * s, height: 52 * s, borderRadius: 14 * s, background: GOLD, color: c.primaryDark, fontSize: 30 * s, fontWeight: 900, alignItems: 'center', justifyContent: 'center', marginRight: 28 * s, marginTop: (points.fontSize * 1.5 - 52 * s) / 2 }}>{i + 1}</div>
              <Lines fitted={lines} fontSize={points.fontSize} lineHeight={1.5} style={{ color: '#fff' }} />
            </div>
          ))}
        </div>
        {note ? <Lines fitted={note} lineHeight={1.5} style={{ marginTop: 36 * s, color: 'rgba(255,255,255,0.7)' }} /> : null}
      </div>
      {personalRect ? <ShadowPlate rect={personalRect} radius={32 * s} shadow={`0 ${18 * s}px ${48 * s}px ${alpha('#000000', 0.3)}`} /> : null}
      <div style={{ display: 'flex', position: 'absolute', left: m, width: W - 2 * m, bottom: 18 * s, justifyContent: 'center' }}>
        <Disclaimer brand={brand} s={s} width={W - 2 * m} />
      </div>
    </Root>
  )
}

export const product: TemplateDef = {
  key: 'product',
  name: '产品亮点海报',
  nameEn: 'Product highlight poster',
  description: { zh: '突出利率或权益数字，朋友圈竖版 9:16', en: 'Big rate or benefit figure, Moments 9:16' },
  sizes: [SIZE_9x16],
  slots: [
    { key: 'headline', label: { zh: '产品名称', en: 'Product name' }, type: 'text', required: true, maxLength: 30, example: '安心存·三年期大额存单' },
    { key: 'figure', label: { zh: '亮点数字', en: 'Highlight figure' }, type: 'figure', required: true, maxLength: 10, example: '2.15%' },
    { key: 'figureLabel', label: { zh: '数字说明', en: 'Figure label' }, type: 'text', required: true, maxLength: 24, example: '年利率（起存20万元）' },
    { key: 'points', label: { zh: '产品卖点', en: 'Selling points' }, type: 'lines', required: false, maxLength: 40, maxItems: 4 },
    { key: 'note', label: { zh: '风险提示/备注', en: 'Risk note' }, type: 'text', required: false, maxLength: 60 },
  ],
  imageBox: () => ({ width: 1, height: 1, fit: 'cover' }),
  personalRect: cardRect9x16,
  avatarPx: (size) => Math.round(120 * (size.width / 1080)),
  Static: Product,
  Personal: ManagerCard,
}
