import { execFile } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import {
  compileRules, lint, lintFields, MAX_HITS_PER_RULE, normalizeWithMap, SEED_RULES, validateRulePattern, type ComplianceRule,
} from '../../src/lib/compliance/index.js'

const rule = (over: Partial<ComplianceRule> & Pick<ComplianceRule, 'id' | 'pattern'>): ComplianceRule => ({
  kind: 'banned-word', severity: 'block', categories: ['all'], reasonZh: '测试', reasonEn: 'test', ...over,
})
const seed = compileRules(SEED_RULES)

describe('normalisation and positions', () => {
  it('folds full-width, drops whitespace and keeps a map to original indexes', () => {
    const n = normalizeWithMap('Ａ １，\u3000b')
    expect(n.text).toBe('a1,b')
    expect(Array.from(n.origStart)).toEqual([0, 2, 3, 5])
  })

  it('maps hits back to the original text across spaces, full-width and emoji', () => {
    const text = '🎉限时🎉 稳　赚！'
    const r = lint(text, 'all', seed)
    expect(r.hits).toHaveLength(1)
    expect(r.hits[0]).toMatchObject({ ruleId: 'guarantee-wen-zhuan', matched: '稳　赚' })
    expect(text.slice(r.hits[0].start, r.hits[0].end)).toBe('稳　赚')
    expect(r.hits[0].start).toBe(7) // two surrogate pairs + 限时 + space
  })

  it('drops filler symbols only between Chinese characters', () => {
    expect(lint('保*本', 'all', seed).hits.map((h) => h.ruleId)).toEqual(['guarantee-bao-ben'])
    expect(lint('No.1', 'all', seed).hits.map((h) => h.ruleId)).toEqual(['ad-law-no1'])
    expect(normalizeWithMap('3.5%').text).toBe('3.5%')
  })

  it('reports every occurrence', () => {
    const r = lint('稳赚！真的稳赚！', 'all', seed)
    expect(r.hits.map((h) => [h.start, h.end])).toEqual([[0, 2], [5, 7]])
  })
})

describe('rules', () => {
  it('reports a missing required phrase with start = end = -1 only for its category', () => {
    const wealth = lint('周末理财', 'wealth', seed)
    expect(wealth.hits).toEqual([expect.objectContaining({ ruleId: 'wealth-risk-disclaimer', start: -1, end: -1, matched: '' })])
    expect(wealth.blocked).toBe(true)
    expect(lint('周末理财', 'deposit', seed).hits).toEqual([])
  })

  it('applies category rules only to their categories and all-rules everywhere', () => {
    expect(lint('免息分期', 'credit', seed).hits.map((h) => h.ruleId)).toEqual(['credit-mian-xi'])
    expect(lint('免息分期', 'deposit', seed).hits).toEqual([])
    for (const cat of ['all', 'wealth', 'insurance', 'credit', 'deposit'] as const) {
      expect(lint('顶级体验', cat, seed).hits.map((h) => h.ruleId)).toContain('ad-law-ding-ji')
    }
  })

  it('warn-only hits do not block', () => {
    const r = lint('独家冠名', 'all', seed)
    expect(r.hits.map((h) => h.severity)).toEqual(['warn'])
    expect(r.blocked).toBe(false)
  })

  it('exceptions suppress only the hit they cover', () => {
    const c = compileRules([rule({ id: 'zui', pattern: '最', exceptions: ['最近', '最长{n}天'] })])
    expect(lint('最近上新', 'all', c).hits).toEqual([])
    expect(lint('最长56天免息期', 'all', c).hits).toEqual([])
    expect(lint('最长免息期', 'all', c).hits).toHaveLength(1)
    expect(lint('最近最优', 'all', c).hits.map((h) => h.start)).toEqual([2])
  })

  it('caps hits per rule and stays fast on hostile input', () => {
    const t0 = performance.now()
    expect(lint('最'.repeat(5000), 'all', seed).hits).toHaveLength(MAX_HITS_PER_RULE)
    expect(lint('稳赚不赔'.repeat(1250), 'all', seed).hits.length).toBeLessThanOrEqual(MAX_HITS_PER_RULE * 2)
    expect(performance.now() - t0).toBeLessThan(1000)
  })

  it('a longer hit hides a shorter hit of another rule inside it', () => {
    const r = lint('稳赚不赔', 'all', seed)
    expect(r.hits.map((h) => h.ruleId)).toEqual(['guarantee-wen-zhuan-bu-pei'])
  })

  it('regex rules run on normalised text', () => {
    const c = compileRules([rule({ id: 'rate', pattern: '年化\\d+(\\.\\d+)?%', kind: 'regex' })])
    const text = '年化 ３.５％ 起'
    const r = lint(text, 'all', c)
    expect(r.hits).toHaveLength(1)
    expect(r.hits[0].matched).toBe('年化 ３.５％')
  })

  it('invalid rules are reported in rejected and skipped, not thrown', () => {
    const c = compileRules([rule({ id: 'bad', pattern: '(a+)+$', kind: 'regex' }), rule({ id: 'ok', pattern: '稳赚' })])
    expect(c.rejected.map((r) => r.ruleId)).toEqual(['bad'])
    expect(lint('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!稳赚', 'all', c).hits.map((h) => h.ruleId)).toEqual(['ok'])
  })

  it('caches compiled sets by rules hash', () => {
    const rules = [rule({ id: 'x', pattern: '稳赚' })]
    expect(compileRules(rules)).toBe(compileRules(rules.map((r) => ({ ...r }))))
    expect(compileRules(rules)).not.toBe(compileRules([rule({ id: 'x', pattern: '保本' })]))
  })
})

describe('validateRulePattern', () => {
  const regex = (pattern: string) => validateRulePattern({ kind: 'regex', pattern })
  it.each(['(a+)+', '(a|ab)*', '(x.{0,3}){2,}', '.*保本', '保本.+收益', '(\\w)\\1', 'a{0,500}', '.{0,30}a.{0,30}b.{0,30}', '\\d+\\d+\\d+', '[', '', 'a?'])(
    'rejects %j with a bilingual message',
    (p) => {
      const e = regex(p)
      expect(e).not.toBeNull()
      expect(e!.zh).toMatch(/[\u4e00-\u9fff]/)
      expect(e!.en).toMatch(/[A-Za-z]/)
    },
  )
  it.each(['年化\\d+(\\.\\d+)?%', '(保证|确保)[^,。]{0,6}(收益|回报)', '(零|0)(利息|手续费)', '存单式保险|保险存款', '(型|式)?保险'])(
    'accepts %j',
    (p) => expect(regex(p)).toBeNull(),
  )
  it('rejects over-long and empty words, bad ids and categories', () => {
    expect(validateRulePattern({ kind: 'banned-word', pattern: '字'.repeat(101) })).not.toBeNull()
    expect(validateRulePattern({ kind: 'banned-word', pattern: '  \u3000 ' })).not.toBeNull()
    expect(validateRulePattern({ id: 'Bad Id', kind: 'banned-word', pattern: '稳赚' })).not.toBeNull()
    expect(validateRulePattern({ kind: 'banned-word', pattern: '稳赚', categories: [] })).not.toBeNull()
    expect(validateRulePattern(rule({ id: 'ok-id', pattern: '稳赚' }))).toBeNull()
  })
})

describe('lintFields', () => {
  it('reports hits per field and satisfies a required phrase from any field', () => {
    const r = lintFields(
      { title: '最佳理财时机', digest: '理财有风险，投资需谨慎', body: '本产品非保本，稳健配置。' },
      'wealth',
      seed,
    )
    expect(r.byField.title.map((h) => [h.ruleId, h.start, h.end])).toEqual([['ad-law-zui-jia', 0, 2]])
    expect(r.byField.digest).toEqual([])
    expect(r.byField.body).toEqual([])
    expect(r.missingRequired).toEqual([])
    expect(r.blocked).toBe(true)
  })

  it('reports a missing required phrase once for the whole document', () => {
    const r = lintFields({ title: '周末理财', body: '手机银行可购买', author: undefined }, 'wealth', seed)
    expect(r.missingRequired.map((h) => h.ruleId)).toEqual(['wealth-risk-disclaimer'])
    expect(r.blocked).toBe(true)
  })
})

describe('seed rules', () => {
  it('has at least 40 rules with unique stable slugs and bilingual reasons', () => {
    expect(SEED_RULES.length).toBeGreaterThanOrEqual(40)
    expect(new Set(SEED_RULES.map((r) => r.id)).size).toBe(SEED_RULES.length)
    for (const r of SEED_RULES) {
      expect(r.id).toMatch(/^[a-z0-9-]+$/)
      expect(r.reasonZh).toMatch(/[\u4e00-\u9fff]/)
      expect(r.reasonEn).toMatch(/^[\x20-\x7e\u2018-\u201d\u00a0-\u00ff\u4e00-\u9fff\u3000-\u303f\uff01-\uff5e]+$/)
      expect(validateRulePattern(r)).toBeNull()
    }
  })
})

describe('lint:copy CLI', () => {
  const cli = (args: string[], input: string) =>
    new Promise<{ code: number; stdout: string }>((resolve) => {
      const child = execFile('npx', ['tsx', 'src/cli/lint-copy.ts', ...args], { cwd: process.cwd() }, (error, stdout) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout }),
      )
      child.stdin!.end(input)
    })

  it('prints JSON hits and exits 1 on a block hit', async () => {
    const { code, stdout } = await cli(['--category', 'wealth', '--json'], '稳 赚！')
    expect(code).toBe(1)
    const out = JSON.parse(stdout.trim().split('\n').pop()!)
    expect(out.blocked).toBe(true)
    expect(out.hits).toEqual([
      expect.objectContaining({ rule: 'wealth-risk-disclaimer', start: -1, end: -1 }),
      expect.objectContaining({ rule: 'guarantee-wen-zhuan', severity: 'block', start: 0, end: 3, matched: '稳 赚' }),
    ])
  }, 30_000)

  it('exits 0 for clean copy and 2 for a bad category', async () => {
    expect((await cli(['--category', 'all', '--json'], '中秋快乐')).code).toBe(0)
    expect((await cli(['--category', 'stocks'], '')).code).toBe(2)
  }, 30_000)
})
