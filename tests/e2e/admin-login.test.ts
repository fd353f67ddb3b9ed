// A new user's first minute: the login page and the dashboard, in Simplified Chinese.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, login, newContext, screenshot } from '../helpers/browser'

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('admin', () => {
  it('serves /healthz with both services up', async () => {
    const r = await fetch(`${baseUrl}/healthz`)
    expect(r.status).toBe(200)
    expect(await r.json()).toEqual({ db: 'ok', redis: 'ok' })
  })

  it('shows the login page in Chinese even to an English browser', async () => {
    const context = await newContext(browser, { locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/admin/login`)
    await expect(page.locator('body')).toBeDefined()
    await page.waitForSelector('input[name="email"]')
    const text = await page.locator('body').innerText()
    expect(text).toMatch(/矩阵台/)
    expect(text).toMatch(/登录/)
    await screenshot(page, 'foundation-login')
    await context.close()
  })

  it('logs the demo editor in to a Chinese dashboard that says what to do next', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    // bank intranets have no internet: the admin must not fetch anything from outside (no Gravatar, no CDN)
    const foreign: string[] = []
    page.on('request', (r) => {
      const host = new URL(r.url()).hostname
      if (!['localhost', '127.0.0.1'].includes(host) && !r.url().startsWith('data:')) foreign.push(r.url())
    })
    await login(page, baseUrl, 'editor@jcbank.demo')
    await page.waitForSelector('.md-welcome')
    const text = await page.locator('body').innerText()
    expect(text).toMatch(/李晓雯，你好/)
    expect(text).toMatch(/内容编辑/)
    await screenshot(page, 'foundation-dashboard-editor')
    expect(foreign).toEqual([])
    await context.close()
  })
})
