'use client'
// 今日待发: the signed-in person's task and manual publications due today (and open older ones), each with
// its kit — copy text with a copy button, downloads, the link — and a "done" button. Editors also see
// publications escalated to them because nobody confirmed them in time.
import React, { useCallback, useEffect, useState } from 'react'

import { api, beijing, btn, card, CHANNEL, STATUS } from './shared'

type Item = {
  id: string
  title: string
  accountName: string
  kind: string
  plannedAt: string
  status: string
  overdue: boolean
  escalated: boolean
  kit: { copyText: string; files: { url: string; filename?: string }[]; link: string | null }
}

export function TodayList({ compact = false }: { compact?: boolean }) {
  const [items, setItems] = useState<Item[] | null>(null)
  const [note, setNote] = useState<string | null>(null)
  const load = useCallback(() => api('/api/publications/today').then((r) => setItems(r.items), (e) => setNote(e.message)), [])
  useEffect(() => {
    void load()
  }, [load])

  const done = async (id: string) => {
    try {
      await api(`/api/publications/${id}/done`, { method: 'POST', body: {} })
      setNote('已标记完成，谢谢！')
      await load()
    } catch (e) {
      setNote((e as Error).message)
    }
  }
  const copy = async (text: string) => {
    await navigator.clipboard?.writeText(text).catch(() => undefined)
    setNote('文案已复制')
  }

  if (!items) return null
  if (compact && !items.length) return null
  return (
    <section className="md-today" style={{ marginBottom: 24 }}>
      <h3 style={{ margin: '0 0 10px' }}>今日待发 <small style={{ fontWeight: 400, opacity: 0.6 }}>{items.length} 条</small></h3>
      {!items.length && <p style={{ opacity: 0.7 }}>今天没有需要你手动发布的内容。</p>}
      <div style={{ display: 'grid', gap: 12 }}>
        {items.map((it) => {
          const late = new Date(it.plannedAt).getTime() < Date.now()
          return (
            <div key={it.id} className="md-today-item" style={{ ...card, borderLeft: `4px solid ${CHANNEL[it.kind]?.color ?? '#999'}` }}>
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
                <strong>{it.title}</strong>
                <span style={{ fontSize: 12, color: late ? '#a40e26' : undefined }}>
                  {beijing(it.plannedAt)} · {CHANNEL[it.kind]?.zh} · {it.accountName} · {STATUS[it.status]?.zh}
                  {it.escalated ? ' · 已升级给你' : late ? ' · 已到时间' : ''}
                </span>
              </div>
              {it.kit.copyText && (
                <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', background: 'var(--theme-elevation-50)', padding: 10, borderRadius: 6, margin: '10px 0' }}>{it.kit.copyText}</pre>
              )}
              <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
                {it.kit.copyText && <button style={btn()} onClick={() => void copy(it.kit.copyText)}>复制文案</button>}
                {it.kit.files.map((f, i) => (
                  <a key={f.url} href={f.url} download={f.filename} style={{ ...btn(), textDecoration: 'none' }}>下载素材{it.kit.files.length > 1 ? ` ${i + 1}` : ''}</a>
                ))}
                {it.kit.link && <a href={it.kit.link} target="_blank" rel="noreferrer" style={{ fontSize: 13 }}>打开链接</a>}
                <span style={{ flex: 1 }} />
                <button style={btn(true)} onClick={() => void done(it.id)}>已完成</button>
              </div>
            </div>
          )
        })}
      </div>
      {note && <div role="status" className="md-status" style={{ marginTop: 8, fontSize: 13 }}>{note}</div>}
    </section>
  )
}
