// Shapes shared by the compliance engine, the seed rules, the CLI and the `compliance-rules` collection.

export const RULE_KINDS = ['banned-word', 'required-phrase', 'regex'] as const
export type RuleKind = (typeof RULE_KINDS)[number]

export const SEVERITIES = ['block', 'warn'] as const
export type Severity = (typeof SEVERITIES)[number]

/** 'all' on a rule = applies to every piece of content; as a lint category = general content (no product). */
export const PRODUCT_CATEGORIES = ['all', 'wealth', 'insurance', 'credit', 'deposit'] as const
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number]

export type ComplianceRule = {
  /** Stable slug, e.g. `ad-law-zui`. */
  id: string
  pattern: string
  kind: RuleKind
  severity: Severity
  categories: ProductCategory[]
  reasonZh: string
  reasonEn: string
  /**
   * banned-word / regex: allowed contexts. A hit is dropped when an occurrence of one of these strings
   * covers the hit's first character (最近 covers the 最 of 最近; 非保本 covers the 保 of 保本).
   * An exception may contain the token {n}, which stands for a number (digits, optional decimals):
   * '最长{n}天' allows 最长56天免息期.
   * required-phrase: accepted alternative wordings of the phrase ({n} not supported there).
   */
  exceptions?: string[]
}

export type BilingualMessage = { zh: string; en: string }

export type LintHit = {
  ruleId: string
  pattern: string
  kind: RuleKind
  severity: Severity
  /** UTF-16 index into the ORIGINAL text; -1 for a missing required phrase. */
  start: number
  /** Exclusive UTF-16 end index into the ORIGINAL text; -1 for a missing required phrase. */
  end: number
  /** The original text slice (may contain the spaces/full-width forms that normalisation removed); '' when missing. */
  matched: string
  reasonZh: string
  reasonEn: string
}

export type LintResult = { hits: LintHit[]; blocked: boolean }

export type FieldLintResult = {
  /** Hits located inside each field (positions are indexes into that field's text). */
  byField: Record<string, LintHit[]>
  /** Required phrases found in none of the fields (start = end = -1). */
  missingRequired: LintHit[]
  blocked: boolean
}
