/**
 * Render one poster from the command line:
 *   npm run poster -- --template hot-topic --data slots.json --out poster.jpg [--size 9x16] [--format png]
 *   npm run poster -- --list
 * slots.json is either the slots object itself or { "slots": {...}, "personal": {...}, "brand": {...} }.
 * Image values may be file paths (relative to the JSON file) or data: URIs; URLs are refused.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, extname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { IMAGE_LIMITS, PosterInputError, PosterTimeoutError, listTemplates, renderPoster } from '../templates/index'

function fail(zh: string, en: string, code = 2): never {
  process.stderr.write(`错误：${zh}\nError: ${en}\n`)
  process.exit(code)
}

/** Turn a local file path into bytes (size checked first); leave URLs/data URIs for the engine to judge. */
function loadImage(value: unknown, base: string, slot: string): unknown {
  if (typeof value !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(value)) return value
  const path = resolve(base, value)
  let size: number
  try {
    size = statSync(path).size
  } catch {
    fail(`字段 ${slot}：找不到图片文件 ${value}`, `slot ${slot}: image file not found: ${value}`)
  }
  if (size > IMAGE_LIMITS.maxBytes) fail(`字段 ${slot}：图片文件过大`, `slot ${slot}: image file is too large`)
  return readFileSync(path)
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      template: { type: 'string' },
      data: { type: 'string' },
      out: { type: 'string' },
      size: { type: 'string' },
      format: { type: 'string' },
      list: { type: 'boolean' },
    },
  })
  if (values.list) {
    for (const t of listTemplates()) {
      const sizes = t.sizes.map((s) => `${s.key} ${s.width}×${s.height}`).join(', ')
      const slots = t.slots.map((s) => `${s.key}${s.required ? '*' : ''}(${s.type})`).join(' ')
      process.stdout.write(`${t.key}\t${t.name} / ${t.nameEn}\t[${sizes}]\n  ${slots}\n`)
    }
    return
  }
  if (!values.template || !values.data || !values.out) {
    fail('用法：npm run poster -- --template <key> --data slots.json --out file.jpg', 'usage: npm run poster -- --template <key> --data slots.json --out file.jpg')
  }
  let json: Record<string, unknown>
  try {
    json = JSON.parse(readFileSync(values.data, 'utf8'))
  } catch (e) {
    fail(`无法读取数据文件 ${values.data}`, `cannot read data file ${values.data}: ${(e as Error).message}`)
  }
  const wrapped = json && typeof json === 'object' && 'slots' in json
  const slots = { ...((wrapped ? json.slots : json) as Record<string, unknown>) }
  const base = dirname(resolve(values.data))
  const template = listTemplates().find((t) => t.key === values.template)
  for (const spec of template?.slots ?? []) if (spec.type === 'image' && slots[spec.key] !== undefined) slots[spec.key] = loadImage(slots[spec.key], base, spec.key)
  const personal = wrapped && json.personal ? { ...(json.personal as Record<string, unknown>) } : undefined
  if (personal?.avatar !== undefined) personal.avatar = loadImage(personal.avatar, base, 'personal.avatar')
  const format = (values.format ?? (extname(values.out).toLowerCase() === '.png' ? 'png' : 'jpeg')) as 'png' | 'jpeg'
  try {
    const t0 = performance.now()
    const r = await renderPoster({
      templateKey: values.template,
      slots,
      personal: personal as never,
      brand: wrapped ? (json.brand as never) : undefined,
      size: values.size,
      format,
    })
    writeFileSync(values.out, r.buffer)
    process.stdout.write(`${values.out}  ${r.width}×${r.height}  ${(r.buffer.length / 1024).toFixed(0)} KB  ${(performance.now() - t0).toFixed(0)} ms  hash ${r.hash}\n`)
  } catch (e) {
    if (e instanceof PosterInputError) {
      const lines = e.errors.map((x) => `  [${x.slot}] ${x.zh} / ${x.en}`).join('\n')
      fail(`海报数据无效，问题字段：${e.errors.map((x) => x.slot).join('、')}\n${lines}`, `invalid poster data in slot(s): ${e.errors.map((x) => x.slot).join(', ')}`)
    }
    if (e instanceof PosterTimeoutError) fail(e.zh, e.en, 3)
    fail('海报生成失败', (e as Error).message ?? String(e), 1)
  }
}

main()
