'use client'
// 发布到矩阵: pick an approved content, tick the linked accounts, give each a time (or take the next free
// slot), preview the plan with quota warnings, then schedule it.
import React, { useEffect, useMemo, useState } from 'react'

import { VARIANT_OF_KIND } from '../../../collections/Publications/statuses'
import { api, beijing, btn, card, CHANNEL } from './shared'

type Account = { id: string; name: string; kind: string; health?: string }
type Content = { id: string; title: string; status: string; variants?: Record<string, { enabled?: boolean } | undefined> }
type Planned = { account: string; name: string; plannedAt: string; massSend: boolean }
type Warning = { label: { zh: string }; planned: number; max: number; period: string; account: string }

const localInput = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16)
const fromLocalInput = (v: string) => new Date(`${v}:00+08:00`).toISOString()

export function PublishToMatrix({ initialContent }: { initialContent?: string }) {
  const [contents, setContents] = useState<Content[]>([])
  const [accounts, setAccounts] = useState<Account[]>([])
  const [contentId, setContentId] = useState(initialContent ?? '')
  const [picked, setPicked] = useState<Record<string, { at: string; massSend: boolean }>>({})
  const [preview, setPreview] = useState<{ items: Planned[]; warnings: Warning[] } | null>(null)
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void Promise.all([
      api('/api/contents?where[status][in]=approved,scheduled,published&limit=100&depth=0&sort=-updatedAt'),
      api('/api/channel-accounts?limit=200&depth=0&sort=kind'),
    ]).then(([c, a]) => {
      setContents(c.docs)
      setAccounts(a.docs)
    }, (e) => setMessage({ ok: false, text: e.message }))
  }, [])

  const content = contents.find((c) => c.id === contentId)
  const usable = useMemo(() => accounts.filter((a) => content?.variants?.[VARIANT_OF_KIND[a.kind]!]?.enabled), [accounts, content])
  const items = () => Object.entries(picked).map(([account, p]) => ({ account, plannedAt: p.at ? fromLocalInput(p.at) : null, massSend: p.massSend }))

  const run = async (dryRun: boolean) => {
    setBusy(true)
    setMessage(null)
    try {
      const r = await api('/api/publications/plan', { method: 'POST', body: { content: contentId, items: items(), dryRun } })
      if (dryRun) setPreview(r)
      else {
        setPreview(null)
        setPicked({})
        setMessage({ ok: true, text: `已排期 ${r.created.length} 条发布，可在发布日历中查看和调整。` })
      }
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="md-publish" style={{ display: 'grid', gap: 16, maxWidth: 980 }}>
      <section style={card}>
        <label style={{ fontWeight: 600, display: 'block', marginBottom: 6 }}>1. 选择已审核通过的内容</label>
        <select value={contentId} onChange={(e) => { setContentId(e.target.value); setPicked({}); setPreview(null) }} style={{ width: '100%', padding: 8, borderRadius: 6 }}>
          <option value="">— 请选择 —</option>
          {contents.map((c) => <option key={c.id} value={c.id}>{c.title}（{c.status === 'approved' ? '已通过' : c.status === 'scheduled' ? '已排期' : '已发布'}）</option>)}
        </select>
        {contents.length === 0 && <p style={{ fontSize: 13, opacity: 0.7 }}>暂无审核通过的内容。只有合规审核通过的内容才能发布。</p>}
      </section>
      {content && (
        <section style={card}>
          <div style={{ fontWeight: 600, marginBottom: 8 }}>2. 选择渠道账号和时间（留空＝自动选下一个空闲时段，北京时间）</div>
          {usable.length === 0 && <p style={{ fontSize: 13 }}>该内容没有启用任何可用渠道的版本。</p>}
          {usable.map((a) => {
            const p = picked[a.id]
            return (
              <div key={a.id} className="md-publish-account" style={{ display: 'flex', alignItems: 'center', gap: 10, padding: '6px 0', borderBottom: '1px solid var(--theme-elevation-100)' }}>
                <input type="checkbox" aria-label={a.name} checked={Boolean(p)} onChange={(e) => setPicked((s) => { const n = { ...s }; if (e.target.checked) n[a.id] = { at: '', massSend: false }; else delete n[a.id]; return n })} />
                <span style={{ width: 10, height: 10, borderRadius: 2, background: CHANNEL[a.kind]?.color }} />
                <span style={{ flex: 1 }}>{a.name} <small style={{ opacity: 0.6 }}>{CHANNEL[a.kind]?.zh}{a.health && a.health !== 'ok' ? ' · ⚠ 需处理' : ''}</small></span>
                {p && <input type="datetime-local" value={p.at} onChange={(e) => setPicked((s) => ({ ...s, [a.id]: { ...p, at: e.target.value } }))} />}
                {p && a.kind.startsWith('oa_') && (
                  <label style={{ fontSize: 12 }}><input type="checkbox" checked={p.massSend} onChange={(e) => setPicked((s) => ({ ...s, [a.id]: { ...p, massSend: e.target.checked } }))} /> 群发推送</label>
                )}
              </div>
            )
          })}
          <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
            <button style={btn()} disabled={busy || !Object.keys(picked).length} onClick={() => void run(true)}>预览排期</button>
            <button style={btn(true)} disabled={busy || !preview} onClick={() => void run(false)}>确认排期</button>
          </div>
        </section>
      )}
      {preview && (
        <section style={card} className="md-publish-preview">
          <div style={{ fontWeight: 600, marginBottom: 8 }}>3. 排期预览</div>
          {preview.items.map((i) => <div key={i.account + i.plannedAt}>{beijing(i.plannedAt)} · {i.name}{i.massSend ? ' · 群发' : ''}</div>)}
          {preview.warnings.map((w, i) => (
            <div key={i} role="alert" style={{ marginTop: 8, color: '#953800' }}>⚠ {w.label.zh}：该时段已计划 {w.planned} 次，上限 {w.max} 次。发送时超出的部分会被拦截。</div>
          ))}
        </section>
      )}
      {message && <div role="status" className="md-status" style={{ color: message.ok ? '#116329' : '#a40e26' }}>{message.text}</div>}
    </div>
  )
}
