// Lints text against a compiled rule set. Matching happens on the normalised text (see normalize.ts);
// every reported position is mapped back to UTF-16 indexes of the ORIGINAL text for highlighting.
//
// Reporting rules:
//  - banned-word / regex: one hit per occurrence, unless an exception of that rule covers the hit's
//    first character, or the hit lies inside a longer hit of another rule of equal or higher severity
//    (so "最佳" reports the 最佳 rule, not 最 as well).
//  - required-phrase: when neither the phrase nor one of its alternatives occurs, one hit with
//    start = end = -1 and matched = '' (there is nothing in the text to highlight).
//  - blocked = at least one hit with severity 'block'.
import type { CompiledRuleSet } from './compile'
import { normalizeWithMap, type NormalizedText } from './normalize'
import type { ComplianceRule, FieldLintResult, LintHit, LintResult, ProductCategory } from './types'

/** A rule stops reporting after this many hits in one text (a runaway pattern must not flood the editor). */
export const MAX_HITS_PER_RULE = 200

type RawHit = { rule: number; s: number; e: number } // normalised positions, e exclusive

type ScanResult = { norm: NormalizedText; hits: RawHit[]; requiredFound: Set<number> }

function scan(text: string, category: ProductCategory, set: CompiledRuleSet): ScanResult {
  const norm = normalizeWithMap(text)
  const applies = set.applies[category]
  if (!applies) throw new Error(`unknown category ${String(category)}`)
  const candidates: RawHit[] = []
  const exceptionSpans = new Map<number, [number, number][]>()
  const requiredFound = new Set<number>()
  const matchCounts: Record<number, number> = {}
  const { entries, patternLengths } = set

  set.automaton.scan(norm.text, (end, id) => {
    const list = entries[id]
    const start = end - patternLengths[id]
    for (let k = 0; k < list.length; k++) {
      const { rule, role } = list[k]
      if (!applies[rule]) continue
      if (role === 'match') {
        const n = (matchCounts[rule] ?? 0) + 1
        matchCounts[rule] = n
        if (n <= MAX_HITS_PER_RULE) candidates.push({ rule, s: start, e: end })
      }
      else if (role === 'required') requiredFound.add(rule)
      else {
        let spans = exceptionSpans.get(rule)
        if (!spans) exceptionSpans.set(rule, (spans = []))
        spans.push([start, end])
      }
    }
  })

  for (const index of set.regexRuleIndexes) {
    if (!applies[index]) continue
    const re = set.regexes[index]!
    re.lastIndex = 0
    let count = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(norm.text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++ // validation forbids empty matches, but never loop forever
        continue
      }
      candidates.push({ rule: index, s: m.index, e: m.index + m[0].length })
      if (++count >= MAX_HITS_PER_RULE) break
    }
  }

  // Exceptions with a number token are few; run them only for rules that actually produced candidates.
  if (set.numberExceptions.size > 0) {
    const withCandidates = new Set(candidates.map((c) => c.rule))
    for (const [rule, regexes] of set.numberExceptions) {
      if (!withCandidates.has(rule)) continue
      let spans = exceptionSpans.get(rule)
      if (!spans) exceptionSpans.set(rule, (spans = []))
      for (const re of regexes) {
        re.lastIndex = 0
        let m: RegExpExecArray | null
        while ((m = re.exec(norm.text)) !== null) {
          spans.push([m.index, m.index + m[0].length])
          if (m[0].length === 0) re.lastIndex++
        }
      }
    }
  }

  const kept = candidates.filter((h) => {
    const spans = exceptionSpans.get(h.rule)
    return !spans || !spans.some(([xs, xe]) => xs <= h.s && h.s < xe)
  })

  // Drop a hit lying inside a strictly longer hit of another rule of equal or higher severity.
  // Sorted by start, a container of h starts at most maxLen before h, so only that window is scanned.
  const rank = (h: RawHit) => (set.rules[h.rule].severity === 'block' ? 1 : 0)
  kept.sort((a, b) => a.s - b.s || b.e - a.e)
  let maxLen = 0
  for (const h of kept) maxLen = Math.max(maxLen, h.e - h.s)
  const hits: RawHit[] = []
  let windowStart = 0
  for (let i = 0; i < kept.length; i++) {
    const h = kept[i]
    while (kept[windowStart].s < h.s - maxLen) windowStart++
    let contained = false
    for (let j = windowStart; j < kept.length && kept[j].s <= h.s; j++) {
      const o = kept[j]
      if (o !== h && o.rule !== h.rule && h.e <= o.e && o.e - o.s > h.e - h.s && rank(o) >= rank(h)) {
        contained = true
        break
      }
    }
    if (!contained) hits.push(h)
  }
  return { norm, hits, requiredFound }
}

function toHit(rule: ComplianceRule, text: string, norm: NormalizedText | null, raw?: RawHit): LintHit {
  const base = {
    ruleId: rule.id,
    pattern: rule.pattern,
    kind: rule.kind,
    severity: rule.severity,
    reasonZh: rule.reasonZh,
    reasonEn: rule.reasonEn,
  }
  if (!raw || !norm) return { ...base, start: -1, end: -1, matched: '' }
  const start = norm.origStart[raw.s]
  const end = norm.origEnd[raw.e - 1]
  return { ...base, start, end, matched: text.slice(start, end) }
}

function sortHits(hits: LintHit[]): LintHit[] {
  return hits.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId))
}

function missingRequired(set: CompiledRuleSet, category: ProductCategory, found: Set<number>): LintHit[] {
  const applies = set.applies[category]
  return set.requiredRuleIndexes
    .filter((i) => applies[i] && !found.has(i))
    .map((i) => toHit(set.rules[i], '', null))
}

export function lint(text: string, category: ProductCategory, compiled: CompiledRuleSet): LintResult {
  const { norm, hits, requiredFound } = scan(text ?? '', category, compiled)
  const all = hits.map((h) => toHit(compiled.rules[h.rule], text, norm, h))
  all.push(...missingRequired(compiled, category, requiredFound))
  const sorted = sortHits(all)
  return { hits: sorted, blocked: sorted.some((h) => h.severity === 'block') }
}

/**
 * Lints a multi-field document ({title, digest, body, ...}). Banned words and regexes are reported per
 * field; a required phrase counts as present when it occurs in any field. Empty/undefined fields are skipped.
 */
export function lintFields(
  fields: Record<string, string | null | undefined>,
  category: ProductCategory,
  compiled: CompiledRuleSet,
): FieldLintResult {
  const byField: Record<string, LintHit[]> = {}
  const found = new Set<number>()
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value !== 'string' || value.length === 0) {
      byField[name] = []
      continue
    }
    const { norm, hits, requiredFound } = scan(value, category, compiled)
    for (const r of requiredFound) found.add(r)
    byField[name] = sortHits(hits.map((h) => toHit(compiled.rules[h.rule], value, norm, h)))
  }
  const missing = missingRequired(compiled, category, found)
  const blocked = missing.some((h) => h.severity === 'block') || Object.values(byField).some((hs) => hs.some((h) => h.severity === 'block'))
  return { byField, missingRequired: missing, blocked }
}
