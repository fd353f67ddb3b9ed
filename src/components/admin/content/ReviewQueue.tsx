// 审核队列: content waiting for compliance review, oldest first, with each item's lint summary.
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import type { ContentLintReport } from '../../../collections/Contents/lint'

const CATEGORY: Record<string, string> = { general: '通用', wealth: '理财', insurance: '保险', credit: '信贷', deposit: '存款' }
const fmt = (iso: string) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso))

export async function ReviewQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const user = req.user as unknown as { role?: string } | null
  const allowed = user?.role === 'reviewer' || user?.role === 'admin' || user?.role === 'editor'
  const { docs } = allowed
    ? await req.payload.find({ collection: 'contents', where: { status: { equals: 'in_review' } }, sort: 'updatedAt', depth: 1, limit: 100, overrideAccess: false, user: req.user })
    : { docs: [] }
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: '24px 0 4px' }}>审核队列</h1>
        <p style={{ opacity: 0.7, marginTop: 0 }}>提交审核的内容，按提交先后排列。打开内容查看渠道预览和合规检查，然后通过或驳回（驳回需填写原因）。</p>
        {!allowed && <p>只有合规审核、编辑和管理员可以查看审核队列。</p>}
        {allowed && docs.length === 0 && <p className="md-queue-empty" style={{ padding: 24, borderRadius: 10, background: 'var(--theme-elevation-50)' }}>暂无待审核内容 🎉</p>}
        {docs.length > 0 && (
          <table className="md-review-queue" style={{ width: '100%', borderCollapse: 'collapse', marginTop: 16 }}>
            <thead>
              <tr style={{ textAlign: 'left', borderBottom: '1px solid var(--theme-elevation-150)' }}>
                {['标题', '类别', '所属活动', '提交人', '提交时间', '合规检查'].map((h) => <th key={h} style={{ padding: '10px 8px', fontSize: 13 }}>{h}</th>)}
              </tr>
            </thead>
            <tbody>
              {docs.map((d) => {
                const lint = d.lint as ContentLintReport | null
                const by = d.submittedBy && typeof d.submittedBy === 'object' ? (d.submittedBy as { displayName?: string }).displayName : ''
                const campaign = d.campaign && typeof d.campaign === 'object' ? (d.campaign as { name?: string }).name : ''
                return (
                  <tr key={d.id} style={{ borderBottom: '1px solid var(--theme-elevation-100)' }}>
                    <td style={{ padding: '12px 8px' }}><a href={`/admin/collections/contents/${d.id}`} style={{ fontWeight: 600 }}>{d.title}</a></td>
                    <td style={{ padding: 8 }}>{CATEGORY[d.category as string] ?? d.category}</td>
                    <td style={{ padding: 8 }}>{campaign}</td>
                    <td style={{ padding: 8 }}>{by}</td>
                    <td style={{ padding: 8 }}>{fmt(d.updatedAt)}</td>
                    <td style={{ padding: 8, color: lint?.blocked ? '#b91c1c' : lint?.warnings ? '#92400e' : '#15803d' }}>
                      {!lint ? '—' : lint.blocks + lint.warnings === 0 ? '通过' : `${lint.blocks} 拦截 · ${lint.warnings} 提醒`}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
