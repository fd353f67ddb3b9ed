// 我的海报 on a manager's phone (own copies, one-tap download) and the poster edit view with its preview,
// review status and the bulk ZIP with progress — against the real product.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, login, newContext, screenshot } from '../helpers/browser'

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

/** Posters render on first view (the worker parses its fonts once): allow for that. */
async function openPage(context: Awaited<ReturnType<typeof newContext>>) {
  const page = await context.newPage()
  page.setDefaultTimeout(120_000)
  return page
}
afterAll(async () => {
  await browser?.close()
})

/** Waits until every <img> matching the selector has loaded a real picture. */
async function imagesLoaded(page: Page, selector: string, atLeast: number) {
  await page.waitForFunction(
    ([sel, n]) => {
      const imgs = [...document.querySelectorAll<HTMLImageElement>(sel as string)]
      return imgs.length >= (n as number) && imgs.every((i) => i.complete && i.naturalWidth > 0)
    },
    [selector, atLeast],
    { timeout: 120_000 },
  )
}

/** A same-origin fetch from the page, as the browser sends it (the session cookie needs that). */
function fetchInPage(page: Page, url: string) {
  return page.evaluate(async (u) => {
    const r = await fetch(u)
    return { status: r.status, type: r.headers.get('content-type'), etag: r.headers.get('etag') }
  }, url)
}

describe('posters in the admin', () => {
  it('我的海报 shows a manager their own approved posters on a phone, each downloadable', async () => {
    const context = await newContext(browser, { phone: true })
    const page = await openPage(context)
    await login(page, baseUrl, 'manager01@jcbank.demo')
    await page.goto(`${baseUrl}/admin/my-posters`)
    await page.waitForSelector('.md-poster-card')
    await imagesLoaded(page, '.md-poster-card img', 3)
    const text = await page.locator('.md-myposters').innerText()
    expect(text).toMatch(/我的海报/)
    expect(text).toMatch(/元旦借势/)
    await screenshot(page, 'posters-my-posters-phone')
    const href = await page.locator('.md-poster-card a.dl').first().getAttribute('href')
    expect(href).toMatch(/^\/posters\/[^/]+\/me\.jpg$/)
    const r = await fetchInPage(page, href!)
    expect(r.status).toBe(200)
    expect(r.type).toBe('image/jpeg')
    expect(r.etag).toMatch(/^"[0-9a-f]{40}"$/)
    await context.close()
  })

  it('the poster edit view shows the preview and status, and bulk-renders a branch into a ZIP', async () => {
    const context = await newContext(browser)
    const page = await openPage(context)
    await login(page, baseUrl, 'admin@jcbank.demo')
    const poster = await page.evaluate(async (title) => {
      const r = await fetch(`/api/posters?where[title][equals]=${encodeURIComponent(title)}&limit=1&depth=0`)
      return (await r.json()).docs[0] as { id: string }
    }, '元旦借势 · 新年开门红')
    await page.goto(`${baseUrl}/admin/collections/posters/${poster.id}`)
    await page.waitForSelector('.md-poster-actions')
    await imagesLoaded(page, '.md-poster-preview img', 1)
    expect(await page.locator('.md-poster-actions .md-status').innerText()).toBe('已通过')
    await screenshot(page, 'posters-edit')
    await page.selectOption('.md-bulk-branch', { label: '1101 陆家嘴支行' })
    await page.click('.md-bulk-start')
    await page.waitForSelector('.md-export-download', { timeout: 120_000 })
    expect(await page.locator('.md-export').first().innerText()).toMatch(/已完成 5 份/)
    await page.locator('.md-bulk').scrollIntoViewIfNeeded()
    await screenshot(page, 'posters-bulk-done')
    const zip = await fetchInPage(page, (await page.locator('.md-export-download').first().getAttribute('href'))!)
    expect(zip.status).toBe(200)
    expect(zip.type).toBe('application/zip')
    await context.close()
  })
})
