// Navigation link to 数据看板 (everyone signed in; managers see their own figures there).
import type { ServerProps } from 'payload'
import React from 'react'

export function AnalyticsLink({ user }: ServerProps) {
  if (!user) return null
  return (
    <a href="/admin/analytics" className="nav__link md-nav-analytics" style={{ display: 'block', padding: '6px 0', fontWeight: 600 }}>
      数据看板
    </a>
  )
}
