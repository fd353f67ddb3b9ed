'use client'
// Live compliance lint of the form as it is typed: every linted field with its hits highlighted in place
// (red = 拦截 block, amber = 提醒 warn), the reason beside each hit, and missing required phrases.
import React, { useEffect, useState } from 'react'

import type { ContentLintReport, LintedField } from '../../../collections/Contents/lint'
import type { LintHit } from '../../../lib/compliance/types'
import { postJson, useContentValues } from './useContentValues'

const SECTION_LABELS: Record<string, string> = { master: '主文案', moments: '朋友圈', article: '公众号文章', video: '视频号', group: '社群消息' }
const FIELD_LABELS: Record<string, string> = {
  title: '标题', master: '主文案', 'variants.moments.text': '朋友圈文案', 'variants.article.title': '文章标题', 'variants.article.author': '作者',
  'variants.article.digest': '摘要', 'variants.article.body': '正文', 'variants.video.description': '视频描述', 'variants.video.topics': '#话题', 'variants.group.text': '群消息',
}
const COLOUR = { block: { bg: '#fde2e1', fg: '#b91c1c', border: '#ef4444' }, warn: { bg: '#fef3c7', fg: '#92400e', border: '#f59e0b' } }

function Highlighted({ field }: { field: LintedField }) {
  const parts: React.ReactNode[] = []
  let at = 0
  for (const [i, h] of field.hits.entries()) {
    if (h.start < at) continue // overlapping hits: the first one wins the highlight
    if (h.start > at) parts.push(field.text.slice(at, h.start))
    const c = COLOUR[h.severity]
    parts.push(
      <mark key={i} className={`md-lint-hit md-lint-${h.severity}`} title={h.reasonZh} style={{ background: c.bg, color: c.fg, borderBottom: `2px solid ${c.border}`, padding: '0 1px', borderRadius: 2 }}>
        {field.text.slice(h.start, h.end)}
      </mark>,
    )
    at = h.end
  }
  parts.push(field.text.slice(at))
  return <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8, fontSize: 14 }}>{parts}</div>
}

function HitList({ hits }: { hits: LintHit[] }) {
  return (
    <ul style={{ margin: '6px 0 0', paddingLeft: 18, fontSize: 13 }}>
      {hits.map((h, i) => (
        <li key={i} style={{ color: COLOUR[h.severity].fg, marginBottom: 2 }}>
          <strong>{h.severity === 'block' ? '拦截' : '提醒'}</strong>
          {h.matched ? `「${h.matched}」` : `缺少「${h.pattern}」`}：{h.reasonZh}
        </li>
      ))}
    </ul>
  )
}

export function LintPanel() {
  const values = useContentValues()
  const [report, setReport] = useState<ContentLintReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  const key = JSON.stringify([values.title, values.master, values.category, values.variants])

  useEffect(() => {
    const timer = setTimeout(() => {
      postJson<ContentLintReport>('/api/contents/lint', values)
        .then((r) => (setReport(r), setError(null)))
        .catch((e) => setError(e instanceof Error ? e.message : String(e)))
    }, 500)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const summary = !report
    ? '检查中…'
    : report.blocks + report.warnings === 0
      ? '未发现合规问题'
      : `${report.blocks} 处拦截 · ${report.warnings} 处提醒${report.blocked ? '（需修改后才能提交审核）' : ''}`
  return (
    <section className="md-lint-panel" style={{ margin: '24px 0', border: '1px solid var(--theme-elevation-150)', borderRadius: 10, overflow: 'hidden' }}>
      <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '12px 16px', background: report?.blocked ? '#fde2e1' : report && report.warnings ? '#fef3c7' : 'var(--theme-elevation-50)' }}>
        <strong style={{ fontSize: 15, color: report?.blocked ? '#b91c1c' : undefined }}>合规检查 Compliance lint</strong>
        <span className="md-lint-summary" style={{ fontSize: 13 }}>{summary}</span>
      </header>
      {error && <p style={{ color: '#b91c1c', padding: '0 16px' }}>{error}</p>}
      <div style={{ padding: '4px 16px 12px' }}>
        {report?.sections.map((s) => {
          const fields = s.fields.filter((f) => f.hits.length > 0)
          if (fields.length === 0 && s.missingRequired.length === 0) return null
          return (
            <div key={s.key} style={{ marginTop: 12 }}>
              <div style={{ fontWeight: 600, fontSize: 14, marginBottom: 6 }}>{SECTION_LABELS[s.key]}</div>
              {fields.map((f) => (
                <div key={f.path} style={{ padding: '8px 12px', marginBottom: 8, borderRadius: 8, background: 'var(--theme-elevation-50)' }}>
                  <div style={{ fontSize: 12, opacity: 0.7, marginBottom: 4 }}>{FIELD_LABELS[f.path] ?? f.path}</div>
                  <Highlighted field={f} />
                  <HitList hits={f.hits} />
                </div>
              ))}
              {s.missingRequired.length > 0 && <HitList hits={s.missingRequired} />}
            </div>
          )
        })}
      </div>
    </section>
  )
}
