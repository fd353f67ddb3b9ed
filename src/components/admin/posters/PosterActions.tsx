'use client'
// Top of the poster edit view: review status and workflow buttons; once approved, staff can bulk-render the
// poster for every manager of a branch and watch the progress until the ZIP is ready.
import { Button, useAuth, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { STATUS_LABELS, type Actor, type TransitionRule } from '../../../collections/Contents/transitions'
import { posterTransitionsFor } from '../../../collections/Posters/statuses'

const COLOURS: Record<string, string> = { draft: '#6b7280', in_review: '#b45309', approved: '#15803d', rejected: '#b91c1c', archived: '#4b5563' }

type Export = { id: string; status: string; progress: number; total: number; branch: { name?: string } | string; createdAt: string; error?: string }

async function call(url: string, body?: unknown) {
  const r = await fetch(url, { method: body === undefined ? 'GET' : 'POST', credentials: 'include', headers: body === undefined ? undefined : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  const json = await r.json().catch(() => ({}))
  if (!r.ok) throw new Error(json?.errors?.[0]?.message ?? json?.message ?? `HTTP ${r.status}`)
  return json
}

function BulkRender({ posterId }: { posterId: string }) {
  const [branches, setBranches] = useState<{ id: string; name: string; code: string }[]>([])
  const [branch, setBranch] = useState('')
  const [exports, setExports] = useState<Export[]>([])
  const [error, setError] = useState<string | null>(null)
  const load = useCallback(async () => {
    const r = await call(`/api/poster-exports?where[poster][equals]=${posterId}&sort=-createdAt&limit=5&depth=1`)
    setExports(r.docs)
    return r.docs as Export[]
  }, [posterId])
  useEffect(() => {
    void call('/api/branches?limit=200&sort=code&depth=0').then((r) => setBranches(r.docs))
    void load()
  }, [load])
  const running = exports.some((e) => e.status === 'queued' || e.status === 'running')
  useEffect(() => {
    if (!running) return
    const t = setInterval(() => void load(), 1500)
    return () => clearInterval(t)
  }, [running, load])
  const start = async () => {
    setError(null)
    try {
      await call(`/api/posters/${posterId}/bulk`, { branch })
      await load()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
    }
  }
  return (
    <div className="md-bulk" style={{ marginTop: 14, paddingTop: 14, borderTop: '1px solid var(--theme-elevation-150)' }}>
      <div style={{ fontWeight: 600, marginBottom: 8 }}>批量生成 · 按机构为每位客户经理生成专属海报</div>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        <select className="md-bulk-branch" value={branch} onChange={(e) => setBranch(e.target.value)} style={{ padding: '6px 10px', borderRadius: 6, minWidth: 200 }}>
          <option value="">选择机构…</option>
          {branches.map((b) => (
            <option key={b.id} value={b.id}>{`${b.code} ${b.name}`}</option>
          ))}
        </select>
        <Button size="small" margin={false} disabled={!branch} onClick={start} className="md-bulk-start">生成压缩包</Button>
      </div>
      {error && <p style={{ color: '#b91c1c', fontSize: 13 }}>{error}</p>}
      {exports.map((e) => {
        const pct = e.total ? Math.round((e.progress / e.total) * 100) : 0
        const name = typeof e.branch === 'object' ? e.branch?.name : ''
        return (
          <div key={e.id} className="md-export" style={{ marginTop: 10, fontSize: 13 }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
              <span>{name} · {e.status === 'done' ? `已完成 ${e.total} 份` : e.status === 'failed' ? `失败：${e.error ?? ''}` : `生成中 ${e.progress}/${e.total || '…'}`}</span>
              {e.status === 'done' && <a href={`/api/poster-exports/${e.id}/download.zip`} className="md-export-download">下载 ZIP</a>}
            </div>
            <div style={{ height: 6, borderRadius: 3, background: 'var(--theme-elevation-150)', marginTop: 4, overflow: 'hidden' }}>
              <div style={{ width: `${e.status === 'done' ? 100 : pct}%`, height: '100%', background: e.status === 'failed' ? '#b91c1c' : '#15803d', transition: 'width .4s' }} />
            </div>
          </div>
        )
      })}
    </div>
  )
}

export function PosterActions() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const status = (useFormFields(([fields]) => fields.status?.value) as string) ?? 'draft'
  const modified = useFormModified()
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  if (!id) return null
  const role = (user as { role?: string } | null)?.role
  const actions = role && role !== 'manager' ? posterTransitionsFor(status, role as Actor) : []
  const label = STATUS_LABELS[status as keyof typeof STATUS_LABELS] ?? STATUS_LABELS.draft
  const run = async (a: TransitionRule) => {
    if (a.to === 'rejected' && !rejecting) return setRejecting(true)
    setBusy(true)
    setError(null)
    try {
      await call(`/api/posters/${id}/transition`, { to: a.to, reason: a.to === 'rejected' ? reason : undefined })
      window.location.reload()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
      setBusy(false)
    }
  }
  return (
    <div className="md-poster-actions" style={{ marginBottom: 24, padding: 16, borderRadius: 10, border: '1px solid var(--theme-elevation-150)', background: 'var(--theme-elevation-50)' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 12 }}>
        <span style={{ fontSize: 13, opacity: 0.7 }}>审核状态</span>
        <span className="md-status" style={{ padding: '2px 10px', borderRadius: 999, background: COLOURS[status] ?? COLOURS.draft, color: '#fff', fontSize: 13, fontWeight: 600 }}>{label.zh}</span>
        {status === 'approved' && <span style={{ fontSize: 12, opacity: 0.7 }}>客户经理已可在“我的海报”下载</span>}
      </div>
      {modified && actions.length > 0 && <p style={{ fontSize: 12, color: '#b45309', margin: '0 0 8px' }}>有未保存的修改，请先保存再操作。</p>}
      {rejecting && (
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} placeholder="驳回原因（必填）" style={{ width: '100%', padding: 8, borderRadius: 6, marginBottom: 8 }} />
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {actions
          .filter((a) => !rejecting || a.to === 'rejected')
          .map((a) => (
            <Button key={a.to} size="small" margin={false} buttonStyle={a.to === 'rejected' ? 'error' : a.to === 'archived' || a.to === 'draft' ? 'secondary' : 'primary'} disabled={busy || modified || (rejecting && reason.trim().length < 2)} onClick={() => run(a)} className={`md-action-${a.to}`}>
              {a.zh}
            </Button>
          ))}
      </div>
      {error && <p style={{ color: '#b91c1c', fontSize: 13, marginTop: 8 }}>{error}</p>}
      {status === 'approved' && role !== 'manager' && <BulkRender posterId={String(id)} />}
    </div>
  )
}
