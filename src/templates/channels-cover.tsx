/** 视频号 Channels video cover, 3:4 (1080×1440): photo backdrop, big centred title, series tag, manager strip. */
import { Avatar, Emblem, Lines, Root, alpha, mix } from './components'
import { fitText } from './fit-text'
import type { PersonalProps, Rect, SizePreset, StaticProps, TemplateDef } from './types'
import { SIZE_3x4 } from './sizes'

function stripRect(size: SizePreset): Rect {
  const s = size.width / 1080
  return { x: Math.round(80 * s), y: Math.round(size.height - 230 * s), w: Math.round(size.width - 160 * s), h: Math.round(150 * s) }
}

function ChannelsCover({ slots, brand, size, images, logo }: StaticProps) {
  const { width: W, height: H } = size
  const s = W / 1080
  const c = brand.colors
  const m = 80 * s
  const tag = slots.tag ? fitText(String(slots.tag), { maxWidth: W - 2 * m, maxLines: 1, fontSize: 40 * s, minFontSize: 28 * s, fontWeight: 700 }) : null
  const head = fitText(String(slots.headline ?? ''), { maxWidth: W - 2 * m, maxLines: 3, fontSize: 120 * s, minFontSize: 76 * s, fontWeight: 900, letterSpacing: 4 * s })
  const sub = slots.subline ? fitText(String(slots.subline), { maxWidth: W - 2 * m, maxLines: 2, fontSize: 44 * s, minFontSize: 32 * s }) : null
  return (
    <Root width={W} height={H} background={`linear-gradient(180deg, ${c.primaryDark} 0%, ${mix(c.primary, c.accent, 0.3)} 100%)`}>
      {images.image ? <img src={images.image} width={W} height={H} style={{ position: 'absolute', left: 0, top: 0, objectFit: 'cover' }} /> : null}
      <div style={{ display: 'flex', position: 'absolute', left: 0, top: 0, width: W, height: H, backgroundImage: `linear-gradient(180deg, ${alpha(c.primaryDark, 0.25)} 0%, ${alpha(c.primaryDark, 0.55)} 45%, ${alpha('#1a0508', 0.85)} 100%)` }} />
      <div style={{ display: 'flex', position: 'absolute', left: m, top: 70 * s, alignItems: 'center' }}>
        <Emblem brand={brand} logo={logo} size={72 * s} />
        <div style={{ display: 'flex', marginLeft: 18 * s, fontSize: 38 * s, fontWeight: 700, letterSpacing: 3 * s }}>{brand.name}</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', position: 'absolute', left: m, top: 360 * s, width: W - 2 * m, alignItems: 'center' }}>
        {tag ? (
          <div style={{ display: 'flex', padding: `${10 * s}px ${36 * s}px`, borderRadius: 60 * s, background: c.cream, color: c.primary, marginBottom: 40 * s }}>
            <Lines fitted={tag} lineHeight={1.3} style={{ fontWeight: 700, letterSpacing: 4 * s }} />
          </div>
        ) : null}
        <Lines fitted={head} lineHeight={1.2} style={{ fontWeight: 900, letterSpacing: 4 * s, alignItems: 'center', textShadow: `0 ${6 * s}px ${24 * s}px rgba(0,0,0,0.45)` }} />
        <div style={{ display: 'flex', width: 120 * s, height: 10 * s, borderRadius: 10 * s, background: c.accent, marginTop: 44 * s, marginBottom: 40 * s }} />
        {sub ? <Lines fitted={sub} lineHeight={1.5} style={{ color: 'rgba(255,255,255,0.92)', alignItems: 'center' }} /> : null}
      </div>
    </Root>
  )
}

/** Compact strip: avatar, name · title, branch. (No QR: Channels covers are not scannable in the feed.) */
function ManagerStrip({ personal, brand, rect, avatar }: PersonalProps) {
  const s = rect.h / 150
  const av = 110 * s
  const textW = rect.w - av - 80 * s
  const name = fitText(`${personal.name}${personal.title ? ' · ' + personal.title : ''}`, { maxWidth: textW, maxLines: 1, fontSize: 44 * s, minFontSize: 30 * s, fontWeight: 700 })
  const branch = fitText(personal.branch || brand.name, { maxWidth: textW, maxLines: 1, fontSize: 30 * s, minFontSize: 22 * s })
  return (
    <div style={{ display: 'flex', width: rect.w, height: rect.h, borderRadius: rect.h / 2, background: 'rgba(255,255,255,0.94)', alignItems: 'center', fontFamily: 'Noto Sans SC' }}>
      <div style={{ display: 'flex', marginLeft: 20 * s }}>
        <Avatar avatar={avatar} name={personal.name} brand={brand} d={av} />
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', marginLeft: 28 * s }}>
        <Lines fitted={name} lineHeight={1.3} style={{ color: brand.colors.ink, fontWeight: 700 }} />
        <Lines fitted={branch} lineHeight={1.4} style={{ color: '#6B7280' }} />
      </div>
    </div>
  )
}

export const channelsCover: TemplateDef = {
  key: 'channels-cover',
  name: '视频号封面',
  nameEn: 'Channels video cover',
  description: { zh: '视频号视频封面 3:4，可带客户经理名片条', en: 'Channels cover 3:4 with an optional manager strip' },
  sizes: [SIZE_3x4],
  slots: [
    { key: 'headline', label: { zh: '封面大字', en: 'Cover title' }, type: 'text', required: true, maxLength: 20, example: '3分钟看懂养老金' },
    { key: 'subline', label: { zh: '副标题', en: 'Subline' }, type: 'text', required: false, maxLength: 30 },
    { key: 'tag', label: { zh: '系列标签', en: 'Series tag' }, type: 'text', required: false, maxLength: 10, example: '理财小课堂' },
    { key: 'image', label: { zh: '背景图', en: 'Background photo' }, type: 'image', required: false, maxLength: 0 },
  ],
  imageBox: (_slot, size) => ({ width: size.width, height: size.height, fit: 'cover' }),
  personalRect: stripRect,
  avatarPx: (size) => Math.round(110 * (size.width / 1080)),
  Static: ChannelsCover,
  Personal: ManagerStrip,
}
