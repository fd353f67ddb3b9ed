'use client'
// On a hot topic: "以此热点创建借势活动" — creates a 借势 campaign linked to the topic and opens it.
import { Button, useAuth, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import { postJson } from './useContentValues'

export function StartCampaign() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const role = (user as { role?: string } | null)?.role
  if (!id || (role !== 'editor' && role !== 'admin')) return null
  const start = async () => {
    setBusy(true)
    try {
      const r = await postJson<{ id: string }>(`/api/topics/${id}/campaign`, {})
      window.location.assign(`/admin/collections/campaigns/${r.id}`)
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
      setBusy(false)
    }
  }
  return (
    <div style={{ marginBottom: 20 }}>
      <Button className="md-start-campaign" buttonStyle="primary" margin={false} disabled={busy} onClick={start}>以此热点创建借势活动</Button>
      {error && <p role="alert" style={{ color: '#b91c1c', fontSize: 13 }}>{error}</p>}
    </div>
  )
}
