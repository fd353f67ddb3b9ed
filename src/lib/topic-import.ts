// Parses a hot-topic import file (JSON array or CSV) into validated topic rows plus per-row bilingual errors.
// Format, aliases and examples: src/lib/topic-import.md. Pure: no Payload, no I/O.

export const TOPIC_SOURCES = ['微博热搜', '抖音', '知乎', 'B站', '百度', '节日节气', 'manual'] as const
export type TopicSource = (typeof TOPIC_SOURCES)[number]

export type TopicInput = {
  title: string
  source: TopicSource
  heat: number
  /** ISO 8601 UTC instant. */
  firstSeen: string
  /** ISO 8601 UTC instant; after it the topic is stale. */
  windowEnd: string
  tags: string[]
  angles: string[]
}

export type TopicImportError = { row: number; field: string; zh: string; en: string }
export type TopicImportResult = { rows: TopicInput[]; errors: TopicImportError[] }
export type TopicImportOptions = { format?: 'json' | 'csv'; now?: Date }

export const TOPIC_IMPORT_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxRows: 5000,
  titleMaxChars: 100,
  tagMaxChars: 20,
  tagsMax: 20,
  angleMaxChars: 200,
  anglesMax: 20,
  defaultWindowHours: 72,
} as const

const SOURCE_ALIASES: Record<string, TopicSource> = {
  微博热搜: '微博热搜', 微博: '微博热搜', weibo: '微博热搜',
  抖音: '抖音', douyin: '抖音', tiktok: '抖音',
  知乎: '知乎', zhihu: '知乎',
  b站: 'B站', 哔哩哔哩: 'B站', bilibili: 'B站', bili: 'B站',
  百度: '百度', baidu: '百度', 百度热搜: '百度',
  节日节气: '节日节气', 节日: '节日节气', 节气: '节日节气', festival: '节日节气',
  manual: 'manual', 手动: 'manual', 人工: 'manual',
}

const HEADER_ALIASES: Record<string, keyof TopicInput> = {
  title: 'title', 标题: 'title', 话题: 'title',
  source: 'source', 来源: 'source', 平台: 'source',
  heat: 'heat', 热度: 'heat',
  firstseen: 'firstSeen', first_seen: 'firstSeen', 首次出现: 'firstSeen', 发现时间: 'firstSeen',
  windowend: 'windowEnd', window_end: 'windowEnd', 窗口结束: 'windowEnd', 截止时间: 'windowEnd', 失效时间: 'windowEnd',
  tags: 'tags', 标签: 'tags',
  angles: 'angles', 角度: 'angles', 借势角度: 'angles',
}

const chars = (s: string) => [...s].length

/** RFC 4180 CSV: quoted fields, "" escapes, CR/LF/CRLF line ends, newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let field = ''
  let record: string[] = []
  let quoted = false
  let i = 0
  const n = text.length
  while (i < n) {
    const c = text[i]
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
        i++
        continue
      }
      field += c
      i++
      continue
    }
    if (c === '"' && field.length === 0) {
      quoted = true
      i++
    } else if (c === ',') {
      record.push(field)
      field = ''
      i++
    } else if (c === '\r' || c === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1
    } else {
      field += c
      i++
    }
  }
  if (field.length > 0 || record.length > 0) {
    record.push(field)
    records.push(record)
  }
  return records
}

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * ISO 8601 with Z/offset → that instant. Without a zone — 'YYYY-MM-DD HH:mm[:ss]', 'YYYY-MM-DDTHH:mm[:ss]',
 * 'YYYY/MM/DD HH:mm' or 'YYYY-MM-DD' — the wall-clock time is read as Asia/Shanghai (UTC+8).
 */
export function parseShanghaiDateTime(value: string): Date | null {
  const s = value.trim()
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s)
  if (!m) return null
  const [, y, mo, d, h = '0', mi = '0', se = '0', ms = '0', zone] = m
  const Y = Number(y), M = Number(mo), D = Number(d), H = Number(h), MI = Number(mi), S = Number(se)
  if (M < 1 || M > 12 || D < 1 || D > 31 || H > 23 || MI > 59 || S > 59) return null
  const probe = new Date(Date.UTC(Y, M - 1, D))
  if (probe.getUTCMonth() !== M - 1 || probe.getUTCDate() !== D) return null // e.g. 2027-02-30
  let offsetMinutes = 8 * 60
  if (zone) {
    if (zone.toUpperCase() === 'Z') offsetMinutes = 0
    else {
      const z = zone.replace(':', '')
      offsetMinutes = (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)))
    }
  }
  const utc = Date.UTC(Y, M - 1, D, H, MI, S, Number(ms.padEnd(3, '0'))) - offsetMinutes * 60000
  return new Date(utc)
}

function splitList(value: unknown, separators: RegExp): string[] | null {
  if (value === undefined || value === null) return []
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? dedupe(value as string[]) : null
  if (typeof value !== 'string') return null
  return dedupe(value.split(separators))
}

function dedupe(items: string[]): string[] {
  return [...new Set(items.map((s) => s.trim()).filter((s) => s.length > 0))]
}

function validateRow(raw: Record<string, unknown>, row: number, now: Date, errors: TopicImportError[]): TopicInput | null {
  const L = TOPIC_IMPORT_LIMITS
  const before = errors.length
  const err = (field: string, zh: string, en: string) => errors.push({ row, field, zh, en })

  const title = typeof raw.title === 'string' ? raw.title.trim() : typeof raw.title === 'number' ? String(raw.title) : ''
  if (!title) err('title', '标题不能为空', 'Title is required')
  else if (chars(title) > L.titleMaxChars) err('title', `标题不能超过${L.titleMaxChars}个字`, `Title must be at most ${L.titleMaxChars} characters`)

  const sourceText = typeof raw.source === 'string' ? raw.source.trim() : ''
  const source = SOURCE_ALIASES[sourceText.toLowerCase()] ?? SOURCE_ALIASES[sourceText]
  if (!sourceText) err('source', '来源不能为空', 'Source is required')
  else if (!source) {
    err('source', `来源“${sourceText}”无效，可选：${TOPIC_SOURCES.join('、')}`, `Unknown source “${sourceText}”; use one of ${TOPIC_SOURCES.join(', ')} or weibo/douyin/zhihu/bilibili/baidu/festival`)
  }

  let heat = 0
  const heatRaw = typeof raw.heat === 'string' ? raw.heat.trim() : raw.heat
  if (heatRaw === undefined || heatRaw === null || heatRaw === '') err('heat', '热度不能为空（0–100）', 'Heat is required (0–100)')
  else {
    heat = typeof heatRaw === 'number' ? heatRaw : /^-?\d+(\.\d+)?$/.test(String(heatRaw)) ? Number(heatRaw) : NaN
    if (!Number.isFinite(heat) || heat < 0 || heat > 100) err('heat', '热度必须是0到100之间的数字', 'Heat must be a number from 0 to 100')
  }

  const dateField = (field: 'firstSeen' | 'windowEnd', zhName: string, enName: string): Date | null | undefined => {
    const v = raw[field]
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) return undefined
    const d = typeof v === 'string' ? parseShanghaiDateTime(v) : null
    if (!d) {
      err(field, `${zhName}格式无效，请使用ISO时间或“YYYY-MM-DD HH:mm”（北京时间）`, `${enName} is invalid; use ISO 8601 or 'YYYY-MM-DD HH:mm' (Beijing time)`)
      return null
    }
    return d
  }
  const firstSeenParsed = dateField('firstSeen', '首次出现时间', 'First seen')
  const windowEndParsed = dateField('windowEnd', '热度窗口结束时间', 'Window end')
  const firstSeen = firstSeenParsed ?? now
  const windowEnd = windowEndParsed ?? new Date(firstSeen.getTime() + L.defaultWindowHours * 3600_000)
  if (firstSeenParsed !== null && windowEndParsed !== null && windowEnd.getTime() <= firstSeen.getTime()) {
    err('windowEnd', '热度窗口结束时间必须晚于首次出现时间', 'Window end must be after first seen')
  }

  const tags = splitList(raw.tags, /[;；|｜,，]/)
  if (tags === null) err('tags', '标签格式无效', 'Tags must be text separated by ; or |, or a list of text')
  else if (tags.length > L.tagsMax) err('tags', `标签最多${L.tagsMax}个`, `At most ${L.tagsMax} tags`)
  else if (tags.some((t) => chars(t) > L.tagMaxChars)) err('tags', `每个标签不能超过${L.tagMaxChars}个字`, `Each tag must be at most ${L.tagMaxChars} characters`)

  const angles = splitList(raw.angles, /[;；|｜\n]/)
  if (angles === null) err('angles', '借势角度格式无效', 'Angles must be text separated by ; or |, or a list of text')
  else if (angles.length > L.anglesMax) err('angles', `借势角度最多${L.anglesMax}条`, `At most ${L.anglesMax} angles`)
  else if (angles.some((a) => chars(a) > L.angleMaxChars)) err('angles', `每条借势角度不能超过${L.angleMaxChars}个字`, `Each angle must be at most ${L.angleMaxChars} characters`)

  if (errors.length > before) return null
  return { title, source: source!, heat, firstSeen: firstSeen.toISOString(), windowEnd: windowEnd.toISOString(), tags: tags!, angles: angles! }
}

function decode(input: string | Uint8Array): string | null {
  if (typeof input === 'string') return input
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input)
  } catch {
    return null
  }
}

const fileError = (zh: string, en: string): TopicImportResult => ({ rows: [], errors: [{ row: 0, field: 'file', zh, en }] })

/**
 * Parses and validates an import file. `row` in errors is the 1-based record number (JSON: array index + 1;
 * CSV: data record after the header, so spreadsheet line = row + 1 when no cell spans lines); row 0 = whole file.
 * Valid rows are returned even when other rows have errors; the caller decides whether to import partially.
 */
export function parseTopicImport(input: string | Uint8Array, options: TopicImportOptions = {}): TopicImportResult {
  const L = TOPIC_IMPORT_LIMITS
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength
  if (size > L.maxBytes) return fileError('文件不能超过5MB', 'The file must be at most 5 MB')
  const decoded = decode(input)
  if (decoded === null) return fileError('文件不是UTF-8编码，请在Excel中另存为“CSV UTF-8”', 'The file is not UTF-8; save it as “CSV UTF-8” in Excel')
  const text = decoded.replace(/^\uFEFF/, '')
  const format = options.format ?? (/^\s*[[{]/.test(text) ? 'json' : 'csv')
  const now = options.now ?? new Date()

  let records: Record<string, unknown>[]
  if (format === 'json') {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return fileError('JSON格式错误', 'The JSON is malformed')
    }
    if (!Array.isArray(parsed)) return fileError('JSON必须是数组', 'The JSON must be an array of topics')
    if (parsed.length > L.maxRows) return fileError(`最多导入${L.maxRows}行`, `At most ${L.maxRows} rows per import`)
    records = parsed.map((r) => (r && typeof r === 'object' && !Array.isArray(r) ? (r as Record<string, unknown>) : {}))
    // Accept alias keys (标题, first_seen, ...) in JSON as in CSV headers.
    records = records.map((r) => {
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(r)) {
        const key = HEADER_ALIASES[k.trim().toLowerCase()] ?? HEADER_ALIASES[k.trim()]
        if (key && !(key in out)) out[key] = v
      }
      return out
    })
  } else {
    const table = parseCsv(text)
    if (table.length === 0) return fileError('文件为空', 'The file is empty')
    const header = table[0].map((h) => HEADER_ALIASES[h.trim().toLowerCase()] ?? HEADER_ALIASES[h.trim()])
    const missing = (['title', 'source'] as const).filter((f) => !header.includes(f))
    if (missing.length) {
      return fileError(`表头缺少列：${missing.join('、')}`, `The header row lacks column(s): ${missing.join(', ')}`)
    }
    const body = table.slice(1)
    if (body.length > L.maxRows) return fileError(`最多导入${L.maxRows}行`, `At most ${L.maxRows} rows per import`)
    records = body.map((cells) => {
      const r: Record<string, unknown> = {}
      header.forEach((key, i) => {
        if (key && !(key in r)) r[key] = cells[i] ?? ''
      })
      // An entirely blank line (e.g. a trailing empty row from Excel) is marked to be skipped.
      if (cells.every((c) => c.trim() === '')) r.__blank = true
      return r
    })
  }

  const rows: TopicInput[] = []
  const errors: TopicImportError[] = []
  const seen = new Map<string, number>()
  records.forEach((r, index) => {
    if (r.__blank) return
    const rowNumber = index + 1
    const topic = validateRow(r, rowNumber, now, errors)
    if (!topic) return
    const dupKey = `${topic.source}\u0000${topic.title}`
    const first = seen.get(dupKey)
    if (first !== undefined) {
      errors.push({ row: rowNumber, field: 'title', zh: `与第${first}行重复（同一来源、同一标题）`, en: `Duplicate of row ${first} (same source and title)` })
      return
    }
    seen.set(dupKey, rowNumber)
    rows.push(topic)
  })
  return { rows, errors }
}
