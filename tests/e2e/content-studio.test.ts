// The content studio in the browser: the demo editor starts a 借势 campaign from a seeded festival, writes
// content with four channel variants, sees a compliance hit, fixes it and submits; the demo reviewer approves.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchBrowser, login, newContext, screenshot } from '../helpers/browser'

const baseUrl = inject('baseUrl')
let browser: Browser
let contentUrl = ''

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Picks an existing media item for an upload field through the "从现有中选择" drawer. */
async function chooseMedia(page: Page, fieldId: string, alt: string) {
  await page.locator(`#${fieldId}`).getByRole('button', { name: '从现有中选择' }).click()
  const row = page.locator('.list-drawer tbody tr', { hasText: alt }).first()
  await row.waitFor()
  await row.locator('.default-cell__first-cell').first().click()
  await page.locator('.list-drawer').waitFor({ state: 'detached' })
}

const tab = (page: Page, label: string) => page.locator('.tabs-field__tab-button', { hasText: label }).first()

async function save(page: Page) {
  await page.locator('#action-save').click()
  // the first toast says 提交中…; wait for the outcome
  const toast = page.locator('.payload-toast-container li', { hasText: /成功|无效|错误|失败|不能/ }).first()
  await toast.waitFor({ timeout: 30_000 })
  const text = await toast.innerText()
  if (!/成功/.test(text)) {
    await screenshot(page, 'content-failure-save')
    throw new Error(`save failed: ${text}`)
  }
}

describe('content studio', () => {
  it('the editor starts a 借势 campaign from a seeded festival', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    page.on('response', (r) => r.status() >= 500 && console.error(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`))
    page.on('pageerror', (e) => console.error(`page error: ${e.message}`))
    await login(page, baseUrl, 'editor@jcbank.demo')
    await page.waitForSelector('.md-lead-alerts, .md-welcome')
    await screenshot(page, 'content-dashboard-editor')
    const topics = await page.evaluate(async () => (await fetch('/api/topics?where[festivalKey][like]=dongzhi-&limit=1&depth=0', { credentials: 'include' })).json())
    expect(topics.docs).toHaveLength(1)
    const topic = topics.docs[0]
    expect(topic.source).toBe('节日节气')
    await page.goto(`${baseUrl}/admin/collections/topics/${topic.id}`)
    await page.locator('.md-start-campaign').click()
    await page.waitForURL(/\/admin\/collections\/campaigns\/[^/]+$/, { timeout: 30_000 })
    await page.waitForSelector('#field-name')
    expect(await page.inputValue('#field-name')).toContain('冬至')
    await screenshot(page, 'content-campaign-from-festival')

    await page.goto(`${baseUrl}/admin/collections/contents/create`)
    await page.waitForLoadState('networkidle')
    await page.fill('#field-title', '冬至｜暖冬福利来啦')
    await page.fill('#field-master', '冬至到了，锦程银行网点为您准备了热饺子，欢迎到店。')

    await page.check('#field-variants__moments__enabled')
    await page.fill('#field-variants__moments__text', '冬至福利：这是全城最好的饺子，到网点就能领！')
    await chooseMedia(page, 'field-variants__moments__images', '冬至饺子 1')

    await tab(page, '公众号文章').click()
    await page.check('#field-variants__article__enabled')
    await page.fill('#field-variants__article__title', '冬至｜锦程银行请您吃饺子')
    await page.fill('#field-variants__article__author', '锦程银行')
    await page.fill('#field-variants__article__digest', '冬至团圆时，网点备好了热饺子。')
    await chooseMedia(page, 'field-variants__article__cover', '冬至封面 2.35:1')
    await chooseMedia(page, 'field-variants__article__coverSquare', '冬至封面 1:1')
    await page.locator('.rich-text-lexical [contenteditable="true"]').first().click()
    await page.keyboard.type('冬至是二十四节气中的重要节气。活动期间到网点即可领取饺子一份，数量有限，先到先得。')

    await tab(page, '视频号').click()
    await page.check('#field-variants__video__enabled')
    await chooseMedia(page, 'field-variants__video__video', '冬至视频号短片')
    await page.fill('#field-variants__video__description', '冬至包饺子，网点里的一碗温暖。')

    await tab(page, '社群消息').click()
    await page.check('#field-variants__group__enabled')
    await page.fill('#field-variants__group__text', '各位邻居冬至快乐！到任一网点都可以领一份热饺子～')

    await page.locator('#field-campaign').click()
    await page.keyboard.type('冬至')
    await page.locator('.rs__option', { hasText: '借势活动' }).first().click()

    // the live lint highlights the absolute claim in red
    await page.locator('.md-lint-summary', { hasText: '拦截' }).waitFor({ timeout: 30_000 }).catch(async (err) => {
      await screenshot(page, 'content-lint-missing')
      throw err
    })
    const hit = page.locator('.md-lint-panel .md-lint-block', { hasText: '最' })
    await hit.first().scrollIntoViewIfNeeded()
    await screenshot(page, 'content-lint-hit')
    await save(page)
    contentUrl = page.url()
    expect(contentUrl).toMatch(/\/admin\/collections\/contents\/[^/]+$/)

    // submission is refused while the block hit is there
    await page.locator('.md-action-in_review').click()
    await page.locator('.md-workflow-error', { hasText: '合规检查未通过' }).waitFor()
    await screenshot(page, 'content-submit-refused')

    // fix, save, submit
    await tab(page, '朋友圈').click()
    await page.fill('#field-variants__moments__text', '冬至福利：网点备好了热饺子，到店就能领！')
    await page.locator('.md-lint-summary', { hasText: /未发现合规问题|0 处拦截/ }).waitFor({ timeout: 30_000 }).catch(async (err) => {
      await page.locator('.md-lint-panel').scrollIntoViewIfNeeded()
      await screenshot(page, 'content-failure-fix')
      throw err
    })
    await save(page)
    await tab(page, '渠道预览').click()
    await page.locator('.md-preview-moments').waitFor()
    await page.locator('.md-preview-article').waitFor()
    await page.locator('.md-preview-group').waitFor()
    await page.locator('.md-preview-video').waitFor()
    await page.waitForFunction(() => {
      const imgs = [...document.querySelectorAll<HTMLImageElement>('.md-preview-article img, .md-preview-group img')]
      return imgs.length === 1 && imgs.every((i) => i.complete && i.naturalWidth > 0)
    })
    await screenshot(page, 'content-channel-previews')
    await page.locator('.md-preview-group').scrollIntoViewIfNeeded()
    await screenshot(page, 'content-channel-previews-video-group')
    await page.locator('.md-action-in_review').click()
    await page.locator('.md-status', { hasText: '待审核' }).waitFor({ timeout: 30_000 })
    await screenshot(page, 'content-submitted')
    await context.close()
  })

  it('the reviewer finds it in the review queue and approves it', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await login(page, baseUrl, 'reviewer@jcbank.demo')
    await page.goto(`${baseUrl}/admin/review-queue`)
    const row = page.locator('.md-review-queue tr', { hasText: '冬至｜暖冬福利来啦' })
    await row.waitFor()
    await screenshot(page, 'content-review-queue')
    await row.locator('a').first().click()
    await page.waitForURL(contentUrl)
    await page.locator('.md-action-approved').click()
    await page.locator('.md-status', { hasText: '已通过' }).waitFor({ timeout: 30_000 })
    await tab(page, '审核记录').click()
    await page.locator('text=待审核').first().waitFor()
    await page.locator('.tabs-field__tab', { hasText: '陈志强' }).or(page.locator('td', { hasText: '陈志强' })).first().waitFor()
    await screenshot(page, 'content-approved')
    const text = await page.locator('body').innerText()
    expect(text).toMatch(/已通过/)
    await context.close()
  })
})
