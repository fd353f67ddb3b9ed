/** Interactive activity poster (quiz / 猜灯谜 / lottery), 1:1: a question card with options, a prize chip, a compact card. */
import { BrandHeader, Bubble, Disclaimer, Lines, ManagerCard, Root, ShadowPlate, alpha, mix } from './components'
import { fitBlock, fitText } from './fit-text'
import type { PersonalProps, Rect, SizePreset, StaticProps, TemplateDef } from './types'
import { SIZE_1x1 } from './sizes'

function cardRect(size: SizePreset): Rect {
  const s = size.width / 1080
  const h = Math.round(260 * s)
  return { x: Math.round(50 * s), y: Math.round(size.height - h - 60 * s), w: Math.round(size.width - 100 * s), h }
}

const LETTERS = 'ABCDEF'

function Activity({ slots, brand, size, logo, personalRect }: StaticProps) {
  const { width: W, height: H } = size
  const s = W / 1080
  const c = brand.colors
  const m = 60 * s
  const title = fitText(String(slots.headline ?? ''), { maxWidth: W - 2 * m - 300 * s, maxLines: 1, fontSize: 64 * s, minFontSize: 44 * s, fontWeight: 900, letterSpacing: 2 * s })
  const prize = slots.prize ? fitText(String(slots.prize), { maxWidth: 260 * s, maxLines: 2, fontSize: 30 * s, minFontSize: 22 * s, fontWeight: 700 }) : null
  const q = fitText(String(slots.question ?? ''), { maxWidth: W - 2 * m - 80 * s, maxLines: 2, fontSize: 40 * s, minFontSize: 30 * s, fontWeight: 700 })
  const cardTop = personalRect ? personalRect.y : H - 80 * s
  // Mirrors the layout below: options start under the question; each option row adds 8px padding, so the
  // modelled gap (0.64em) covers the real gap (0.4em) plus that padding.
  const optTop = 320 * s + q.lines.length * q.fontSize * 1.4
  const opts = fitBlock((slots.options as string[] | undefined) ?? [], { maxWidth: W - 2 * m - 170 * s, maxHeight: Math.max(0, cardTop - optTop - 52 * s), fontSize: 34 * s, minFontSize: 26 * s, lineHeight: 1.45, gapEm: 0.64, maxLinesEach: 1 })
  return (
    <Root width={W} height={H} background={`linear-gradient(150deg, ${mix(c.primary, '#ff7a59', 0.35)} 0%, ${c.primary} 55%, ${c.primaryDark} 100%)`}>
      <Bubble x={W - 260 * s} y={-160 * s} d={420 * s} color={alpha(c.accent, 0.3)} />
      <Bubble x={-140 * s} y={H * 0.45} d={300 * s} color="rgba(255,255,255,0.06)" />
      <div style={{ display: 'flex', flexDirection: 'column', position: 'absolute', left: m, top: 44 * s, width: W - 2 * m }}>
        <BrandHeader brand={brand} logo={logo} s={s * 0.85} />
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 30 * s }}>
          <Lines fitted={title} lineHeight={1.25} style={{ fontWeight: 900, letterSpacing: 2 * s, color: '#FFE8B0' }} />
          {prize ? (
            <div style={{ display: 'flex', padding: `${12 * s}px ${24 * s}px`, borderRadius: 24 * s, background: c.cream, color: c.primary, transform: 'rotate(-4deg)' }}>
              <Lines fitted={prize} lineHeight={1.3} style={{ fontWeight: 700 }} />
            </div>
          ) : null}
        </div>
        <div style={{ display: 'flex', flexDirection: 'column', marginTop: 20 * s, padding: 32 * s, borderRadius: 32 * s, background: '#FFFDF7', color: c.ink }}>
          <Lines fitted={q} lineHeight={1.4} style={{ fontWeight: 700 }} />
          <div style={{ display: 'flex', flexDirection: 'column', marginTop: 24 * s }}>
            {opts.items.map((lines, i) => (
              <div key={i} style={{ display: 'flex', alignItems: 'center', marginTop: i ? 0.4 * opts.fontSize : 0, padding: `${4 * s}px ${16 * s}px`, borderRadius: 18 * s, background: alpha(c.accent, 0.12) }}>
                <div style={{ display: 'flex', width: 50 * s, height: 50 * s, borderRadius: 50 * s, background: c.primary, color: '#fff', fontSize: 28 * s, fontWeight: 700, alignItems: 'center', justifyContent: 'center', marginRight: 20 * s }}>{LETTERS[i]}</div>
                <Lines fitted={lines} fontSize={opts.fontSize} lineHeight={1.45} style={{ color: c.ink }} />
              </div>
            ))}
          </div>
        </div>
      </div>
      {personalRect ? <ShadowPlate rect={personalRect} radius={28 * s} shadow={`0 ${12 * s}px ${32 * s}px rgba(0,0,0,0.3)`} /> : null}
      <div style={{ display: 'flex', position: 'absolute', left: m, width: W - 2 * m, bottom: 14 * s, justifyContent: 'center' }}>
        <Disclaimer brand={brand} s={s * 0.9} width={W - 2 * m} />
      </div>
    </Root>
  )
}

function ActivityCard(p: PersonalProps) {
  return <ManagerCard {...p} caption="扫码参与答题" />
}

export const activity: TemplateDef = {
  key: 'activity',
  name: '互动活动海报',
  nameEn: 'Interactive activity poster',
  description: { zh: '答题/猜灯谜/抽奖活动，方图 1:1', en: 'Quiz / lantern riddle / lottery, square 1:1' },
  sizes: [SIZE_1x1],
  slots: [
    { key: 'headline', label: { zh: '活动名称', en: 'Activity title' }, type: 'text', required: true, maxLength: 12, example: '元宵猜灯谜' },
    { key: 'question', label: { zh: '题目', en: 'Question' }, type: 'text', required: true, maxLength: 50 },
    { key: 'options', label: { zh: '选项', en: 'Options' }, type: 'lines', required: false, maxLength: 24, maxItems: 4 },
    { key: 'prize', label: { zh: '奖品', en: 'Prize' }, type: 'text', required: false, maxLength: 16, example: '答对抽好礼' },
  ],
  imageBox: () => ({ width: 1, height: 1, fit: 'cover' }),
  personalRect: cardRect,
  avatarPx: (size) => Math.round(94 * (size.width / 1080)),
  Static: Activity,
  Personal: ActivityCard,
}
