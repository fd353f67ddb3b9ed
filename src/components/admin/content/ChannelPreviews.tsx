'use client'
// How each enabled variant will look on its channel: a 朋友圈 card, a 公众号 article page, a 视频号 card and a
// 社群 chat bubble — drawn from the form as it is typed.
import { useAuth } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { richTextParagraphs } from './richText'
import { useContentValues } from './useContentValues'

const idOf = (v: unknown): string | null => (v && typeof v === 'object' && 'id' in v ? String((v as { id: unknown }).id) : v ? String(v) : null)

/** Media URLs by id, fetched once per id. */
function useMediaUrls(ids: (string | null)[]): Record<string, string> {
  const [urls, setUrls] = useState<Record<string, string>>({})
  const wanted = ids.filter((i): i is string => !!i && !(i in urls))
  const key = wanted.join(',')
  useEffect(() => {
    if (!key) return
    const qs = key.split(',').map((id, i) => `where[id][in][${i}]=${encodeURIComponent(id)}`).join('&')
    fetch(`/api/media?${qs}&depth=0&limit=50`, { credentials: 'include' })
      .then((r) => r.json())
      .then((j: { docs?: { id: string; url?: string }[] }) => setUrls((u) => ({ ...u, ...Object.fromEntries((j.docs ?? []).map((d) => [String(d.id), d.url ?? ''])) })))
      .catch(() => undefined)
  }, [key])
  return urls
}

const card: React.CSSProperties = { background: '#fff', color: '#111', borderRadius: 12, boxShadow: '0 1px 4px rgba(0,0,0,.12)', overflow: 'hidden', width: 360 }
const caption: React.CSSProperties = { fontSize: 13, fontWeight: 600, margin: '0 0 8px', color: 'var(--theme-elevation-800)' }
const Avatar = ({ name, size = 40 }: { name: string; size?: number }) => (
  <div style={{ width: size, height: size, borderRadius: 6, background: '#B3152A', color: '#fff', display: 'grid', placeItems: 'center', fontWeight: 700, flexShrink: 0 }}>{name.slice(0, 1)}</div>
)

export function ChannelPreviews() {
  const v = useContentValues().variants ?? {}
  const { user } = useAuth()
  const name = (user as { displayName?: string } | null)?.displayName ?? '客户经理'
  const images = (Array.isArray(v.moments?.images) ? v.moments.images : []).map(idOf)
  const urls = useMediaUrls([...images, idOf(v.article?.cover), idOf(v.group?.image)])
  const any = v.moments?.enabled || v.article?.enabled || v.video?.enabled || v.group?.enabled
  if (!any) return <p style={{ opacity: 0.7 }}>还没有启用任何渠道版本。在“文案与渠道版本”中勾选要发布的渠道。</p>
  const cols = images.length === 1 ? 1 : images.length === 2 || images.length === 4 ? 2 : 3

  return (
    <div className="md-previews" style={{ display: 'flex', flexWrap: 'wrap', gap: 28, padding: '16px 0' }}>
      {v.moments?.enabled && (
        <div className="md-preview-moments">
          <p style={caption}>朋友圈</p>
          <div style={{ ...card, padding: 14, display: 'flex', gap: 10 }}>
            <Avatar name={name} />
            <div style={{ flex: 1, minWidth: 0 }}>
              <div style={{ color: '#576b95', fontWeight: 600, fontSize: 15 }}>{name}</div>
              <div style={{ fontSize: 15, lineHeight: 1.6, whiteSpace: 'pre-wrap', margin: '4px 0 8px' }}>{v.moments.text}</div>
              {images.length > 0 && (
                <div style={{ display: 'grid', gridTemplateColumns: `repeat(${cols}, 1fr)`, gap: 4, maxWidth: cols === 1 ? 200 : 260 }}>
                  {images.map((id, i) => (
                    <div key={`${id}-${i}`} style={{ aspectRatio: '1', background: `#eee center/cover no-repeat url("${urls[id ?? ''] ?? ''}")` }} />
                  ))}
                </div>
              )}
              {v.moments.link && <div style={{ background: '#f3f3f3', padding: 8, fontSize: 13, marginTop: 6, wordBreak: 'break-all' }}>🔗 {v.moments.link}</div>}
              <div style={{ fontSize: 12, color: '#999', marginTop: 8 }}>1分钟前</div>
            </div>
          </div>
        </div>
      )}
      {v.article?.enabled && (
        <div className="md-preview-article">
          <p style={caption}>公众号文章</p>
          <div style={{ ...card, padding: '18px 18px 24px', maxHeight: 560, overflowY: 'auto' }}>
            <h2 style={{ fontSize: 21, lineHeight: 1.4, margin: '0 0 10px', color: '#111' }}>{v.article.title || '（未填写标题）'}</h2>
            <div style={{ fontSize: 14, color: '#999', marginBottom: 14 }}>
              {v.article.author || '作者'} <span style={{ color: '#576b95', marginLeft: 6 }}>锦程银行</span>
            </div>
            {urls[idOf(v.article.cover) ?? ''] && <img alt="" src={urls[idOf(v.article.cover)!]} style={{ width: '100%', aspectRatio: '2.35', objectFit: 'cover', borderRadius: 4, marginBottom: 12 }} />}
            {richTextParagraphs(v.article.body).map((p, i) => (
              <p key={i} style={{ fontSize: 16, lineHeight: 1.75, margin: '0 0 12px', color: '#333' }}>{p}</p>
            ))}
            {v.article.sourceUrl && <div style={{ fontSize: 14, color: '#576b95' }}>阅读原文</div>}
          </div>
        </div>
      )}
      {v.video?.enabled && (
        <div className="md-preview-video">
          <p style={caption}>视频号</p>
          <div style={{ ...card, width: 240, background: '#111', color: '#fff' }}>
            <div style={{ aspectRatio: '9 / 16', display: 'flex', flexDirection: 'column', justifyContent: 'flex-end', padding: 14, background: 'linear-gradient(180deg,#333 0%,#111 100%)' }}>
              <div style={{ fontSize: 36, textAlign: 'center', marginBottom: 'auto', marginTop: '45%' }}>▶</div>
              <div style={{ fontWeight: 600, marginBottom: 4 }}>@锦程银行</div>
              <div style={{ fontSize: 13, lineHeight: 1.5 }}>
                {v.video.description} {(Array.isArray(v.video.topics) ? v.video.topics : []).filter((t) => t?.tag).map((t) => <span key={t.tag} style={{ color: '#9ec3ff' }}>#{t.tag} </span>)}
              </div>
              {v.video.linkedArticleUrl && <div style={{ fontSize: 12, marginTop: 6, opacity: 0.8 }}>📄 公众号文章</div>}
            </div>
          </div>
        </div>
      )}
      {v.group?.enabled && (
        <div className="md-preview-group">
          <p style={caption}>社群消息</p>
          <div style={{ ...card, background: '#ededed', padding: 14 }}>
            <div style={{ textAlign: 'center', fontSize: 12, color: '#999', marginBottom: 10 }}>锦程银行·陆家嘴客户群（268）</div>
            <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
              <Avatar name={name} size={36} />
              <div>
                <div style={{ fontSize: 12, color: '#888', marginBottom: 3 }}>{name}</div>
                <div style={{ background: '#fff', padding: '9px 12px', borderRadius: 6, fontSize: 15, lineHeight: 1.6, whiteSpace: 'pre-wrap', maxWidth: 260 }}>{v.group.text}</div>
                {urls[idOf(v.group.image) ?? ''] && <img alt="" src={urls[idOf(v.group.image)!]} style={{ width: 120, marginTop: 6, borderRadius: 6 }} />}
              </div>
            </div>
          </div>
        </div>
      )}
    </div>
  )
}
