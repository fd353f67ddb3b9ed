import { describe, expect, it } from 'vitest'
import { FESTIVALS } from '../../src/lib/calendar/index.js'
import { compileRules, lint, SEED_RULES } from '../../src/lib/compliance/index.js'
import { ACTIVITY_SEEDS, type ActivityType } from '../../src/lib/seed-data/activities.js'
import { PERSONA_TAGS, PRODUCT_TAGS, SEGMENT_TAGS } from '../../src/lib/seed-data/segments.js'

const rules = compileRules(SEED_RULES)
const optionText = (code: string, qIndex: number) => {
  const q = ACTIVITY_SEEDS.find((a) => a.code === code)!.questions[qIndex]
  return q.options!.find((o) => o.key === q.answer)!.text
}

describe('activity seeds', () => {
  it('has at least 20 activities covering every type, with unique stable codes', () => {
    expect(ACTIVITY_SEEDS.length).toBeGreaterThanOrEqual(20)
    const types: ActivityType[] = ['pinyin', 'dice', 'lantern-riddle', 'quiz', 'relay', 'vote', 'lottery', 'red-packet']
    for (const t of types) expect(ACTIVITY_SEEDS.some((a) => a.type === t)).toBe(true)
    const codes = ACTIVITY_SEEDS.map((a) => a.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const c of codes) expect(c).toMatch(/^[a-z0-9-]+$/)
  })

  it.each(ACTIVITY_SEEDS.map((a) => [a.code, a] as const))('%s is complete and consistent', (_code, a) => {
    expect(a.theme.length).toBeGreaterThan(0)
    expect(a.rules.length).toBeGreaterThan(0)
    expect(a.format.length).toBeGreaterThan(0)
    expect(a.rewards.length).toBeGreaterThan(0)
    expect(a.durationMinutes).toBeGreaterThan(0)
    expect(a.durationMinutes).toBeLessThanOrEqual(60)
    expect([...a.posterSlots.headline].length).toBeLessThanOrEqual(16)
    expect([...a.posterSlots.subline].length).toBeLessThanOrEqual(24)
    for (const slug of a.festivalSlugs) expect(FESTIVALS.map((f) => f.slug)).toContain(slug)
    if (a.type === 'quiz') {
      expect(a.questions.length).toBeGreaterThanOrEqual(4)
      for (const q of a.questions) {
        expect(q.options!.map((o) => o.key)).toEqual(['A', 'B', 'C', 'D'])
        expect(['A', 'B', 'C', 'D']).toContain(q.answer)
      }
    }
    if (a.type === 'lantern-riddle' || a.type === 'pinyin') {
      expect(a.questions.length).toBeGreaterThanOrEqual(5)
      for (const q of a.questions) expect(q.answer && q.answer.length > 0).toBe(true)
    }
    if (a.type === 'vote') for (const q of a.questions) expect(q.answer).toBeUndefined()
  })

  it('every ready group message passes the compliance lint with no hit at all', () => {
    for (const a of ACTIVITY_SEEDS) {
      const { hits } = lint(a.groupMessage, 'all', rules)
      expect([a.code, hits.map((h) => `${h.ruleId}:${h.matched}`)]).toEqual([a.code, []])
      const poster = lint(`${a.posterSlots.headline} ${a.posterSlots.subline}`, 'all', rules)
      expect([a.code, poster.hits.map((h) => h.ruleId)]).toEqual([a.code, []])
    }
  })

  it('states the regulatory facts correctly', () => {
    expect(optionText('quiz-deposit-insurance', 0)).toBe('50万元')
    expect(optionText('quiz-deposit-insurance', 3)).toBe('2015年')
    expect(optionText('quiz-personal-pension', 0)).toBe('12,000元')
    expect(optionText('quiz-personal-pension', 2)).toBe('单独按3%计税')
    expect(optionText('quiz-credit-report', 0)).toBe('2次')
    expect(optionText('quiz-credit-report', 1)).toContain('5年')
    expect(optionText('quiz-anti-fraud-basics', 1)).toBe('96110')
    expect(optionText('quiz-financial-literacy-month', 1)).toBe('50万元')
    expect(optionText('red-packet-quiz-reward', 1)).toBe('12,000元')
  })

  it('has real riddles and pinyin with their answers', () => {
    const answers = (code: string) => Object.fromEntries(ACTIVITY_SEEDS.find((a) => a.code === code)!.questions.map((q) => [q.prompt, q.answer]))
    expect(answers('lantern-riddles-yuanxiao')).toMatchObject({ '一口咬掉牛尾巴（打一字）': '告', '千里相逢（打一字）': '重', '人在草木中（打一字）': '茶' })
    expect(answers('pinyin-stacked-characters')).toMatchObject({ 鑫: 'xīn', 淼: 'miǎo', 垚: 'yáo', 焱: 'yàn' })
    expect(answers('pinyin-tricky-words')).toMatchObject({ 饕餮: 'tāo tiè', 耄耋: 'mào dié' })
  })
})

describe('segment tags', () => {
  it('has the product tags the brief names and persona tags of every group, with unique codes', () => {
    const names = PRODUCT_TAGS.map((t) => t.nameZh)
    for (const n of ['代发工资', '信用卡', '理财', '养老金', '个人养老金', '房贷', '社保卡', '私人银行']) expect(names).toContain(n)
    for (const g of ['interest', 'behaviour', 'age-band', 'region'] as const) expect(PERSONA_TAGS.some((t) => t.group === g)).toBe(true)
    const codes = SEGMENT_TAGS.map((t) => t.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const c of codes) expect(c).toMatch(/^(prod|interest|behaviour|age|region)\.[a-z0-9-]+$/)
  })
})
