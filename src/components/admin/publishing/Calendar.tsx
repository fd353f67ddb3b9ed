'use client'
// 发布日历: every publication across accounts by week or month, coloured by channel (left bar) and status
// (tint). Drag a scheduled item to another day to move it (same Beijing time); quota warnings are shown
// before the move is saved and for the whole range.
import React, { useCallback, useEffect, useMemo, useState } from 'react'

import { api, beijingDay, btn, CHANNEL, hhmm, STATUS } from './shared'

type Item = { id: string; title: string; accountName: string; kind: string; plannedAt: string; status: string; onHold: boolean; overdue: boolean; massSend: boolean; lastError: string | null }
type Warning = { accountName: string; label: { zh: string }; period: string; planned: number; max: number }

const DAY = 86_400_000
const SH = 8 * 3600_000
/** Midnight (Beijing) of the Monday of the week containing t. */
const weekStart = (t: number) => {
  const local = Math.floor((t + SH) / DAY) * DAY
  const dow = (new Date(local).getUTCDay() + 6) % 7
  return local - dow * DAY - SH
}
const monthStart = (t: number) => {
  const d = new Date(t + SH)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) - SH
}

export function PublishingCalendar() {
  const [mode, setMode] = useState<'week' | 'month'>('week')
  const [anchor, setAnchor] = useState(() => Date.now())
  const [items, setItems] = useState<Item[]>([])
  const [warnings, setWarnings] = useState<Warning[]>([])
  const [message, setMessage] = useState<string | null>(null)
  // a day of group SOP tasks holds one item per manager: long days show their first few until opened
  const [openDays, setOpenDays] = useState<Set<string>>(() => new Set())
  const dayLimit = mode === 'week' ? 6 : 3

  const { from, days } = useMemo(() => {
    if (mode === 'week') return { from: weekStart(anchor), days: 7 }
    const start = weekStart(monthStart(anchor))
    const next = new Date(monthStart(anchor) + SH)
    const end = Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 1) - SH
    return { from: start, days: Math.ceil((end - start) / DAY / 7) * 7 }
  }, [mode, anchor])

  const load = useCallback(async () => {
    const r = await api(`/api/publications/calendar?from=${new Date(from).toISOString()}&to=${new Date(from + days * DAY).toISOString()}`)
    setItems(r.items)
    setWarnings(r.warnings)
  }, [from, days])
  useEffect(() => {
    load().catch((e) => setMessage(e.message))
  }, [load])

  const move = async (id: string, dayStart: number) => {
    const item = items.find((i) => i.id === id)
    if (!item || item.status !== 'scheduled') return
    const timeOfDay = (new Date(item.plannedAt).getTime() + SH) % DAY
    const plannedAt = new Date(dayStart + timeOfDay).toISOString()
    try {
      const check = await api(`/api/publications/${id}/reschedule`, { method: 'POST', body: { plannedAt, dryRun: true } })
      if (check.warnings.length && !window.confirm(`该调整会超出限额：\n${check.warnings.map((w: Warning) => `· ${w.label.zh}（计划 ${w.planned} / 上限 ${w.max}）`).join('\n')}\n仍要调整吗？`)) {
        setMessage('未调整：会超出渠道限额')
        return
      }
      await api(`/api/publications/${id}/reschedule`, { method: 'POST', body: { plannedAt } })
      setMessage(`已调整到 ${beijingDay(dayStart + SH)} ${hhmm(plannedAt)}`)
      await load()
    } catch (e) {
      setMessage((e as Error).message)
    }
  }

  const act = async (id: string, path: string, body?: unknown) => {
    try {
      await api(`/api/publications/${id}/${path}`, { method: 'POST', body: body ?? {} })
      await load()
    } catch (e) {
      setMessage((e as Error).message)
    }
  }

  const today = beijingDay(Date.now())
  const currentMonth = beijingDay(monthStart(anchor) + SH).slice(0, 7)
  const shift = (n: number) => setAnchor((a) => (mode === 'week' ? a + n * 7 * DAY : monthStart(a) + SH + n * 32 * DAY))

  return (
    <div className="md-calendar">
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap', margin: '8px 0 16px' }}>
        <button style={btn()} onClick={() => shift(-1)}>‹ 上一{mode === 'week' ? '周' : '月'}</button>
        <button style={btn()} onClick={() => setAnchor(Date.now())}>今天</button>
        <button style={btn()} onClick={() => shift(1)}>下一{mode === 'week' ? '周' : '月'} ›</button>
        <strong style={{ marginLeft: 8, fontSize: 16 }}>{mode === 'week' ? `${beijingDay(from + SH)} 起一周` : currentMonth}</strong>
        <span style={{ flex: 1 }} />
        {(['week', 'month'] as const).map((m) => (
          <button key={m} style={btn(mode === m)} onClick={() => setMode(m)}>{m === 'week' ? '周视图' : '月视图'}</button>
        ))}
      </div>
      <div style={{ display: 'flex', gap: 14, flexWrap: 'wrap', fontSize: 12, marginBottom: 12 }}>
        {Object.entries(CHANNEL).map(([k, c]) => (
          <span key={k}><span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: c.color, marginRight: 4 }} />{c.zh}</span>
        ))}
      </div>
      {warnings.length > 0 && (
        <div role="alert" className="md-quota-warnings" style={{ background: '#fff8c5', border: '1px solid #d4a72c', borderRadius: 8, padding: '10px 14px', marginBottom: 12, fontSize: 13 }}>
          <strong>⚠ 限额提醒</strong>
          {warnings.map((w, i) => (
            <div key={i}>{w.accountName}：{w.label.zh}，{w.period.length > 10 ? beijingDay(new Date(w.period).getTime()) : w.period} 已计划 {w.planned} 次（上限 {w.max}）</div>
          ))}
        </div>
      )}
      {message && <div style={{ marginBottom: 12, fontSize: 13 }} role="status" className="md-status">{message}</div>}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', border: '1px solid var(--theme-elevation-150)', borderRadius: 10, overflow: 'hidden' }}>
        {['周一', '周二', '周三', '周四', '周五', '周六', '周日'].map((d) => (
          <div key={d} style={{ padding: '6px 8px', fontSize: 12, fontWeight: 600, background: 'var(--theme-elevation-50)', borderBottom: '1px solid var(--theme-elevation-150)' }}>{d}</div>
        ))}
        {Array.from({ length: days }, (_, i) => {
          const start = from + i * DAY
          const day = beijingDay(start + SH)
          const inDay = items.filter((it) => beijingDay(new Date(it.plannedAt).getTime()) === day)
          const open = openDays.has(day)
          // items that need a person are never folded away
          const shown = inDay.filter((it, i) => open || i < dayLimit || ['needs_verification', 'failed'].includes(it.status))
          const toggle = () => setOpenDays((prev) => new Set(prev.has(day) ? [...prev].filter((d) => d !== day) : [...prev, day]))
          const dim = mode === 'month' && day.slice(0, 7) !== currentMonth
          return (
            <div
              key={day}
              data-day={day}
              className="md-calendar-day"
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => void move(e.dataTransfer.getData('text/plain'), start)}
              style={{ minHeight: mode === 'week' ? 360 : 120, padding: 6, borderRight: '1px solid var(--theme-elevation-100)', borderBottom: '1px solid var(--theme-elevation-100)', background: day === today ? '#fff5f5' : dim ? 'var(--theme-elevation-50)' : undefined }}
            >
              <div style={{ fontSize: 12, color: day === today ? '#B3152A' : 'var(--theme-elevation-500)', fontWeight: day === today ? 700 : 400 }}>{day.slice(5)}</div>
              {shown.map((it) => {
                const s = STATUS[it.status] ?? STATUS.scheduled!
                const c = CHANNEL[it.kind]
                return (
                  <div
                    key={it.id}
                    className="md-calendar-item"
                    data-status={it.status}
                    draggable={it.status === 'scheduled'}
                    onDragStart={(e) => e.dataTransfer.setData('text/plain', it.id)}
                    title={`${it.title} · ${it.accountName} · ${s.zh}${it.lastError ? `\n${it.lastError}` : ''}`}
                    style={{
                      margin: '4px 0',
                      padding: '4px 6px',
                      borderRadius: 6,
                      borderLeft: `4px solid ${c?.color ?? '#999'}`,
                      border: it.onHold ? '1px dashed #953800' : '1px solid var(--theme-elevation-150)',
                      borderLeftWidth: 4,
                      borderLeftColor: c?.color,
                      background: s.bg,
                      color: s.fg,
                      fontSize: 12,
                      lineHeight: 1.4,
                      cursor: it.status === 'scheduled' ? 'grab' : 'default',
                      textDecoration: it.status === 'cancelled' ? 'line-through' : undefined,
                    }}
                  >
                    <div style={{ fontWeight: 600 }}>{hhmm(it.plannedAt)} {it.title}</div>
                    <div style={{ opacity: 0.8 }}>{c?.zh} · {it.accountName}{it.massSend ? ' · 群发' : ''}</div>
                    <div>{it.onHold ? '暂停（待重新审核）' : s.zh}{it.overdue ? ' · 逾期' : ''}</div>
                    {it.status === 'needs_verification' && (
                      <div style={{ display: 'flex', gap: 4, marginTop: 4 }}>
                        <button style={{ ...btn(), padding: '2px 6px', fontSize: 11 }} onClick={() => void act(it.id, 'resolve', { outcome: 'published' })}>已发出</button>
                        <button style={{ ...btn(), padding: '2px 6px', fontSize: 11 }} onClick={() => void act(it.id, 'resolve', { outcome: 'not_published' })}>未发出，重发</button>
                      </div>
                    )}
                    {it.status === 'scheduled' && mode === 'week' && (
                      <button style={{ ...btn(), padding: '1px 6px', fontSize: 11, marginTop: 4 }} onClick={() => window.confirm('取消这条发布？') && void act(it.id, 'cancel')}>取消</button>
                    )}
                  </div>
                )
              })}
              {(open || shown.length < inDay.length) && (
                <button className="md-calendar-more" style={{ ...btn(), padding: '1px 6px', fontSize: 11, marginTop: 2 }} onClick={toggle}>
                  {open ? '收起' : `还有 ${inDay.length - shown.length} 条`}
                </button>
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
