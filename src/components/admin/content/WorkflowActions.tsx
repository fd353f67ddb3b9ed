'use client'
// Sidebar buttons of the review workflow: 提交审核 / 撤回 / 通过 / 驳回(填写原因) / 归档, per status and role.
import { Button, useAuth, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { postJson } from './useContentValues'

import { STATUS_LABELS, transitionsFor, type Actor, type TransitionRule } from '../../../collections/Contents/transitions'

const tone = (t: TransitionRule) => (t.to === 'rejected' ? 'error' : t.to === 'archived' || t.to === 'draft' ? 'secondary' : 'primary')

const COLOURS: Record<string, string> = {
  draft: '#6b7280', in_review: '#b45309', approved: '#15803d', rejected: '#b91c1c', scheduled: '#1d4ed8', published: '#0f766e', archived: '#4b5563',
}

export function WorkflowActions() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const status = (useFormFields(([fields]) => fields.status?.value) as string) ?? 'draft'
  const modified = useFormModified()
  const [reasonFor, setReasonFor] = useState<TransitionRule | null>(null)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => setError(null), [modified]) // an old refusal no longer applies once the copy changes
  if (!id) return null
  const role = (user as { role?: string } | null)?.role
  const actions = role && role !== 'manager' ? transitionsFor(status, role as Actor) : []
  const label = STATUS_LABELS[status as keyof typeof STATUS_LABELS] ?? STATUS_LABELS.draft

  const run = async (action: TransitionRule) => {
    const needsReason = action.to === 'rejected'
    if (needsReason && !reasonFor) return setReasonFor(action)
    setBusy(true)
    setError(null)
    try {
      await postJson(`/api/contents/${id}/transition`, { to: action.to, reason: needsReason ? reason : undefined })
      window.location.reload()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
      setBusy(false)
    }
  }

  return (
    <div className="md-workflow" style={{ marginBottom: 24, padding: 16, borderRadius: 10, border: '1px solid var(--theme-elevation-150)', background: 'var(--theme-elevation-50)' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 12 }}>
        <span style={{ fontSize: 13, opacity: 0.7 }}>审核状态</span>
        <span className="md-status" style={{ padding: '2px 10px', borderRadius: 999, background: COLOURS[status] ?? COLOURS.draft, color: '#fff', fontSize: 13, fontWeight: 600 }}>{label.zh}</span>
      </div>
      {modified && actions.length > 0 && <p style={{ fontSize: 12, color: '#b45309', margin: '0 0 8px' }}>有未保存的修改，请先保存再操作。</p>}
      {reasonFor && (
        <div style={{ marginBottom: 8 }}>
          <label style={{ fontSize: 13, display: 'block', marginBottom: 4 }}>驳回原因（必填，编辑会看到）</label>
          <textarea className="md-reject-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={3} style={{ width: '100%', padding: 8, borderRadius: 6 }} placeholder="例如：含“最稳妥”等绝对化用语，请修改" />
        </div>
      )}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {(reasonFor ? [reasonFor] : actions).map((a) => (
          <Button key={a.to} buttonStyle={tone(a)} size="small" margin={false}
            disabled={busy || (modified && !reasonFor) || (!!reasonFor && reason.trim().length < 2)} onClick={() => run(a)} className={`md-action-${a.to}`}>
            {reasonFor ? '确认驳回' : a.zh}
          </Button>
        ))}
        {reasonFor && <Button buttonStyle="secondary" size="small" margin={false} onClick={() => setReasonFor(null)}>取消</Button>}
      </div>
      {actions.length === 0 && <p style={{ fontSize: 12, opacity: 0.7, margin: '4px 0 0' }}>当前状态下你没有可执行的审核操作。</p>}
      {error && <p className="md-workflow-error" role="alert" style={{ color: '#b91c1c', fontSize: 13, margin: '10px 0 0', whiteSpace: 'pre-wrap' }}>{error}</p>}
    </div>
  )
}
