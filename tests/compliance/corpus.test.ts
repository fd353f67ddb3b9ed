import { describe, expect, it } from 'vitest'
import { compileRules, lint, SEED_RULES } from '../../src/lib/compliance/index.js'
import { CORPUS } from './corpus.js'

const compiled = compileRules(SEED_RULES)

describe('compliance corpus (seed rules)', () => {
  it('has at least 40 realistic texts and no rejected seed rule', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40)
    expect(compiled.rejected).toEqual([])
  })

  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = lint(c.text, c.category, compiled)
    expect(result.hits.map((h) => h.ruleId).sort()).toEqual([...c.expected].sort())
    const blockIds = new Set(SEED_RULES.filter((r) => r.severity === 'block').map((r) => r.id))
    expect(result.blocked).toBe(c.expected.some((id) => blockIds.has(id)))
    for (const h of result.hits) {
      if (h.start === -1) {
        expect(h.end).toBe(-1)
        expect(h.kind).toBe('required-phrase')
        continue
      }
      // Positions index the original text and the slice is what the editor highlights.
      expect(c.text.slice(h.start, h.end)).toBe(h.matched)
      expect(h.matched.length).toBeGreaterThan(0)
    }
  })
})
