/**
 * Poster benchmark (9:16 hot-topic). Prints progress, then one final JSON line:
 * {fullRenderMs, personalisedMsP50, personalisedMsP95, bulk1000Seconds, postersPerSecond, chromiumMsP50, ratioVsChromium, workerRssMb}
 * Chromium baseline: the same design as HTML in the system Chromium, one reused page, only the personal card
 * swapped per poster, JPEG screenshot. Absent Chromium → chromiumMsP50 null and a note on stderr.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { renderToStaticMarkup } from 'react-dom/server'
import { posterElements, renderPersonalised, renderPoster, type PersonalInput } from '../src/templates/index.js'
import { fontPath } from '../src/templates/fonts.js'
import { SAMPLE_PERSONAL, SAMPLE_SLOTS } from '../tests/posters/fixtures.js'

const TEMPLATE = 'hot-topic'
const slots = SAMPLE_SLOTS[TEMPLATE]
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '华', '慧']

function manager(i: number): PersonalInput {
  return {
    name: SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length],
    title: i % 3 ? '理财经理' : '客户经理',
    phone: `139 ${String(1000 + (i % 9000)).padStart(4, '0')} ${String(8000 + i).slice(-4)}`,
    branch: `XX银行第${(i % 40) + 1}支行`,
    qrUrl: `https://mdk.example.cn/t/M${i.toString(36).toUpperCase().padStart(6, '0')}`,
  }
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d

let peakRss = 0
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25)

async function chromiumBaseline(n: number): Promise<number | null> {
  const exe = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
  if (!exe) {
    process.stderr.write('Chromium not found (/usr/bin/chromium): skipping the Chromium baseline (apt-get install -y chromium)\n')
    return null
  }
  const { chromium } = await import('playwright-core')
  const dir = mkdtempSync(join(tmpdir(), 'poster-bench-'))
  const first0 = await posterElements({ templateKey: TEMPLATE, slots, personal: manager(0) })
  // A fresh profile directory per run (playwright passes it as --user-data-dir).
  const browser = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: exe,
    headless: true,
    viewport: { width: first0.width, height: first0.height },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  try {
    const first = await posterElements({ templateKey: TEMPLATE, slots, personal: manager(0) })
    const r = first.rect!
    const fonts = ([400, 700] as const).map((w) => `@font-face{font-family:'Noto Sans SC';font-weight:${w};src:url('${pathToFileURL(fontPath(w)).href}')}`).join('')
    // satori's defaults: every div is a flex row, boxes are content-box.
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>${fonts}*{margin:0;padding:0;box-sizing:content-box}body{width:${first.width}px;height:${first.height}px;overflow:hidden}div{display:flex}</style></head><body><div style="position:relative;width:${first.width}px;height:${first.height}px">${renderToStaticMarkup(first.staticEl)}<div id="p" style="position:absolute;left:${r.x}px;top:${r.y}px;width:${r.w}px;height:${r.h}px">${renderToStaticMarkup(first.personalEl!)}</div></div></body></html>`
    const file = join(dir, 'poster.html')
    writeFileSync(file, html)
    const page = browser.pages()[0] ?? (await browser.newPage())
    await page.goto(pathToFileURL(file).href)
    await page.evaluate(() => document.fonts.ready)
    const shot = await page.screenshot({ type: 'jpeg', quality: 85 })
    writeFileSync(join(process.cwd(), 'tests', 'output', 'bench-chromium.jpg'), shot)
    const times: number[] = []
    for (let i = 1; i <= n; i++) {
      const t0 = performance.now()
      const els = await posterElements({ templateKey: TEMPLATE, slots, personal: manager(i) })
      const personalHtml = renderToStaticMarkup(els.personalEl!)
      await page.evaluate((h) => {
        document.getElementById('p')!.innerHTML = h
      }, personalHtml)
      await page.screenshot({ type: 'jpeg', quality: 85 })
      times.push(performance.now() - t0)
    }
    return pct(times, 50)
  } finally {
    await browser.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  // Warm-up: fonts parsed once per process.
  await renderPoster({ templateKey: TEMPLATE, slots, personal: manager(0) })
  const fullTimes: number[] = []
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now()
    await renderPoster({ templateKey: TEMPLATE, slots, personal: manager(i + 1), format: 'jpeg' })
    fullTimes.push(performance.now() - t0)
  }
  const fullRenderMs = pct(fullTimes, 50)
  process.stderr.write(`full render (warm) median ${round(fullRenderMs)} ms\n`)

  await renderPersonalised({ templateKey: TEMPLATE, slots, personal: manager(0) }) // static layer into cache
  const times: number[] = []
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now()
    await renderPersonalised({ templateKey: TEMPLATE, slots, personal: manager(i + 10), format: 'jpeg' })
    times.push(performance.now() - t0)
  }
  process.stderr.write(`personalised sequential p50 ${round(pct(times, 50))} ms p95 ${round(pct(times, 95))} ms\n`)

  // Bulk: 1,000 managers, two in flight (satori on the main thread overlaps resvg/sharp on the pool).
  const t0 = performance.now()
  let next = 0
  const worker = async () => {
    while (next < 1000) {
      const i = next++
      await renderPersonalised({ templateKey: TEMPLATE, slots, personal: manager(1000 + i), format: 'jpeg' })
    }
  }
  await Promise.all([worker(), worker()])
  const bulk1000Seconds = (performance.now() - t0) / 1000
  process.stderr.write(`bulk 1000 in ${round(bulk1000Seconds, 2)} s\n`)
  const workerRssMb = peakRss / 1024 / 1024

  const chromiumMsP50 = process.env.POSTER_BENCH_NO_CHROMIUM ? null : await chromiumBaseline(60)
  clearInterval(sampler)
  const personalisedMsP50 = pct(times, 50)
  const result = {
    fullRenderMs: round(fullRenderMs),
    personalisedMsP50: round(personalisedMsP50),
    personalisedMsP95: round(pct(times, 95)),
    bulk1000Seconds: round(bulk1000Seconds, 2),
    postersPerSecond: round(1000 / bulk1000Seconds),
    chromiumMsP50: chromiumMsP50 === null ? null : round(chromiumMsP50),
    ratioVsChromium: chromiumMsP50 === null ? null : round(chromiumMsP50 / personalisedMsP50, 2),
    workerRssMb: round(workerRssMb),
  }
  console.log(JSON.stringify(result))
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
