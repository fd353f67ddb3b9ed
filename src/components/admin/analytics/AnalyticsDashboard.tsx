'use client'
// The 数据看板 body: filters, KPI cards, the AARRR funnel, breakdowns, trend, leaderboard and export.
import React, { useMemo, useState } from 'react'

import type { Dashboard, GroupRow } from '../../../lib/tracking/analytics'
import { FUNNEL_STAGES } from '../../../lib/tracking/vocabulary'
import { TrendChart } from './TrendChart'

const fmt = (n: number) => n.toLocaleString('zh-CN')
const yuan = (n: number) => (n >= 10_000 ? `¥${(n / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 1 })}万` : `¥${fmt(n)}`)
const pct = (a: number, b: number) => (b <= 0 ? '—' : a === 0 ? '0%' : `${((a / b) * 100).toFixed(a / b < 0.1 ? 1 : 0)}%`)
const shanghaiDay = (iso: string, offsetDays = 0) => new Date(new Date(iso).getTime() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10)

type Breakdown = 'byChannel' | 'byBranch' | 'byManager'
const BREAKDOWNS: { key: Breakdown; label: string }[] = [
  { key: 'byChannel', label: '按渠道' },
  { key: 'byBranch', label: '按机构' },
  { key: 'byManager', label: '按客户经理' },
]

const css = `
.md-an{--md-red:#B3152A;--md-gold:#C98A1B;padding-bottom:48px}
.md-an h1{margin:0;font-size:26px}
.md-an__head{display:flex;justify-content:space-between;align-items:flex-end;gap:16px;flex-wrap:wrap;margin:8px 0 18px}
.md-an__sub{color:var(--theme-elevation-500);margin-top:4px;font-size:13px}
.md-an__filters{display:flex;gap:10px;align-items:flex-end;flex-wrap:wrap}
.md-an__filters label{display:flex;flex-direction:column;font-size:12px;color:var(--theme-elevation-500);gap:4px}
.md-an__filters select,.md-an__filters input{height:34px;border:1px solid var(--theme-elevation-150);border-radius:8px;padding:0 10px;background:var(--theme-input-bg,var(--theme-elevation-0));color:var(--theme-text);font-size:13px}
.md-an__btn{height:34px;display:inline-flex;align-items:center;padding:0 14px;border-radius:8px;border:1px solid var(--theme-elevation-150);background:var(--theme-elevation-0);color:var(--theme-text);text-decoration:none;font-size:13px;cursor:pointer}
.md-an__btn--primary{background:var(--md-red);border-color:var(--md-red);color:#fff}
.md-an__kpis{display:grid;grid-template-columns:repeat(6,minmax(0,1fr));gap:12px;margin-bottom:18px}
.md-an__kpi{border:1px solid var(--theme-elevation-100);border-radius:12px;padding:14px 16px;background:var(--theme-elevation-0)}
.md-an__kpi b{display:block;font-size:24px;margin-top:4px;font-variant-numeric:tabular-nums}
.md-an__kpi span{font-size:12px;color:var(--theme-elevation-500)}
.md-an__kpi small{display:block;color:var(--theme-elevation-500);font-size:12px;margin-top:2px}
.md-an__grid{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,4fr);gap:16px;margin-bottom:16px}
.md-an__card{border:1px solid var(--theme-elevation-100);border-radius:12px;padding:16px 18px;background:var(--theme-elevation-0);min-width:0}
.md-an__card h2{font-size:16px;margin:0 0 12px;display:flex;justify-content:space-between;align-items:center;gap:8px}
.md-an__card h2 small{font-weight:400;font-size:12px;color:var(--theme-elevation-500)}
.md-an__stage{display:grid;grid-template-columns:72px 1fr 86px;align-items:center;gap:10px;margin:7px 0}
.md-an__stage em{font-style:normal;font-size:13px;color:var(--theme-elevation-700)}
.md-an__bar{height:26px;border-radius:6px;background:linear-gradient(90deg,var(--md-red),#D9485C);display:flex;align-items:center;padding:0 8px;color:#fff;font-size:12px;font-variant-numeric:tabular-nums;min-width:34px;box-sizing:border-box}
.md-an__rate{font-size:12px;color:var(--theme-elevation-500);text-align:right}
.md-an__tabs{display:flex;gap:6px}
.md-an__tab{border:1px solid var(--theme-elevation-150);background:none;border-radius:999px;padding:3px 12px;font-size:12px;cursor:pointer;color:var(--theme-text)}
.md-an__tab--on{background:var(--md-red);border-color:var(--md-red);color:#fff}
.md-an table{width:100%;border-collapse:collapse;font-size:13px;font-variant-numeric:tabular-nums}
.md-an th{text-align:right;font-weight:500;color:var(--theme-elevation-500);padding:6px 8px;border-bottom:1px solid var(--theme-elevation-100);white-space:nowrap}
.md-an td{text-align:right;padding:7px 8px;border-bottom:1px solid var(--theme-elevation-50)}
.md-an th:first-child,.md-an td:first-child{text-align:left;white-space:nowrap}
.md-an__medal{display:inline-flex;width:22px;height:22px;border-radius:50%;align-items:center;justify-content:center;font-size:12px;font-weight:700;background:var(--theme-elevation-100)}
.md-an__medal--1{background:#F2C14E;color:#5a3d00}.md-an__medal--2{background:#C9CED6;color:#333}.md-an__medal--3{background:#D89B6A;color:#4a2500}
.md-an__legend{display:flex;gap:14px;font-size:12px;color:var(--theme-elevation-500)}
.md-an__legend i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
.md-an__note{font-size:12px;color:var(--theme-elevation-500);margin-top:10px}
.md-an__empty{color:var(--theme-elevation-500);padding:16px 0;text-align:center}
.md-an__scroll{overflow-x:auto}
@media (max-width:1100px){.md-an__kpis{grid-template-columns:repeat(3,1fr)}.md-an__grid{grid-template-columns:1fr}}
@media (max-width:640px){.md-an__kpis{grid-template-columns:repeat(2,1fr)}.md-an__kpi b{font-size:20px}.md-an__stage{grid-template-columns:56px 1fr 70px}.md-an__filters label{flex:1 1 40%}.md-an__card h2{flex-wrap:wrap}}
`

function Funnel({ totals }: { totals: Dashboard['totals'] }) {
  const max = Math.max(1, ...FUNNEL_STAGES.map((s) => totals[s.key]))
  return (
    <div>
      {FUNNEL_STAGES.map((s, i) => {
        const v = totals[s.key]
        // the first step is a click-through rate; later stages are shares of the visits (events are not
        // strictly nested: one customer may buy twice without binding a card)
        const base = i === 1 ? totals.exposure : totals.visit
        // square-root widths: exposure is often 100× the later stages, which would vanish on a linear scale
        const width = Math.max(6, Math.sqrt(v / max) * 100)
        return (
          <div className="md-an__stage" key={s.key}>
            <em>{s.zh}</em>
            <div className="md-an__bar" style={{ width: `${width}%`, opacity: 1 - i * 0.09 }}>
              {fmt(v)}
            </div>
            <span className="md-an__rate">{i === 0 ? '' : i === 1 ? `点击率 ${pct(v, base)}` : `占访问 ${pct(v, base)}`}</span>
          </div>
        )
      })}
      <div className="md-an__note">曝光来自平台互动数据；扫码/点击已剔除机器人和可疑事件；推荐 = 经客户分享链接带来的访问。</div>
    </div>
  )
}

function BreakdownTable({ rows }: { rows: GroupRow[] }) {
  if (rows.length === 0) return <div className="md-an__empty">所选时间内暂无数据</div>
  return (
    <div className="md-an__scroll">
      <table>
        <thead>
          <tr>
            <th>名称</th>
            {FUNNEL_STAGES.map((s) => (
              <th key={s.key}>{s.zh}</th>
            ))}
            <th>转化金额</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key || 'none'}>
              <td>{r.label}</td>
              {FUNNEL_STAGES.map((s) => (
                <td key={s.key}>{fmt(r[s.key])}</td>
              ))}
              <td>{yuan(r.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

export function AnalyticsDashboard({ initial }: { initial: Dashboard }) {
  const [data, setData] = useState(initial)
  const [campaign, setCampaign] = useState(initial.filter.campaign ?? '')
  const [from, setFrom] = useState(shanghaiDay(initial.filter.from))
  const [to, setTo] = useState(shanghaiDay(initial.filter.to, -1))
  const [breakdown, setBreakdown] = useState<Breakdown>(initial.scope === 'own' ? 'byChannel' : 'byManager')
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState('')

  const query = useMemo(() => new URLSearchParams({ ...(campaign ? { campaign } : {}), from, to }).toString(), [campaign, from, to])
  const refresh = async () => {
    setLoading(true)
    setError('')
    try {
      const r = await fetch(`/api/analytics/dashboard?${query}`, { credentials: 'include' })
      if (!r.ok) throw new Error(String(r.status))
      setData(await r.json())
    } catch {
      setError('加载失败，请稍后重试')
    } finally {
      setLoading(false)
    }
  }
  const t = data.totals
  const own = data.scope === 'own'
  const me = own ? data.leaderboard.rows[0] : undefined

  return (
    <div className="md-an">
      <style>{css}</style>
      <div className="md-an__head">
        <div>
          <h1>数据看板</h1>
          <div className="md-an__sub">{own ? '仅显示你本人的推广数据与排名' : '全行推广效果：谁、哪个渠道、哪篇内容带来了多少客户'} · 时间按北京时间统计</div>
        </div>
        <div className="md-an__filters">
          <label>
            活动
            <select value={campaign} onChange={(e) => setCampaign(e.target.value)} aria-label="活动">
              <option value="">全部活动</option>
              {data.campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            开始日期
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            结束日期
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
          <button type="button" className="md-an__btn md-an__btn--primary" onClick={refresh} disabled={loading}>
            {loading ? '加载中…' : '查询'}
          </button>
          <a className="md-an__btn" href={`/api/analytics/export?format=xlsx&${query}`}>
            导出 Excel
          </a>
          <a className="md-an__btn" href={`/api/analytics/export?format=csv&${query}`}>
            导出 CSV
          </a>
        </div>
      </div>
      {error && <p style={{ color: 'var(--theme-error-500)' }}>{error}</p>}

      <div className="md-an__kpis">
        <div className="md-an__kpi">
          <span>曝光</span>
          <b>{fmt(t.exposure)}</b>
          <small>阅读/触达</small>
        </div>
        <div className="md-an__kpi">
          <span>扫码/点击</span>
          <b>{fmt(t.visit)}</b>
          <small>有效访问</small>
        </div>
        <div className="md-an__kpi">
          <span>激活</span>
          <b>{fmt(t.activation)}</b>
          <small>开户、报名等</small>
        </div>
        <div className="md-an__kpi">
          <span>留存</span>
          <b>{fmt(t.retention)}</b>
          <small>绑卡、参与活动</small>
        </div>
        <div className="md-an__kpi">
          <span>转化</span>
          <b>{fmt(t.revenue)}</b>
          <small>金额 {yuan(t.amount)}</small>
        </div>
        <div className="md-an__kpi">
          <span>推荐</span>
          <b>{fmt(t.referral)}</b>
          <small>{me ? `我的排名 第 ${me.rank} / ${data.leaderboard.participants}` : '裂变带来的访问'}</small>
        </div>
      </div>

      <div className="md-an__grid">
        <section className="md-an__card">
          <h2>
            AARRR 漏斗 <small>获取 → 激活 → 留存 → 变现 → 推荐</small>
          </h2>
          <Funnel totals={t} />
        </section>
        <section className="md-an__card">
          <h2>
            {own ? '我的排名' : '客户经理排行榜'} <small>按转化，其次推荐</small>
          </h2>
          {data.leaderboard.rows.length === 0 ? (
            <div className="md-an__empty">暂无排名数据</div>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>名次</th>
                  <th style={{ textAlign: 'left' }}>客户经理</th>
                  <th>转化</th>
                  <th>推荐</th>
                  <th>金额</th>
                </tr>
              </thead>
              <tbody>
                {data.leaderboard.rows.slice(0, 10).map((r) => (
                  <tr key={r.manager}>
                    <td>
                      <span className={`md-an__medal md-an__medal--${r.rank}`}>{r.rank}</span>
                    </td>
                    <td style={{ textAlign: 'left' }}>
                      {r.name}
                      <div style={{ fontSize: 11, color: 'var(--theme-elevation-500)' }}>{r.branch}</div>
                    </td>
                    <td>{fmt(r.conversions)}</td>
                    <td>{fmt(r.referrals)}</td>
                    <td>{yuan(r.amount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {own && <div className="md-an__note">共 {data.leaderboard.participants} 位客户经理参与排名；你只能看到自己的名次。</div>}
        </section>
      </div>

      <section className="md-an__card" style={{ marginBottom: 16 }}>
        <h2>
          每日趋势
          <span className="md-an__legend">
            <span>
              <i style={{ background: '#B3152A' }} />
              扫码/点击（左轴）
            </span>
            <span>
              <i style={{ background: '#C98A1B' }} />
              转化事件（右轴）
            </span>
          </span>
        </h2>
        <div className="md-an__scroll">
          <TrendChart points={data.series} />
        </div>
      </section>

      <section className="md-an__card">
        <h2>
          漏斗明细
          <span className="md-an__tabs">
            {BREAKDOWNS.map((b) => (
              <button key={b.key} type="button" className={`md-an__tab ${breakdown === b.key ? 'md-an__tab--on' : ''}`} onClick={() => setBreakdown(b.key)}>
                {b.label}
              </button>
            ))}
          </span>
        </h2>
        <BreakdownTable rows={data[breakdown]} />
      </section>
    </div>
  )
}
