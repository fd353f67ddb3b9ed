// The login-page logo: a matrix of nine squares (the channel matrix) beside the product name.
import React from 'react'

export function Logo() {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
      <MatrixMark size={56} />
      <div style={{ display: 'flex', flexDirection: 'column', lineHeight: 1.15 }}>
        <span style={{ fontSize: 30, fontWeight: 700, letterSpacing: 2 }}>矩阵台</span>
        <span style={{ fontSize: 14, opacity: 0.7, letterSpacing: 1 }}>MatrixDesk · 银行新媒体矩阵</span>
      </div>
    </div>
  )
}

export function MatrixMark({ size = 28 }: { size?: number | string }) {
  const cells = [0, 1, 2].flatMap((r) => [0, 1, 2].map((c) => ({ r, c })))
  const accent = new Set(['0-0', '1-1', '2-2', '0-2'])
  return (
    <svg width={size} height={size} viewBox="0 0 30 30" aria-label="MatrixDesk">
      <rect width="30" height="30" rx="7" fill="#B3152A" />
      {cells.map(({ r, c }) => (
        <rect
          key={`${r}-${c}`}
          x={5 + c * 7}
          y={5 + r * 7}
          width="5.5"
          height="5.5"
          rx="1.2"
          fill={accent.has(`${r}-${c}`) ? '#F6C453' : '#FFFFFF'}
          opacity={accent.has(`${r}-${c}`) ? 1 : 0.85}
        />
      ))}
    </svg>
  )
}
