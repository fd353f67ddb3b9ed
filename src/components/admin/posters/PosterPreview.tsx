'use client'
// The rendered preview on the template and poster edit views. Rendered by the worker from the saved
// document (posters: with the bank's own contact card instead of a manager's); refreshes after each save.
import { useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

export function PosterPreview({ kind }: { kind: 'template' | 'poster' }) {
  const { id, savedDocumentData } = useDocumentInfo()
  const [state, setState] = useState<'loading' | 'ok' | 'error'>('loading')
  if (!id) return <p style={{ color: 'var(--theme-elevation-500)' }}>保存后自动生成预览图 / The preview appears after the first save.</p>
  const src = `/api/${kind === 'template' ? 'poster-templates' : 'posters'}/${id}/preview.jpg?v=${encodeURIComponent(String(savedDocumentData?.updatedAt ?? ''))}`
  return (
    <div className="md-poster-preview" style={{ margin: '8px 0 24px', display: 'flex', gap: 16, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <a href={src} target="_blank" rel="noreferrer" style={{ display: 'block', width: 240, minHeight: 120, borderRadius: 12, overflow: 'hidden', background: 'var(--theme-elevation-100)', boxShadow: '0 6px 24px rgba(0,0,0,0.12)' }}>
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={src}
          alt="海报预览"
          style={{ width: '100%', display: 'block' }}
          // a cached image may finish loading before React attaches onLoad
          ref={(el) => {
            if (el?.complete && el.naturalWidth > 0 && state !== 'ok') setState('ok')
          }}
          onLoad={() => setState('ok')}
          onError={() => setState('error')}
        />
      </a>
      <div style={{ fontSize: 13, lineHeight: 1.8, color: 'var(--theme-elevation-700)', maxWidth: 360 }}>
        <strong>预览 Preview</strong>
        <div>{state === 'loading' ? '正在生成预览…' : state === 'error' ? '预览生成失败：请检查海报文案与图片。' : '点击图片查看原图。'}</div>
        {kind === 'poster' && <div style={{ opacity: 0.75 }}>预览中的名片为银行通用信息；客户经理下载时会换成其本人姓名、电话和专属二维码。</div>}
      </div>
    </div>
  )
}
