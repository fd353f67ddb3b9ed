// Navigation link to 我的海报 (every signed-in user: managers download, staff check what managers see).
import type { ServerProps } from 'payload'
import React from 'react'

export function MyPostersLink({ user }: ServerProps) {
  if (!user) return null
  return (
    <a href="/admin/my-posters" className="nav__link md-nav-my-posters" style={{ display: 'block', padding: '6px 0', fontWeight: 600 }}>
      我的海报
    </a>
  )
}
