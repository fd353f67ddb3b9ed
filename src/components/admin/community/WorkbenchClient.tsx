'use client'
// The interactive part of 我的工作台. Today's tasks come from the scheduler's own list
// (GET /api/publications/today) and are confirmed through its done action; the rest is server-loaded.
import React, { useCallback, useEffect, useState } from 'react'

import { copyText } from '../../../lib/community/copy'
import { HEALTH_LABELS } from '../../../lib/community/health'
import type { WorkbenchData } from '../../../lib/community/workbench'

type Task = {
  id: string
  plannedAt: string
  status: string
  mode: string
  title: string
  content: string
  account: string
  accountName: string
  overdue: boolean
  kit: { copyText: string; files: { url: string; filename: string; mimeType?: string }[]; link: string | null }
}

const TABS = [
  { key: 'tasks', label: '今日任务' },
  { key: 'groups', label: '我的群' },
  { key: 'library', label: '活动库' },
  { key: 'data', label: '我的数据' },
  { key: 'posters', label: '我的海报' },
] as const
type TabKey = (typeof TABS)[number]['key']

const time = (iso: string) => new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso))
const day = (iso: string | null) =>
  iso ? new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso)) : '从未'
const STUDIO_POSTER = '/my-posters/studio/me.jpg'
const withLink = (text: string, url: string) => (text.includes('{link}') ? text.replaceAll('{link}', url) : text)

const css = `
.wb { max-width: 760px; margin: 0 auto; padding: 12px 0 48px; }
.wb-hero { border-radius: 16px; padding: 18px 18px 16px; color: #fff; background: linear-gradient(120deg, #B3152A 0%, #7A0E1D 100%); }
.wb-hero h1 { color: #fff; margin: 0 0 4px; font-size: 22px; line-height: 1.3; }
.wb-hero p { margin: 0; opacity: .9; font-size: 14px; }
.wb-hero a { color: #F6C453; font-weight: 600; }
.wb-tabs { position: sticky; top: 0; z-index: 5; display: flex; gap: 6px; overflow-x: auto; padding: 12px 0 10px; background: var(--theme-bg); scrollbar-width: none; }
.wb-tab { flex: none; border: 1px solid var(--theme-elevation-150); background: var(--theme-elevation-0); color: var(--theme-text); border-radius: 999px; padding: 8px 14px; font-size: 15px; cursor: pointer; }
.wb-tab[aria-selected="true"] { background: #B3152A; border-color: #B3152A; color: #fff; font-weight: 600; }
.wb-card { border: 1px solid var(--theme-elevation-100); background: var(--theme-elevation-0); border-radius: 14px; padding: 14px; margin-bottom: 12px; }
.wb-row { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.wb-time { font-weight: 700; font-size: 18px; color: #B3152A; font-variant-numeric: tabular-nums; }
.wb-title { font-weight: 700; font-size: 16px; flex: 1; min-width: 0; }
.wb-chip { display: inline-block; border-radius: 999px; padding: 1px 9px; font-size: 12px; background: var(--theme-elevation-100); }
.wb-sub { color: var(--theme-elevation-600); font-size: 13px; margin: 6px 0; }
.wb-text { white-space: pre-wrap; background: var(--theme-elevation-50); border-radius: 10px; padding: 10px 12px; font-size: 15px; line-height: 1.6; margin: 8px 0 10px; word-break: break-all; }
.wb-actions { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; }
.wb-btn { display: flex; align-items: center; justify-content: center; min-height: 44px; border-radius: 10px; border: 1px solid var(--theme-elevation-200); background: var(--theme-elevation-0); color: var(--theme-text); font-size: 15px; font-weight: 600; cursor: pointer; text-decoration: none; padding: 0 8px; }
.wb-btn.primary { background: #B3152A; border-color: #B3152A; color: #fff; }
.wb-btn:disabled { opacity: .5; cursor: default; }
.wb-done { opacity: .65; }
.wb-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 10px; }
.wb-stat { border-radius: 12px; padding: 12px; background: var(--theme-elevation-50); }
.wb-stat b { display: block; font-size: 26px; color: #B3152A; line-height: 1.2; }
.wb-empty { padding: 20px; border-radius: 12px; background: var(--theme-elevation-50); color: var(--theme-elevation-600); }
.wb-poster { width: 100%; aspect-ratio: 1; object-fit: cover; border-radius: 10px; background: var(--theme-elevation-100); }
@media (max-width: 600px) { .wb-hero h1 { font-size: 20px; } .wb-actions { grid-template-columns: 1fr 1fr 1fr; } }
`

export function WorkbenchClient({ name, data }: { name: string; data: WorkbenchData }) {
  const [tab, setTab] = useState<TabKey>('tasks')
  const [tasks, setTasks] = useState<Task[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [copied, setCopied] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [done, setDone] = useState<Set<string>>(new Set())

  const load = useCallback(async () => {
    const r = await fetch('/api/publications/today', { credentials: 'include' })
    const json = await r.json().catch(() => ({}))
    if (!r.ok) return setError(json?.errors?.[0]?.message ?? '任务加载失败')
    setTasks((json.items as Task[]).filter((t) => t.mode !== 'auto'))
  }, [])
  useEffect(() => {
    void load()
  }, [load])

  const copy = (key: string, text: string) =>
    void copyText(text).then(() => {
      setCopied(key)
      setTimeout(() => setCopied((k) => (k === key ? null : k)), 1800)
    })

  const markDone = async (task: Task) => {
    setBusy(task.id)
    setError(null)
    const r = await fetch(`/api/publications/${task.id}/done`, { method: 'POST', credentials: 'include' })
    if (r.ok) {
      setDone((s) => new Set(s).add(task.id))
      await fetch('/api/groups/touch', { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ account: task.account }) })
    } else {
      const json = await r.json().catch(() => ({}))
      setError(json?.errors?.[0]?.message ?? '操作失败，请重试')
    }
    setBusy(null)
  }

  const open = (tasks ?? []).filter((t) => !done.has(t.id))
  const quiet = data.groups.filter((g) => g.health !== 'active')

  return (
    <div className="wb" data-testid="workbench">
      <style>{css}</style>
      <section className="wb-hero">
        <h1>{name}，今天有 {tasks ? open.length : '…'} 项群任务</h1>
        <p>
          {quiet.length > 0 ? `${quiet.length} 个群在变冷，记得安排互动唤醒。` : '你的群都很活跃，继续保持！'}{' '}
          <a href={data.studioUrl} target="_blank" rel="noreferrer">
            我的云工作室 ›
          </a>
        </p>
      </section>

      <nav className="wb-tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t.key} type="button" role="tab" className="wb-tab" aria-selected={tab === t.key} onClick={() => setTab(t.key)}>
            {t.label}
            {t.key === 'tasks' && tasks ? ` ${open.length}` : ''}
          </button>
        ))}
      </nav>

      {error && <div className="wb-card" style={{ borderColor: '#B3152A', color: '#B3152A' }}>{error}</div>}

      {tab === 'tasks' && (
        <section>
          {tasks === null && <div className="wb-empty">正在加载今日任务…</div>}
          {tasks?.length === 0 && <div className="wb-empty">今天没有群任务，去活动库挑一个小游戏活跃一下群吧。</div>}
          {tasks?.map((t) => {
            const activity = data.taskActivities[t.content]
            const text = withLink(t.kit.copyText, activity?.shareUrl ?? data.studioUrl)
            const poster = activity ? `/my-posters/activity/${activity.id}/me.jpg` : (t.kit.files[0]?.url ?? STUDIO_POSTER)
            const groups = data.groups.filter((g) => g.account === t.account)
            const isDone = done.has(t.id)
            return (
              <article key={t.id} className={`wb-card md-task${isDone ? ' wb-done' : ''}`}>
                <div className="wb-row">
                  <span className="wb-time" style={t.overdue ? { color: '#92400e' } : undefined}>
                    {time(t.plannedAt)}
                  </span>
                  <span className="wb-title">{t.title}</span>
                  <span className="wb-chip">{isDone ? '已完成 ✓' : t.overdue ? '已逾期' : t.mode === 'task' ? '企微群发任务' : '手动发布'}</span>
                </div>
                <div className="wb-sub">
                  发到：{groups.length ? groups.map((g) => g.name).join('、') : t.accountName}
                  {activity && ` · 配套活动：${activity.title}（${activity.kindLabel}）`}
                </div>
                <div className="wb-text">{text}</div>
                <div className="wb-actions">
                  <button type="button" className="wb-btn" onClick={() => copy(t.id, text)}>
                    {copied === t.id ? '已复制 ✓' : '复制文案'}
                  </button>
                  {poster ? (
                    <a className="wb-btn" href={poster} download>
                      下载海报
                    </a>
                  ) : (
                    <button type="button" className="wb-btn" disabled>
                      无海报
                    </button>
                  )}
                  <button type="button" className="wb-btn primary" disabled={isDone || busy === t.id} onClick={() => void markDone(t)}>
                    {isDone ? '已完成' : busy === t.id ? '提交中…' : '标记完成'}
                  </button>
                </div>
              </article>
            )
          })}
        </section>
      )}

      {tab === 'groups' && (
        <section>
          {data.groups.length === 0 && <div className="wb-empty">还没有登记客户群。</div>}
          {data.groups.map((g) => {
            const h = HEALTH_LABELS[g.health]
            return (
              <article key={g.id} className="wb-card">
                <div className="wb-row">
                  <span className="wb-title">{g.name}</span>
                  <span className="wb-chip" style={{ background: h.color, color: '#fff' }}>
                    {h.zh}
                  </span>
                </div>
                <div className="wb-sub">
                  {g.type === 'core' ? '核心群' : '外围群'} · {g.memberCount} 人 · 最近活动 {day(g.lastActivityAt)}
                  {!g.account && ' · 未关联企业微信（SOP任务需手动发送）'}
                </div>
                {g.welcomeMessage && (
                  <div className="wb-actions" style={{ gridTemplateColumns: '1fr 1fr' }}>
                    <button type="button" className="wb-btn" onClick={() => copy(`w${g.id}`, g.welcomeMessage!)}>
                      {copied === `w${g.id}` ? '已复制 ✓' : '复制入群欢迎语'}
                    </button>
                    {g.rules && (
                      <button type="button" className="wb-btn" onClick={() => copy(`r${g.id}`, g.rules!)}>
                        {copied === `r${g.id}` ? '已复制 ✓' : '复制群规'}
                      </button>
                    )}
                  </div>
                )}
              </article>
            )
          })}
        </section>
      )}

      {tab === 'library' && (
        <section>
          {data.activities.map((a) => {
            const text = withLink(a.groupMessage, a.shareUrl ?? data.studioUrl)
            return (
              <article key={a.id} className="wb-card">
                <div className="wb-row">
                  <span className="wb-chip">{a.kindLabel}</span>
                  <span className="wb-title">{a.title}</span>
                  <span className="wb-sub" style={{ margin: 0 }}>
                    {a.durationMinutes} 分钟
                  </span>
                </div>
                <div className="wb-sub">{a.theme}</div>
                <div className="wb-actions">
                  <button type="button" className="wb-btn" onClick={() => copy(`a${a.id}`, a.shareUrl && !text.includes(a.shareUrl) ? `${text}\n${a.shareUrl}` : text)}>
                    {copied === `a${a.id}` ? '已复制 ✓' : '复制话术'}
                  </button>
                  <a className="wb-btn" href={`/admin/collections/activities/${a.id}`}>
                    完整脚本
                  </a>
                  {a.shareUrl ? (
                    <a className="wb-btn" href={a.shareUrl} target="_blank" rel="noreferrer">
                      预览H5
                    </a>
                  ) : (
                    <a className="wb-btn" href={`/my-posters/activity/${a.id}/me.jpg`} download>
                      海报
                    </a>
                  )}
                </div>
              </article>
            )
          })}
        </section>
      )}

      {tab === 'data' && (
        <section>
          <div className="wb-card">
            <div className="wb-sub" style={{ marginTop: 0 }}>近30天 · 只含你本人带来的客户</div>
            <div className="wb-grid">
              {[
                ['扫码/点击', data.stats.visit],
                ['激活', data.stats.activation],
                ['留存', data.stats.retention],
                ['转化', data.stats.revenue],
                ['推荐', data.stats.referral],
              ].map(([label, n]) => (
                <div key={label} className="wb-stat">
                  <b>{n}</b>
                  {label}
                </div>
              ))}
              <div className="wb-stat" data-testid="my-rank">
                <b>{data.stats.rank ? `第${data.stats.rank}名` : '—'}</b>排行（共{data.stats.participants}人）
              </div>
            </div>
          </div>
        </section>
      )}

      {tab === 'posters' && (
        <section className="wb-grid" style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))' }}>
          <a className="wb-card" href={STUDIO_POSTER} download style={{ textDecoration: 'none', color: 'inherit', marginBottom: 0 }}>
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img className="wb-poster" src={STUDIO_POSTER} alt="我的名片海报" style={{ objectPosition: 'top' }} />
            <div className="wb-title" style={{ marginTop: 8, fontSize: 14 }}>
              我的名片海报
            </div>
            <div className="wb-sub" style={{ margin: 0 }}>
              扫码直达我的云工作室
            </div>
          </a>
          {data.activities
            .filter((a) => a.shareUrl)
            .map((a) => (
              <a key={a.id} className="wb-card" href={`/my-posters/activity/${a.id}/me.jpg`} download style={{ textDecoration: 'none', color: 'inherit', marginBottom: 0 }}>
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img className="wb-poster" src={`/my-posters/activity/${a.id}/me.jpg`} alt={a.title} loading="lazy" />
                <div className="wb-title" style={{ marginTop: 8, fontSize: 14 }}>
                  {a.title}
                </div>
                <div className="wb-sub" style={{ margin: 0 }}>
                  专属二维码 · 点击下载
                </div>
              </a>
            ))}
        </section>
      )}
    </div>
  )
}
