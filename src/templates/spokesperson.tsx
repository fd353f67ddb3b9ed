/** 代言 spokesperson poster, 9:16: "我为XX银行代言" with the manager's own photo as the hero (all personal). */
import { Avatar, BrandHeader, Bubble, Disclaimer, Lines, Root, ShadowPlate, alpha, mix } from './components'
import { fitText } from './fit-text'
import type { PersonalProps, Rect, SizePreset, StaticProps, TemplateDef } from './types'
import { SIZE_9x16 } from './sizes'

function heroRect(size: SizePreset): Rect {
  const s = size.width / 1080
  return { x: Math.round(80 * s), y: Math.round(760 * s), w: Math.round(size.width - 160 * s), h: Math.round(1000 * s) }
}

function Spokesperson({ slots, brand, size, logo, personalRect }: StaticProps) {
  const { width: W, height: H } = size
  const s = W / 1080
  const c = brand.colors
  const m = 80 * s
  const kicker = fitText(`我为${brand.name}代言`, { maxWidth: W - 2 * m, maxLines: 1, fontSize: 104 * s, minFontSize: 64 * s, fontWeight: 900, letterSpacing: 6 * s })
  const quote = fitText(String(slots.headline ?? ''), { maxWidth: W - 2 * m, maxLines: 2, fontSize: 48 * s, minFontSize: 34 * s, fontWeight: 700 })
  return (
    <Root width={W} height={H} background={`linear-gradient(170deg, ${mix(c.primary, '#ff7a59', 0.3)} 0%, ${c.primary} 50%, ${c.primaryDark} 100%)`}>
      <Bubble x={W - 380 * s} y={-200 * s} d={640 * s} color="rgba(255,255,255,0.08)" />
      <Bubble x={-260 * s} y={1100 * s} d={560 * s} color={alpha(c.accent, 0.2)} />
      <div style={{ display: 'flex', flexDirection: 'column', position: 'absolute', left: m, top: 78 * s, width: W - 2 * m }}>
        <BrandHeader brand={brand} logo={logo} s={s} />
        <Lines fitted={kicker} lineHeight={1.25} style={{ marginTop: 110 * s, fontWeight: 900, letterSpacing: 6 * s, color: '#FFE3A3', textShadow: `0 ${6 * s}px ${20 * s}px rgba(0,0,0,0.3)` }} />
        <div style={{ display: 'flex', width: 120 * s, height: 10 * s, borderRadius: 10 * s, background: c.cream, marginTop: 30 * s, marginBottom: 36 * s }} />
        <Lines fitted={quote} lineHeight={1.45} style={{ fontWeight: 700, color: '#fff' }} />
      </div>
      {personalRect ? <ShadowPlate rect={personalRect} radius={44 * s} shadow={`0 ${20 * s}px ${56 * s}px rgba(0,0,0,0.35)`} /> : null}
      <div style={{ display: 'flex', position: 'absolute', left: m, width: W - 2 * m, bottom: 40 * s, justifyContent: 'center' }}>
        <Disclaimer brand={brand} s={s} width={W - 2 * m} />
      </div>
    </Root>
  )
}

function Hero({ personal, brand, rect, avatar, qr }: PersonalProps) {
  const s = rect.w / 920
  const c = brand.colors
  const photo = 380 * s
  const name = fitText(personal.name, { maxWidth: rect.w - 120 * s, maxLines: 1, fontSize: 76 * s, minFontSize: 48 * s, fontWeight: 900 })
  const role = fitText([personal.title, personal.branch].filter(Boolean).join(' · '), { maxWidth: rect.w - 120 * s, maxLines: 1, fontSize: 34 * s, minFontSize: 24 * s, fontWeight: 700 })
  const phone = fitText(personal.phone ? `服务热线 ${personal.phone}` : '', { maxWidth: rect.w - 380 * s, maxLines: 1, fontSize: 34 * s, minFontSize: 24 * s })
  const qrSize = 200 * s
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: rect.w, height: rect.h, borderRadius: 44 * s, background: '#fff', alignItems: 'center', fontFamily: 'Noto Sans SC' }}>
      <div style={{ display: 'flex', marginTop: 70 * s, padding: 12 * s, borderRadius: photo, backgroundImage: `linear-gradient(135deg, ${c.accent}, ${c.primary})` }}>
        <div style={{ display: 'flex', padding: 8 * s, borderRadius: photo, background: '#fff' }}>
          <Avatar avatar={avatar} name={personal.name} brand={brand} d={photo} />
        </div>
      </div>
      <Lines fitted={name} lineHeight={1.25} style={{ marginTop: 36 * s, color: c.ink, fontWeight: 900, letterSpacing: 6 * s, alignItems: 'center' }} />
      <Lines fitted={role} lineHeight={1.4} style={{ color: c.primary, fontWeight: 700, alignItems: 'center', marginTop: 6 * s }} />
      <div style={{ display: 'flex', width: rect.w - 120 * s, height: 2 * s, background: '#F0E6E0', marginTop: 34 * s }} />
      <div style={{ display: 'flex', width: rect.w - 120 * s, justifyContent: 'space-between', alignItems: 'center', marginTop: 30 * s }}>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <Lines fitted={phone} lineHeight={1.5} style={{ color: '#3A3F47' }} />
          <div style={{ display: 'flex', fontSize: 28 * s, color: '#8A9099', marginTop: 8 * s }}>扫码添加，专属服务一对一</div>
        </div>
        <img src={qr} width={qrSize} height={qrSize} />
      </div>
    </div>
  )
}

export const spokesperson: TemplateDef = {
  key: 'spokesperson',
  name: '代言海报',
  nameEn: 'Spokesperson poster',
  description: { zh: '“我为XX银行代言”，客户经理本人照片', en: '"I speak for XX Bank" with the manager\'s photo' },
  sizes: [SIZE_9x16],
  slots: [{ key: 'headline', label: { zh: '代言宣言', en: 'Pledge' }, type: 'text', required: true, maxLength: 40, example: '用心守护您的每一分财富' }],
  imageBox: () => ({ width: 1, height: 1, fit: 'cover' }),
  personalRect: heroRect,
  avatarPx: (size) => Math.round(380 * (size.width / 1080)),
  Static: Spokesperson,
  Personal: Hero,
}
