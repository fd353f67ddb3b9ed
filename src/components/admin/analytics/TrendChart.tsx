'use client'
// A small dependency-free SVG chart: daily scans as bars (left axis), conversions as a line (right axis).
import React from 'react'

export interface TrendPoint {
  day: string
  visits: number
  conversions: number
}

const W = 1000
const H = 220
const PAD = { left: 44, right: 44, top: 16, bottom: 30 }

/** A round axis maximum that five equal steps divide into whole numbers. */
function niceMax(v: number): number {
  if (v <= 5) return 5
  const p = 10 ** Math.floor(Math.log10(v))
  return [1, 2, 5, 10].map((m) => m * p).find((m) => m >= v && (m / 5) % 1 === 0) ?? 10 * p
}

export function TrendChart({ points }: { points: TrendPoint[] }) {
  const n = Math.max(points.length, 1)
  const innerW = W - PAD.left - PAD.right
  const innerH = H - PAD.top - PAD.bottom
  const maxV = niceMax(Math.max(0, ...points.map((p) => p.visits)))
  const maxC = niceMax(Math.max(0, ...points.map((p) => p.conversions)))
  const step = innerW / n
  const x = (i: number) => PAD.left + step * i + step / 2
  const yV = (v: number) => PAD.top + innerH - (v / maxV) * innerH
  const yC = (v: number) => PAD.top + innerH - (v / maxC) * innerH
  const ticks = [0, 0.2, 0.4, 0.6, 0.8, 1]
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${yC(p.conversions).toFixed(1)}`).join(' ')
  const labelEvery = Math.ceil(n / 8)
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label="每日扫码/点击与转化趋势" style={{ width: '100%', minWidth: 640, height: 'auto', display: 'block' }}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + innerH * (1 - t)} y2={PAD.top + innerH * (1 - t)} stroke="var(--theme-elevation-100)" />
          <text x={PAD.left - 6} y={PAD.top + innerH * (1 - t) + 4} textAnchor="end" fontSize="11" fill="var(--theme-elevation-500)">
            {Math.round(maxV * t)}
          </text>
          <text x={W - PAD.right + 6} y={PAD.top + innerH * (1 - t) + 4} fontSize="11" fill="#C98A1B">
            {Math.round(maxC * t)}
          </text>
        </g>
      ))}
      {points.map((p, i) => (
        <g key={p.day}>
          <rect
            x={x(i) - step * 0.32}
            y={yV(p.visits)}
            width={step * 0.64}
            height={Math.max(0, PAD.top + innerH - yV(p.visits))}
            rx={2}
            fill="#B3152A"
            opacity={0.82}
          >
            <title>{`${p.day} 扫码/点击 ${p.visits} · 转化 ${p.conversions}`}</title>
          </rect>
          {i % labelEvery === 0 && (
            <text x={x(i)} y={H - 10} textAnchor="middle" fontSize="11" fill="var(--theme-elevation-500)">
              {p.day.slice(5)}
            </text>
          )}
        </g>
      ))}
      <path d={line} fill="none" stroke="#C98A1B" strokeWidth={2.2} strokeLinejoin="round" />
      {points.map((p, i) => (
        <circle key={p.day} cx={x(i)} cy={yC(p.conversions)} r={2.6} fill="#C98A1B" />
      ))}
    </svg>
  )
}
