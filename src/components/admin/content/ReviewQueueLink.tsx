// Navigation link to 审核队列 with the number waiting, for reviewers, editors and admins.
import type { ServerProps } from 'payload'
import React from 'react'

export async function ReviewQueueLink({ payload, user }: ServerProps) {
  const role = (user as { role?: string } | undefined)?.role
  if (!payload || !role || role === 'manager') return null
  const { totalDocs } = await payload.count({ collection: 'contents', where: { status: { equals: 'in_review' } }, overrideAccess: true })
  return (
    <a href="/admin/review-queue" className="nav__link md-nav-review-queue" style={{ display: 'flex', justifyContent: 'space-between', padding: '6px 0' }}>
      <span>审核队列</span>
      {totalDocs > 0 && <span style={{ background: '#B3152A', color: '#fff', borderRadius: 999, padding: '0 8px', fontSize: 12 }}>{totalDocs}</span>}
    </a>
  )
}
