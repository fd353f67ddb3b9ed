// 数据看板 in the browser on the real product: the seeded 邀好友赢礼金 campaign's funnel, leaderboard and
// trend for head office, a manager's own figures and rank, exports, and a real scan through /t/:code that
// the worker writes to the database.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, login, newContext, screenshot } from '../helpers/browser'

const baseUrl = inject('baseUrl')
const CAMPAIGN = 'demo-spring-invite'
// Payload accepts the session cookie only on same-site requests (its CSRF check), as a browser sends them
const sameSite = { headers: { origin: baseUrl, 'sec-fetch-site': 'same-origin' } }
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('analytics dashboard', () => {
  it('shows head office the funnel, leaderboard and trend of the seeded campaign', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await login(page, baseUrl, 'admin@jcbank.demo')
    expect(await page.locator('a.md-nav-analytics').first().getAttribute('href')).toBe('/admin/analytics')
    await page.goto(`${baseUrl}/admin/analytics`)
    await page.locator('select[aria-label="活动"]').selectOption(CAMPAIGN)
    await page.getByRole('button', { name: '查询' }).click()
    await page.locator('.md-an__stage', { hasText: '曝光' }).getByText('1,460').waitFor()
    const text = await page.locator('.md-an').innerText()
    for (const s of ['数据看板', 'AARRR 漏斗', '客户经理排行榜', '每日趋势', '张伟', '吴婷', '陆家嘴支行']) expect(text).toContain(s)
    // other browser tests scan this campaign's links too: compare with the API rather than the seeded 45
    const api = await (await page.request.get(`${baseUrl}/api/analytics/dashboard?campaign=${CAMPAIGN}`, sameSite)).json()
    expect(api.totals.visit).toBeGreaterThanOrEqual(45)
    expect(await page.locator('.md-an__kpi', { hasText: '扫码/点击' }).innerText()).toContain(String(api.totals.visit))
    expect(await page.locator('.md-an__kpi', { hasText: '转化' }).first().innerText()).toContain('¥11万')
    expect(await page.locator('svg[aria-label="每日扫码/点击与转化趋势"] rect').count()).toBe(30)
    await screenshot(page, 'analytics-dashboard-admin')

    await page.getByRole('button', { name: '按渠道' }).click()
    await page.locator('.md-an table', { hasText: '海报二维码' }).waitFor()
    await page.locator('.md-an__card', { hasText: '漏斗明细' }).scrollIntoViewIfNeeded()
    await screenshot(page, 'analytics-breakdown-channel')

    const xlsx = await page.request.get(`${baseUrl}/api/analytics/export?format=xlsx&campaign=${CAMPAIGN}`, sameSite)
    expect(xlsx.status()).toBe(200)
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml')
    await context.close()
  })

  it('shows a manager only their own figures and rank, also on a phone', async () => {
    const context = await newContext(browser, { phone: true })
    const page = await context.newPage()
    await login(page, baseUrl, 'manager06@jcbank.demo')
    await page.goto(`${baseUrl}/admin/analytics?campaign=${CAMPAIGN}`)
    await page.locator('.md-an__kpis').waitFor()
    const text = await page.locator('.md-an').innerText()
    expect(text).toContain('仅显示你本人的推广数据与排名')
    expect(text).toContain('我的排名 第 2 / 4')
    expect(text).not.toContain('张伟')
    await screenshot(page, 'analytics-dashboard-manager-phone')
    const api = await (await page.request.get(`${baseUrl}/api/analytics/dashboard?campaign=${CAMPAIGN}`, sameSite)).json()
    expect(api.totals).toMatchObject({ visit: 8, activation: 3, revenue: 2, amount: 40_000 })
    await context.close()
  })

  it('records a real scan through /t/:code and the worker writes it to the database', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await login(page, baseUrl, 'admin@jcbank.demo')
    const count = async () => (await (await page.request.get(`${baseUrl}/api/scan-events?limit=1&depth=0`, sameSite)).json()).totalDocs as number
    const link = (
      await (await page.request.get(`${baseUrl}/api/tracking-links?where[campaign][equals]=${CAMPAIGN}&where[channel][equals]=poster&limit=1&depth=0`, sameSite)).json()
    ).docs[0]
    const before = await count()
    const r = await fetch(`${baseUrl}/t/${link.code}`, { redirect: 'manual', headers: { 'user-agent': 'Mozilla/5.0 (iPhone) MicroMessenger/8.0.50' } })
    expect(r.status).toBe(302)
    expect(r.headers.get('location')).toMatch(/\/s\//)
    const deadline = Date.now() + 20_000
    while ((await count()) === before && Date.now() < deadline) await new Promise((res) => setTimeout(res, 300))
    expect(await count()).toBe(before + 1)

    const phone = await newContext(browser, { phone: true })
    const missing = await phone.newPage()
    const res = await missing.goto(`${baseUrl}/t/NoSuchCode22`)
    expect(res?.status()).toBe(404)
    await missing.getByText('这个链接找不到了').waitFor()
    await screenshot(missing, 'tracking-404-phone')
    await phone.close()
    await context.close()
  })
})
