import { describe, expect, it } from 'vitest'
import { parseCsv, parseShanghaiDateTime, parseTopicImport, TOPIC_IMPORT_LIMITS } from '../../src/lib/topic-import.js'

const now = new Date('2026-11-23T02:00:00Z')

describe('parseShanghaiDateTime', () => {
  it('reads zone-less times as Asia/Shanghai and keeps explicit zones', () => {
    expect(parseShanghaiDateTime('2026-11-23 20:00')!.toISOString()).toBe('2026-11-23T12:00:00.000Z')
    expect(parseShanghaiDateTime('2026-11-23T20:00:30')!.toISOString()).toBe('2026-11-23T12:00:30.000Z')
    expect(parseShanghaiDateTime('2026/11/23 08:05')!.toISOString()).toBe('2026-11-23T00:05:00.000Z')
    expect(parseShanghaiDateTime('2026-11-24')!.toISOString()).toBe('2026-11-23T16:00:00.000Z')
    expect(parseShanghaiDateTime('2026-11-23T08:00:00Z')!.toISOString()).toBe('2026-11-23T08:00:00.000Z')
    expect(parseShanghaiDateTime('2026-11-23T08:00:00.5-05:00')!.toISOString()).toBe('2026-11-23T13:00:00.500Z')
  })
  it('rejects impossible or malformed times', () => {
    for (const bad of ['2027-02-30', '2026-13-01 10:00', '2026-11-23 24:00', 'tomorrow', '23/11/2026']) expect(parseShanghaiDateTime(bad)).toBeNull()
  })
})

describe('parseCsv', () => {
  it('handles quotes, escaped quotes, commas and newlines inside fields, CRLF', () => {
    expect(parseCsv('a,b\r\n"x,1","say ""hi""\nthere"\r\n')).toEqual([['a', 'b'], ['x,1', 'say "hi"\nthere']])
    expect(parseCsv('a,b\nc,')).toEqual([['a', 'b'], ['c', '']])
  })
})

describe('parseTopicImport CSV', () => {
  const csv =
    '\uFEFFtitle,source,heat,firstSeen,windowEnd,tags,angles\n' +
    '"双11预售开启，""尾款人""上线",weibo,92,2026-10-20 20:00,2026-11-12 00:00,双11;消费|双11,"分期看清年化利率|理性消费提醒"\n' +
    '冬至吃饺子还是汤圆,抖音,75,2026-12-18T09:00:00+08:00,2026-12-23,冬至|节气,网点暖冬活动\n' +
    ',,,,,,\n'

  it('parses rows with BOM, aliases, quoted fields and Shanghai times', () => {
    const { rows, errors } = parseTopicImport(csv, { now })
    expect(errors).toEqual([])
    expect(rows).toEqual([
      {
        title: '双11预售开启，"尾款人"上线', source: '微博热搜', heat: 92,
        firstSeen: '2026-10-20T12:00:00.000Z', windowEnd: '2026-11-11T16:00:00.000Z',
        tags: ['双11', '消费'], angles: ['分期看清年化利率', '理性消费提醒'],
      },
      {
        title: '冬至吃饺子还是汤圆', source: '抖音', heat: 75,
        firstSeen: '2026-12-18T01:00:00.000Z', windowEnd: '2026-12-22T16:00:00.000Z',
        tags: ['冬至', '节气'], angles: ['网点暖冬活动'],
      },
    ])
  })

  it('accepts bytes and Chinese headers; defaults firstSeen to now and the window to 72 h', () => {
    const bytes = new TextEncoder().encode('标题,来源,热度\n个人养老金开户,知乎,60\n')
    const { rows, errors } = parseTopicImport(bytes, { now })
    expect(errors).toEqual([])
    expect(rows[0]).toMatchObject({ source: '知乎', firstSeen: '2026-11-23T02:00:00.000Z', windowEnd: '2026-11-26T02:00:00.000Z', tags: [], angles: [] })
  })

  it('reports bilingual errors per row and field, keeping valid rows', () => {
    const { rows, errors } = parseTopicImport(
      'title,source,heat,firstSeen,windowEnd\n' +
        'ok,bilibili,10,,\n' +
        ',twitter,101,2026-02-30,\n' +
        'late,baidu,50,2026-11-23 10:00,2026-11-23 09:00\n' +
        'ok,B站,20,,\n',
      { now },
    )
    expect(rows.map((r) => r.title)).toEqual(['ok'])
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'title'], [2, 'source'], [2, 'heat'], [2, 'firstSeen'], [3, 'windowEnd'], [4, 'title'],
    ])
    for (const e of errors) {
      expect(e.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(e.en).toMatch(/^[A-Z]/)
    }
  })

  it('rejects files without title/source columns, non-UTF-8 and oversized input', () => {
    expect(parseTopicImport('name,heat\nx,1\n').errors[0]).toMatchObject({ row: 0, field: 'file' })
    const gbk = new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xd6, 0xd0]) // "title\n" + GBK 中
    expect(parseTopicImport(gbk).errors[0].en).toContain('UTF-8')
    const big = 'title,source,heat\n' + 'x'.repeat(TOPIC_IMPORT_LIMITS.maxBytes)
    expect(parseTopicImport(big).errors[0].en).toContain('5 MB')
    const many = 'title,source,heat\n' + Array.from({ length: 5001 }, (_, i) => `t${i},weibo,1`).join('\n')
    expect(parseTopicImport(many)).toMatchObject({ rows: [], errors: [{ row: 0, field: 'file' }] })
    const max = 'title,source,heat\n' + Array.from({ length: 5000 }, (_, i) => `t${i},weibo,1`).join('\n')
    expect(parseTopicImport(max, { now }).rows).toHaveLength(5000)
  })
})

describe('parseTopicImport JSON', () => {
  it('accepts arrays, list fields and alias keys', () => {
    const json = JSON.stringify([
      { title: '中秋博饼', source: 'festival', heat: 80, windowEnd: '2027-09-16 00:00', tags: ['中秋', '中秋', ' 互动 '], angles: '社群博饼|积分兑换' },
      { 标题: '冬至', 来源: '节气', 热度: '55.5', first_seen: '2026-12-20T00:00:00Z' },
    ])
    const { rows, errors } = parseTopicImport(json, { now })
    expect(errors).toEqual([])
    expect(rows[0]).toMatchObject({ source: '节日节气', windowEnd: '2027-09-15T16:00:00.000Z', tags: ['中秋', '互动'], angles: ['社群博饼', '积分兑换'] })
    expect(rows[1]).toMatchObject({ title: '冬至', heat: 55.5, firstSeen: '2026-12-20T00:00:00.000Z', windowEnd: '2026-12-23T00:00:00.000Z' })
  })

  it('rejects malformed JSON, non-arrays and bad list types', () => {
    expect(parseTopicImport('[{', { format: 'json' }).errors[0].field).toBe('file')
    expect(parseTopicImport('{"title":"x"}').errors[0].en).toContain('array')
    const { errors } = parseTopicImport(JSON.stringify([{ title: 'x', source: 'weibo', heat: 1, tags: [1, 2] }]), { now })
    expect(errors).toEqual([expect.objectContaining({ row: 1, field: 'tags' })])
  })
})
