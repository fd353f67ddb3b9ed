// 我的海报: approved posters a manager may share, each shown as the manager's own copy (their name and QR)
// with one-tap download. Phone-first: managers open it in WeChat between customers.
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

type Row = { id: string; title: string; updatedAt: string; template?: { name?: string } | string; campaign?: { name?: string } | string | null }

const css = `
.md-myposters h1{margin:8px 0 4px;font-size:24px}
.md-myposters .sub{color:var(--theme-elevation-600);margin:0 0 20px;font-size:14px}
.md-myposters .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:18px}
.md-poster-card{border-radius:14px;overflow:hidden;background:var(--theme-elevation-50);border:1px solid var(--theme-elevation-150);display:flex;flex-direction:column}
.md-poster-card .thumb{display:block;aspect-ratio:9/16;background:var(--theme-elevation-100);overflow:hidden}
.md-poster-card img{width:100%;height:100%;object-fit:contain;display:block}
.md-poster-card .body{padding:10px 12px 12px}
.md-poster-card .title{font-weight:600;font-size:15px;line-height:1.4}
.md-poster-card .meta{font-size:12px;color:var(--theme-elevation-600);margin:2px 0 10px}
.md-poster-card .actions{display:flex;gap:8px}
.md-poster-card .dl{flex:1;text-align:center;padding:9px 0;border-radius:8px;background:#B3152A;color:#fff;text-decoration:none;font-weight:600;font-size:14px}
.md-poster-card .png{padding:9px 12px;border-radius:8px;border:1px solid var(--theme-elevation-250);text-decoration:none;font-size:13px;color:inherit}
@media (max-width:600px){.md-myposters .grid{grid-template-columns:repeat(2,1fr);gap:10px}.md-myposters h1{font-size:20px}.md-poster-card .png{display:none}.md-poster-card .body{padding:8px}}
`

export async function MyPostersView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult
  const user = req.user
  const posters = user
    ? await req.payload.find({ collection: 'posters', where: { status: { equals: 'approved' } }, sort: '-approvedAt', depth: 1, limit: 60, user, overrideAccess: false, req })
    : null
  const rows = (posters?.docs ?? []) as unknown as Row[]
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <style>{css}</style>
        <div className="md-myposters">
          <h1>我的海报 <span style={{ fontSize: 15, fontWeight: 400, opacity: 0.6 }}>My posters</span></h1>
          <p className="sub">已审核通过的海报，印有你的姓名、电话和专属二维码。客户扫码会记到你的名下。</p>
          {rows.length === 0 ? (
            <p className="md-myposters-empty">暂无可下载的海报。总行审核通过后会出现在这里。</p>
          ) : (
            <div className="grid">
              {rows.map((p) => {
                const src = `/posters/${p.id}/me.jpg?v=${encodeURIComponent(p.updatedAt)}`
                const campaign = p.campaign && typeof p.campaign === 'object' ? p.campaign.name : null
                const template = p.template && typeof p.template === 'object' ? p.template.name : null
                return (
                  <div key={p.id} className="md-poster-card">
                    <a className="thumb" href={src} target="_blank" rel="noreferrer">
                      {/* eslint-disable-next-line @next/next/no-img-element */}
                      <img src={src} alt={p.title} loading="lazy" />
                    </a>
                    <div className="body">
                      <div className="title">{p.title}</div>
                      <div className="meta">{campaign ?? template ?? ''}</div>
                      <div className="actions">
                        <a className="dl" href={`/posters/${p.id}/me.jpg`} download>下载</a>
                        <a className="png" href={`/posters/${p.id}/me.png`} download>高清PNG</a>
                      </div>
                    </div>
                  </div>
                )
              })}
            </div>
          )}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}
