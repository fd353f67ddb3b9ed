// GET /api/analytics/dashboard and GET /api/analytics/export?format=csv|xlsx — the 数据看板 data.
// Signed-in staff see everything; a manager gets only their own figures and rank (enforced here).
import ExcelJS from 'exceljs'
import type { Endpoint, PayloadRequest } from 'payload'

import { userOf } from '../access/roles'
import { computeDashboard, parseFilter, type Dashboard, type GroupRow } from '../lib/tracking/analytics'

const unauthorized = () => Response.json({ error: '请先登录 / Please sign in' }, { status: 401 })

async function dashboardFor(req: PayloadRequest): Promise<Dashboard | null> {
  const user = userOf({ req })
  if (!user) return null
  return computeDashboard(req.payload, user, parseFilter(new URL(req.url ?? '', 'http://x').searchParams))
}

const STAGE_COLUMNS: [keyof GroupRow, string][] = [
  ['exposure', '曝光'],
  ['visit', '扫码/点击'],
  ['activation', '激活'],
  ['retention', '留存'],
  ['revenue', '转化'],
  ['amount', '转化金额（元）'],
  ['referral', '推荐'],
]

/** Every table of the dashboard as sheets of plain rows (the first row is the header). */
function exportSheets(d: Dashboard): { name: string; rows: (string | number)[][] }[] {
  const table = (title: string, rows: GroupRow[]) => ({
    name: title,
    rows: [[title.replace('按', ''), ...STAGE_COLUMNS.map(([, h]) => h)], ...rows.map((r) => [r.label, ...STAGE_COLUMNS.map(([k]) => r[k] as number)])],
  })
  return [
    table('按渠道', d.byChannel),
    table('按机构', d.byBranch),
    table('按客户经理', d.byManager),
    {
      name: '排行榜',
      rows: [
        ['名次', '客户经理', '机构', '扫码/点击', '推荐', '转化', '转化金额（元）'],
        ...d.leaderboard.rows.map((r) => [r.rank, r.name, r.branch, r.visits, r.referrals, r.conversions, r.amount]),
      ],
    },
    { name: '每日趋势', rows: [['日期', '扫码/点击', '转化'], ...d.series.map((s) => [s.day, s.visits, s.conversions])] },
  ]
}

const csvCell = (v: string | number) => (typeof v === 'number' ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)

export const analyticsDashboard: Endpoint = {
  path: '/analytics/dashboard',
  method: 'get',
  handler: async (req) => {
    const d = await dashboardFor(req)
    return d ? Response.json(d, { headers: { 'Cache-Control': 'no-store' } }) : unauthorized()
  },
}

export const analyticsExport: Endpoint = {
  path: '/analytics/export',
  method: 'get',
  handler: async (req) => {
    const d = await dashboardFor(req)
    if (!d) return unauthorized()
    const format = new URL(req.url ?? '', 'http://x').searchParams.get('format') === 'xlsx' ? 'xlsx' : 'csv'
    const stamp = `${d.filter.from.slice(0, 10)}_${d.filter.to.slice(0, 10)}`
    const sheets = exportSheets(d)
    if (format === 'csv') {
      // one file, tables one after another; the BOM makes Excel read the Chinese correctly
      const text = '\ufeff' + sheets.map((s) => [[`【${s.name}】`], ...s.rows].map((r) => r.map(csvCell).join(',')).join('\r\n')).join('\r\n\r\n')
      return new Response(text, {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="funnel-${stamp}.csv"`,
          'Cache-Control': 'no-store',
        },
      })
    }
    const book = new ExcelJS.Workbook()
    book.creator = 'MatrixDesk 矩阵台'
    for (const s of sheets) {
      const ws = book.addWorksheet(s.name)
      ws.addRows(s.rows)
      ws.getRow(1).font = { bold: true }
      ws.columns.forEach((c) => (c.width = 14))
    }
    const buf = await book.xlsx.writeBuffer()
    return new Response(buf as ArrayBuffer, {
      headers: {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'Content-Disposition': `attachment; filename="funnel-${stamp}.xlsx"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}
