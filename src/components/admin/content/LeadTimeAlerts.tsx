// Dashboard block for staff: the coming festivals, e.g. "冬至 还有14天 — 0 条已审核内容" — red when the lead
// time has started and nothing is approved yet, green when content is ready, grey when it is not due yet.
import type { ServerProps } from 'payload'
import React from 'react'

import { contentLeadTimeAlerts } from './alerts'

export async function LeadTimeAlerts({ payload, user }: ServerProps) {
  const role = (user as { role?: string } | undefined)?.role
  if (!payload || !role || role === 'manager') return null
  const alerts = (await contentLeadTimeAlerts(payload)).slice(0, 8)
  if (alerts.length === 0) return null
  return (
    <section className="md-lead-alerts" style={{ marginBottom: 32 }}>
      <h3 style={{ margin: '0 0 4px' }}>借势日历提醒</h3>
      <p style={{ margin: '0 0 12px', fontSize: 13, opacity: 0.7 }}>未来45天的节日节气。进入备稿期仍没有已审核内容的标红。</p>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 12 }}>
        {alerts.map((a) => {
          const colour = !a.due ? '#6b7280' : a.needsContent ? '#b91c1c' : '#15803d'
          return (
            <a key={a.festival.key} href={a.topicId ? `/admin/collections/topics/${a.topicId}` : '/admin/collections/topics'} className={a.due && a.needsContent ? 'md-lead-alert-red' : undefined}
              style={{ display: 'block', padding: '14px 16px', borderRadius: 10, textDecoration: 'none', color: 'inherit', border: `1px solid ${colour}55`, background: `${colour}12` }}>
              <div style={{ fontSize: 12, opacity: 0.7 }}>
                {a.festival.date} · {a.festival.kind === 'solar-term' ? '节气' : '节日'} · {a.due ? '备稿期' : `提前${a.festival.leadDays}天备稿`}
              </div>
              <div style={{ fontWeight: 600, fontSize: 15, margin: '4px 0', color: colour }}>{a.messageZh}</div>
              <div style={{ fontSize: 12, opacity: 0.75 }}>{a.festival.angles[0]}</div>
            </a>
          )
        })}
      </div>
    </section>
  )
}
