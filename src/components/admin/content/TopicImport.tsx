'use client'
// Above the hot-topic list: import topics from a JSON or CSV file (format: docs/content-studio.md).
import { Button, useAuth } from '@payloadcms/ui'
import React, { useRef, useState } from 'react'

type Result = { created: number; updated: number; errors: { row: number; field: string; zh: string }[] }

export function TopicImport() {
  const { user } = useAuth()
  const input = useRef<HTMLInputElement>(null)
  const [result, setResult] = useState<Result | null>(null)
  const [error, setError] = useState<string | null>(null)
  const role = (user as { role?: string } | null)?.role
  if (role !== 'editor' && role !== 'admin') return null

  const upload = async (file: File) => {
    setError(null)
    setResult(null)
    const body = new FormData()
    body.append('file', file)
    const r = await fetch('/api/topics/import', { method: 'POST', credentials: 'include', body })
    const json = await r.json().catch(() => ({}))
    if (json?.errors?.[0]?.message) setError(json.errors[0].message)
    else setResult(json as Result)
    if (r.ok && (json as Result).created + (json as Result).updated > 0) setTimeout(() => window.location.reload(), 1500)
  }

  return (
    <div className="md-topic-import" style={{ margin: '0 0 20px', padding: '14px 18px', borderRadius: 10, border: '1px dashed var(--theme-elevation-250)', display: 'flex', gap: 16, alignItems: 'center', flexWrap: 'wrap' }}>
      <div style={{ flex: 1, minWidth: 260 }}>
        <strong>导入热点</strong>
        <div style={{ fontSize: 13, opacity: 0.75 }}>支持 JSON 或 CSV（UTF-8）：标题、来源、热度、首次出现、窗口结束、标签、借势角度。同来源同标题的热点会被更新。</div>
      </div>
      <input ref={input} type="file" accept=".json,.csv,application/json,text/csv" hidden onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
      <Button buttonStyle="secondary" margin={false} onClick={() => input.current?.click()}>选择文件导入</Button>
      {error && <p role="alert" style={{ width: '100%', color: '#b91c1c', margin: 0 }}>{error}</p>}
      {result && (
        <div style={{ width: '100%', fontSize: 13 }}>
          新增 {result.created} 条，更新 {result.updated} 条{result.errors.length ? `，${result.errors.length} 行有问题：` : '。'}
          <ul style={{ margin: '4px 0 0', color: '#b91c1c' }}>
            {result.errors.slice(0, 20).map((e, i) => <li key={i}>{e.row ? `第${e.row}行 ` : ''}{e.zh}</li>)}
          </ul>
        </div>
      )}
    </div>
  )
}
