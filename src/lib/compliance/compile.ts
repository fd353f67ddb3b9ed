// Builds the matcher for a rule set once: all banned words, their exceptions and all required phrases
// (with their accepted alternatives) go into one Aho–Corasick automaton; regex rules are validated and
// pre-compiled. Compiled sets are cached by a hash of the rules, so re-linting on every save is cheap.
import { createHash } from 'node:crypto'
import { AhoCorasick } from './aho-corasick'
import { normalizePattern } from './normalize'
import { PRODUCT_CATEGORIES, type BilingualMessage, type ComplianceRule, type ProductCategory } from './types'
import { validateRulePattern } from './validate-rule'

export type AutomatonEntry = { rule: number; role: 'match' | 'exception' | 'required' }

export type CompiledRuleSet = {
  readonly hash: string
  readonly rules: readonly ComplianceRule[]
  readonly automaton: AhoCorasick
  /** entries[patternId] = which rules use that normalised pattern, and how. */
  readonly entries: readonly AutomatonEntry[][]
  /** regexes[ruleIndex] for regex rules (flags gi), else undefined. */
  readonly regexes: readonly (RegExp | undefined)[]
  /** exceptionLengths[patternId] = normalised length (to compute start positions). */
  readonly patternLengths: readonly number[]
  /** applies[category][ruleIndex] = 1 when the rule is checked for content of that category. */
  readonly applies: Readonly<Record<ProductCategory, Uint8Array>>
  readonly requiredRuleIndexes: readonly number[]
  readonly regexRuleIndexes: readonly number[]
  /** Exceptions containing {n}, compiled to regexes over normalised text (rule index → regexes, flags g). */
  readonly numberExceptions: ReadonlyMap<number, readonly RegExp[]>
  /** Rules left out because they failed validation (never silently dropped: callers can show these). */
  readonly rejected: readonly { ruleId: string; error: BilingualMessage }[]
}

export function hashRules(rules: readonly ComplianceRule[]): string {
  const h = createHash('sha256')
  for (const r of rules) {
    h.update(JSON.stringify([r.id, r.pattern, r.kind, r.severity, r.categories, r.reasonZh, r.reasonEn, r.exceptions ?? []]))
    h.update('\n')
  }
  return h.digest('hex')
}

/** Regex sources see normalised text, where full-width ，：；％！ became ASCII; fold the pattern the same way. */
function foldRegexSource(src: string): string {
  return src.replace(/[，：；％！]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
}

export const NUMBER_TOKEN = '{n}'

/** '最长{n}天' → /最长\d+(?:\.\d+)?天/g over normalised text. */
function numberExceptionRegex(exception: string): RegExp {
  const parts = exception.split(NUMBER_TOKEN).map((p) => normalizePattern(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(parts.join('\\d+(?:\\.\\d+)?'), 'g')
}

const CACHE_LIMIT = 16
const cache = new Map<string, CompiledRuleSet>()

export function compileRules(rules: readonly ComplianceRule[]): CompiledRuleSet {
  const hash = hashRules(rules)
  const cached = cache.get(hash)
  if (cached) {
    // Refresh LRU position.
    cache.delete(hash)
    cache.set(hash, cached)
    return cached
  }
  const compiled = buildRuleSet(rules, hash)
  cache.set(hash, compiled)
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value!)
  return compiled
}

function buildRuleSet(rules: readonly ComplianceRule[], hash: string): CompiledRuleSet {
  const patternIds = new Map<string, number>()
  const patterns: string[] = []
  const entries: AutomatonEntry[][] = []
  const regexes: (RegExp | undefined)[] = []
  const rejected: { ruleId: string; error: BilingualMessage }[] = []
  const requiredRuleIndexes: number[] = []
  const regexRuleIndexes: number[] = []
  const numberExceptions = new Map<number, RegExp[]>()
  const addException = (text: string, rule: number) => {
    if (!text.includes(NUMBER_TOKEN)) return addPattern(text, { rule, role: 'exception' })
    const list = numberExceptions.get(rule) ?? []
    list.push(numberExceptionRegex(text))
    numberExceptions.set(rule, list)
  }
  const applies = Object.fromEntries(PRODUCT_CATEGORIES.map((c) => [c, new Uint8Array(rules.length)])) as Record<ProductCategory, Uint8Array>

  const addPattern = (text: string, entry: AutomatonEntry) => {
    const norm = normalizePattern(text)
    if (!norm) return
    let id = patternIds.get(norm)
    if (id === undefined) {
      id = patterns.length
      patternIds.set(norm, id)
      patterns.push(norm)
      entries.push([])
    }
    entries[id].push(entry)
  }

  rules.forEach((rule, index) => {
    regexes.push(undefined)
    const error = validateRulePattern(rule)
    if (error) {
      rejected.push({ ruleId: rule.id, error })
      return
    }
    // 'all' on a rule means every category; a category-specific rule also applies to its own category only.
    for (const cat of PRODUCT_CATEGORIES) {
      if (rule.categories.includes('all') || rule.categories.includes(cat)) applies[cat][index] = 1
    }
    if (rule.kind === 'regex') {
      regexes[index] = new RegExp(foldRegexSource(rule.pattern), 'gi')
      regexRuleIndexes.push(index)
      for (const ex of rule.exceptions ?? []) addException(ex, index)
    } else if (rule.kind === 'banned-word') {
      addPattern(rule.pattern, { rule: index, role: 'match' })
      for (const ex of rule.exceptions ?? []) addException(ex, index)
    } else {
      requiredRuleIndexes.push(index)
      addPattern(rule.pattern, { rule: index, role: 'required' })
      for (const alt of rule.exceptions ?? []) addPattern(alt, { rule: index, role: 'required' })
    }
  })

  const automaton = new AhoCorasick(patterns)
  return {
    hash,
    rules,
    automaton,
    entries,
    regexes,
    patternLengths: automaton.patternLengths,
    applies,
    requiredRuleIndexes,
    regexRuleIndexes,
    numberExceptions,
    rejected,
  }
}
