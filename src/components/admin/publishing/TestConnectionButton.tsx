'use client'
// Sidebar button on a linked account: asks the platform for a token (or checks the robot key) and shows the result.
import { Button, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

export function TestConnectionButton() {
  const { id } = useDocumentInfo()
  const [state, setState] = useState<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const run = async () => {
    setBusy(true)
    try {
      const r = await fetch(`/api/channel-accounts/${id}/test-connection`, { method: 'POST', credentials: 'include' })
      const body = await r.json()
      setState(r.ok ? { ok: body.ok, text: body.message.zh } : { ok: false, text: body.errors?.[0]?.message ?? '测试失败' })
    } finally {
      setBusy(false)
    }
  }
  return (
    <div style={{ marginBottom: 24 }}>
      <Button buttonStyle="secondary" size="small" disabled={busy} onClick={run}>
        {busy ? '正在测试… / Testing…' : '测试连接 / Test connection'}
      </Button>
      {state && (
        <div role="status" className="md-status" style={{ marginTop: 8, fontSize: 13, color: state.ok ? '#137333' : '#b3152a' }}>
          {state.ok ? '✓ ' : '✕ '}
          {state.text}
        </div>
      )}
    </div>
  )
}
