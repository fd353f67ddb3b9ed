// Navigation link to 我的工作台 (everyone may open it; it is the managers' home).
import type { ServerProps } from 'payload'
import React from 'react'

export function WorkbenchLink({ user }: ServerProps) {
  if (!user) return null
  return (
    <a href="/admin/workbench" className="nav__link md-nav-workbench" style={{ display: 'block', padding: '6px 0', fontWeight: 600 }}>
      我的工作台
    </a>
  )
}
