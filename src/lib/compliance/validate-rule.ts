// Rejects rules an admin could save by mistake and that would break or stall linting:
// empty or over-long patterns, invalid regexes, and regexes that can backtrack catastrophically.
// Regex safety is decided statically (JS regexes cannot be interrupted once running):
//  - no back-references (\1, \k<name>)            - no repeat on a group (no (a+)+, (a|ab)*, (x){2,}); (…)? is fine
//  - no unbounded quantifier on '.' (.* / .+)      - at most 2 unbounded quantifiers (\d+, [a-z]*)
//  - bounded quantifiers {n,m} need m ≤ 30         - pattern ≤ 200 characters
//  - the product of all repeat bounds (unbounded counted as 30) ≤ 1,000, so .{0,30}x.{0,30} is the most
//    backtracking one start position can cost
// With these, a match attempt does at most a small polynomial amount of work per start position.
import { normalizePattern } from './normalize'
import { PRODUCT_CATEGORIES, RULE_KINDS, SEVERITIES, type BilingualMessage, type ComplianceRule } from './types'

export const MAX_WORD_PATTERN_LENGTH = 100
export const MAX_REGEX_PATTERN_LENGTH = 200
export const MAX_REGEX_BOUND = 30
export const MAX_UNBOUNDED_QUANTIFIERS = 2
export const MAX_REPEAT_PRODUCT = 1000
export const RULE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,79}$/

const err = (zh: string, en: string): BilingualMessage => ({ zh, en })

/** Returns a bilingual error, or null when the rule is safe to compile. */
export function validateRulePattern(rule: Pick<ComplianceRule, 'pattern' | 'kind'> & Partial<ComplianceRule>): BilingualMessage | null {
  if (rule.id !== undefined && !RULE_ID_PATTERN.test(rule.id)) {
    return err('规则编号只能包含小写字母、数字和连字符（2–80位）', 'Rule id must be 2–80 lower-case letters, digits or hyphens')
  }
  if (!RULE_KINDS.includes(rule.kind)) return err('规则类型无效', 'Unknown rule kind')
  if (rule.severity !== undefined && !SEVERITIES.includes(rule.severity)) return err('严重级别无效', 'Unknown severity')
  if (rule.categories !== undefined) {
    if (!Array.isArray(rule.categories) || rule.categories.length === 0) {
      return err('至少选择一个适用产品类别', 'Choose at least one product category')
    }
    if (rule.categories.some((c) => !PRODUCT_CATEGORIES.includes(c))) return err('产品类别无效', 'Unknown product category')
  }
  const pattern = typeof rule.pattern === 'string' ? rule.pattern : ''
  if (rule.kind !== 'regex') {
    if (pattern.length > MAX_WORD_PATTERN_LENGTH) {
      return err(`词语不能超过${MAX_WORD_PATTERN_LENGTH}个字`, `Word or phrase must be at most ${MAX_WORD_PATTERN_LENGTH} characters`)
    }
    if (normalizePattern(pattern).length === 0) return err('词语不能为空', 'Word or phrase must not be empty')
    for (const ex of rule.exceptions ?? []) {
      if (typeof ex !== 'string' || normalizePattern(ex).length === 0 || ex.length > MAX_WORD_PATTERN_LENGTH) {
        return err('例外词不能为空且不能超过100个字', 'Each exception must be non-empty and at most 100 characters')
      }
    }
    return null
  }
  if (pattern.trim().length === 0) return err('正则表达式不能为空', 'Regular expression must not be empty')
  if (pattern.length > MAX_REGEX_PATTERN_LENGTH) {
    return err(`正则表达式不能超过${MAX_REGEX_PATTERN_LENGTH}个字符`, `Regular expression must be at most ${MAX_REGEX_PATTERN_LENGTH} characters`)
  }
  try {
    new RegExp(pattern, 'gi')
  } catch {
    return err('正则表达式语法错误', 'Regular expression has a syntax error')
  }
  const unsafe = findCatastrophicConstruct(pattern)
  if (unsafe) return unsafe
  try {
    // A regex that matches the empty string would report hits everywhere.
    if (new RegExp(pattern, 'i').test('')) return err('正则表达式不能匹配空文本', 'Regular expression must not match empty text')
  } catch {
    return err('正则表达式语法错误', 'Regular expression has a syntax error')
  }
  for (const ex of rule.exceptions ?? []) {
    if (typeof ex !== 'string' || normalizePattern(ex).length === 0 || ex.length > MAX_WORD_PATTERN_LENGTH) {
      return err('例外词不能为空且不能超过100个字', 'Each exception must be non-empty and at most 100 characters')
    }
  }
  return null
}

type Frame = { hasQuantifier: boolean }

/** Minimal scanner of JS regex syntax: tracks atoms, groups and quantifiers. */
function findCatastrophicConstruct(src: string): BilingualMessage | null {
  const nested = err(
    '正则表达式存在嵌套或作用于分组的重复（如 (a+)+、(a|b)*），可能导致灾难性回溯，请改写',
    'Regular expression repeats a group or nests quantifiers (e.g. (a+)+, (a|b)*), which can backtrack catastrophically; rewrite it',
  )
  const stack: Frame[] = [{ hasQuantifier: false }]
  let unbounded = 0
  let repeatProduct = 1
  // What the last atom was: 'dot' | 'atom' | 'group' | null (nothing quantifiable yet).
  let last: 'dot' | 'atom' | 'group' | null = null
  let i = 0
  while (i < src.length) {
    const ch = src[i]
    if (ch === '\\') {
      const nx = src[i + 1] ?? ''
      if (/[1-9]/.test(nx) || nx === 'k') {
        return err('正则表达式不能使用反向引用', 'Regular expression must not use back-references')
      }
      i += 2
      if (nx === 'u' && src[i] === '{') i = src.indexOf('}', i) + 1 || src.length
      last = 'atom'
      continue
    }
    if (ch === '[') {
      // Character class: skip to the closing bracket, honouring escapes.
      i++
      if (src[i] === '^') i++
      if (src[i] === ']') i++
      while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1
      i++
      last = 'atom'
      continue
    }
    if (ch === '(') {
      stack.push({ hasQuantifier: false })
      i++
      if (src[i] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        i++
        if (src[i] === '<' && src[i + 1] !== '=' && src[i + 1] !== '!') i = src.indexOf('>', i) + 1
        else i++
      }
      last = null
      continue
    }
    if (ch === ')') {
      stack.pop()
      if (stack.length === 0) stack.push({ hasQuantifier: false })
      last = 'group'
      i++
      continue
    }
    if (ch === '|') {
      last = null
      i++
      continue
    }
    let quant: { min: number; max: number } | null = null
    let qlen = 0
    if (ch === '*') { quant = { min: 0, max: Infinity }; qlen = 1 }
    else if (ch === '+') { quant = { min: 1, max: Infinity }; qlen = 1 }
    else if (ch === '?') { quant = { min: 0, max: 1 }; qlen = 1 }
    else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i))
      if (m) {
        const min = Number(m[1])
        const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
        quant = { min, max }
        qlen = m[0].length
      }
    }
    if (quant) {
      if (src[i + qlen] === '?') qlen++ // lazy modifier
      if (last === 'group') {
        // An optional group like (型|式)? or (\.\d+)? runs at most once, so it cannot multiply backtracking.
        if (quant.max > 1) return nested
      }
      if (quant.max === Infinity) {
        if (last === 'dot') {
          return err('正则表达式不能使用 .* 或 .+，请改用有上限的写法如 .{0,10}', 'Regular expression must not use .* or .+; use a bounded form such as .{0,10}')
        }
        unbounded++
        if (unbounded > MAX_UNBOUNDED_QUANTIFIERS) {
          return err('正则表达式中无上限的重复（* + {n,}）最多2个', 'Regular expression may contain at most 2 unbounded repeats (* + {n,})')
        }
      } else if (quant.max > MAX_REGEX_BOUND) {
        return err(`正则表达式中的重复次数上限不能超过${MAX_REGEX_BOUND}`, `Repeat bounds in the regular expression must be at most ${MAX_REGEX_BOUND}`)
      }
      if (quant.max > 1) {
        for (const f of stack) f.hasQuantifier = true
        repeatProduct *= Math.min(quant.max, MAX_REGEX_BOUND) + 1
        if (repeatProduct > MAX_REPEAT_PRODUCT) {
          return err('正则表达式的重复过多（各重复上限之积不能超过1000），请拆成多条规则', 'Regular expression repeats too much (the product of repeat bounds must be at most 1,000); split it into several rules')
        }
      }
      last = null
      i += qlen
      continue
    }
    last = ch === '.' ? 'dot' : ch === '^' || ch === '$' ? null : 'atom'
    i++
  }
  return null
}
