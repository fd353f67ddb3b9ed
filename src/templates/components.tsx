/** Building blocks shared by the templates: brand header, fitted text, bullet lists, manager card, disclaimer. */
import type { CSSProperties, ReactNode } from 'react'
import type { BrandKit } from './brand'
import { alpha, mix } from './color'
import { fitText, type FittedText } from './fit-text'
import type { PersonalProps, Rect } from './types'

export const FONT = 'Noto Sans SC'

/** Render pre-broken lines, one no-wrap block each, so satori never re-wraps them. */
export function Lines(props: { fitted: FittedText | string[]; fontSize?: number; style?: CSSProperties; lineHeight?: number }) {
  const lines = Array.isArray(props.fitted) ? props.fitted : props.fitted.lines
  const fontSize = Array.isArray(props.fitted) ? props.fontSize : props.fitted.fontSize
  return (
    <div style={{ display: 'flex', flexDirection: 'column', fontSize, lineHeight: props.lineHeight ?? 1.3, ...props.style }}>
      {lines.map((l, i) => (
        <div key={i} style={{ display: 'flex', whiteSpace: 'pre' }}>
          {l || ' '}
        </div>
      ))}
    </div>
  )
}

/** The bank's emblem: the logo image when the brand kit has one, otherwise a drawn coin-style mark. */
export function Emblem({ brand, logo, size }: { brand: BrandKit; logo?: string; size: number }) {
  if (logo) return <img src={logo} width={size} height={size} style={{ objectFit: 'contain' }} />
  const c = brand.colors.primary
  const bar = size * 0.12
  return (
    <div style={{ display: 'flex', width: size, height: size, borderRadius: size / 2, background: c, alignItems: 'center', justifyContent: 'center' }}>
      <div style={{ display: 'flex', width: size * 0.74, height: size * 0.74, borderRadius: size, border: `${size * 0.07}px solid #fff`, alignItems: 'center', justifyContent: 'center', position: 'relative' }}>
        <div style={{ position: 'absolute', width: size * 0.5, height: bar, background: '#fff', borderRadius: bar / 3 }} />
        <div style={{ position: 'absolute', width: bar, height: size * 0.5, background: '#fff', borderRadius: bar / 3 }} />
        <div style={{ position: 'absolute', width: size * 0.3, height: size * 0.3, border: `${bar * 0.8}px solid #fff`, borderRadius: bar / 2 }} />
      </div>
    </div>
  )
}

export function BrandHeader({ brand, logo, s, color = '#fff', sub = 'rgba(255,255,255,0.85)' }: { brand: BrandKit; logo?: string; s: number; color?: string; sub?: string }) {
  const name = fitText(brand.name, { maxWidth: 560 * s, maxLines: 1, fontSize: 44 * s, minFontSize: 30 * s, fontWeight: 700 })
  const line = fitText(`${brand.nameEn} · ${brand.slogan}`, { maxWidth: 600 * s, maxLines: 1, fontSize: 24 * s, minFontSize: 18 * s, letterSpacing: 2 * s })
  return (
    <div style={{ display: 'flex', alignItems: 'center' }}>
      <div style={{ display: 'flex', borderRadius: 100 * s, border: `${4 * s}px solid rgba(255,255,255,0.9)` }}>
        <Emblem brand={brand} logo={logo} size={84 * s} />
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', marginLeft: 22 * s }}>
        <Lines fitted={name} lineHeight={1.2} style={{ color, fontWeight: 700, letterSpacing: 3 * s }} />
        <Lines fitted={line} lineHeight={1.4} style={{ color: sub, letterSpacing: 2 * s, marginTop: 4 * s }} />
      </div>
    </div>
  )
}

export function Bullets({ items, fontSize, color, dot, lineHeight = 1.55, gapEm = 0.55 }: { items: string[][]; fontSize: number; color: string; dot: string; lineHeight?: number; gapEm?: number }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column' }}>
      {items.map((lines, i) => (
        <div key={i} style={{ display: 'flex', marginTop: i ? gapEm * fontSize : 0 }}>
          <div style={{ display: 'flex', width: fontSize * 0.62, height: fontSize * 0.62, borderRadius: fontSize, background: dot, marginTop: fontSize * (lineHeight - 0.62) / 2, marginRight: fontSize * 0.45, flexShrink: 0 }} />
          <Lines fitted={lines} fontSize={fontSize} lineHeight={lineHeight} style={{ color }} />
        </div>
      ))}
    </div>
  )
}

/** Disclaimer line: one line, shrinks then ellipsises. */
export function Disclaimer({ brand, s, width, color = 'rgba(255,255,255,0.82)' }: { brand: BrandKit; s: number; width: number; color?: string }) {
  const f = fitText(brand.disclaimer, { maxWidth: width, maxLines: 1, fontSize: 22 * s, minFontSize: 16 * s })
  return <Lines fitted={f} lineHeight={1.3} style={{ color, letterSpacing: 1 * s, justifyContent: 'center', alignItems: 'center' }} />
}

/** White plate with a blurred shadow under the personal card; part of the cached static layer (blur is costly). */
export function ShadowPlate({ rect, radius, shadow }: { rect: Rect; radius: number; shadow: string }) {
  return <div style={{ position: 'absolute', left: rect.x, top: rect.y, width: rect.w, height: rect.h, borderRadius: radius, background: '#fff', boxShadow: shadow }} />
}

/** Decorative soft circle. */
export function Bubble({ x, y, d, color }: { x: number; y: number; d: number; color: string }) {
  return <div style={{ position: 'absolute', left: x, top: y, width: d, height: d, borderRadius: d, background: color }} />
}

export function Root({ width, height, background, children, color = '#fff' }: { width: number; height: number; background: string; children: ReactNode; color?: string }) {
  return (
    <div style={{ display: 'flex', position: 'relative', width, height, backgroundImage: background, backgroundColor: '#fff', fontFamily: FONT, color, overflow: 'hidden' }}>
      {children}
    </div>
  )
}

/** Avatar photo or the name's first character on a brand-coloured disc. */
export function Avatar({ avatar, name, brand, d }: { avatar?: string; name: string; brand: BrandKit; d: number }) {
  if (avatar) return <img src={avatar} width={d} height={d} style={{ borderRadius: d, objectFit: 'cover' }} />
  const initial = [...name.trim()][0] ?? '·'
  return (
    <div style={{ display: 'flex', width: d, height: d, borderRadius: d, alignItems: 'center', justifyContent: 'center', backgroundImage: `linear-gradient(135deg, ${mix(brand.colors.primary, '#ff6b6b', 0.45)}, ${brand.colors.primary})`, color: '#fff', fontSize: d * 0.46, fontWeight: 700 }}>
      {initial}
    </div>
  )
}

/**
 * The manager's card: avatar/initial, name, title, phone, branch, and the QR to their tracking link.
 * Drawn at (0,0) of its own layer so it can be rendered alone and composited onto the cached static layer.
 */
export function ManagerCard({ personal, brand, rect, avatar, qr, caption = '扫码添加专属顾问' }: PersonalProps & { caption?: string }) {
  const s = rect.w / 980
  // Short cards (square posters) drop the divider and tighten spacing so four lines still fit.
  const compact = rect.h < 330 * s
  const pad = (compact ? 28 : 40) * s
  const qrSize = Math.min(rect.h - 2 * pad - 40 * s, 250 * s)
  const leftW = rect.w - qrSize - pad * 3
  const av = Math.min(120 * s, rect.h * (compact ? 0.34 : 0.36))
  const textW = leftW - av - 24 * s
  const name = fitText(personal.name, { maxWidth: textW, maxLines: 1, fontSize: 52 * s, minFontSize: 34 * s, fontWeight: 700 })
  const title = fitText(personal.title, { maxWidth: textW, maxLines: 1, fontSize: 30 * s, minFontSize: 22 * s, fontWeight: 700 })
  const phone = fitText(personal.phone ? `电话：${personal.phone}` : '', { maxWidth: leftW, maxLines: 1, fontSize: (compact ? 30 : 34) * s, minFontSize: 24 * s })
  const branch = fitText(personal.branch, { maxWidth: leftW, maxLines: 1, fontSize: 28 * s, minFontSize: 20 * s })
  const capt = fitText(caption, { maxWidth: qrSize + pad, maxLines: 1, fontSize: 24 * s, minFontSize: 16 * s })
  return (
    // Explicit inner size instead of padding: satori sizes boxes content-box, which would overflow the layer.
    <div style={{ display: 'flex', width: rect.w, height: rect.h, borderRadius: 32 * s, background: '#fff', fontFamily: FONT }}>
     <div style={{ display: 'flex', margin: pad, width: rect.w - 2 * pad, height: rect.h - 2 * pad, justifyContent: 'space-between', alignItems: 'center' }}>
      <div style={{ display: 'flex', flexDirection: 'column', width: leftW, justifyContent: 'center' }}>
        <div style={{ display: 'flex', alignItems: 'center' }}>
          <Avatar avatar={avatar} name={personal.name} brand={brand} d={av} />
          <div style={{ display: 'flex', flexDirection: 'column', marginLeft: 24 * s }}>
            <Lines fitted={name} lineHeight={1.25} style={{ color: brand.colors.ink, fontWeight: 700, letterSpacing: 2 * s }} />
            {personal.title ? <Lines fitted={title} lineHeight={1.35} style={{ color: brand.colors.primary, fontWeight: 700, letterSpacing: 1 * s }} /> : null}
          </div>
        </div>
        {compact ? <div style={{ display: 'flex', height: 12 * s }} /> : <div style={{ display: 'flex', height: 2 * s, background: '#F0E6E0', marginTop: 26 * s, marginBottom: 20 * s }} />}
        {personal.phone ? <Lines fitted={phone} lineHeight={1.45} style={{ color: '#3A3F47' }} /> : null}
        {personal.branch ? <Lines fitted={branch} lineHeight={compact ? 1.35 : 1.5} style={{ color: '#8A9099', marginTop: (compact ? 0 : 4) * s }} /> : null}
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
        <img src={qr} width={qrSize} height={qrSize} />
        <Lines fitted={capt} lineHeight={1.4} style={{ color: '#8A9099', marginTop: 10 * s }} />
      </div>
     </div>
    </div>
  )
}

export { alpha, mix }
