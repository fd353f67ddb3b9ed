// Compliance lint of a content document: the master copy and every enabled channel variant, each variant
// on its own (a required risk disclaimer must appear in every piece that goes out), against the active
// rules of the `compliance-rules` collection.
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Payload } from 'payload'

import { compileRules, lintFields, type ComplianceRule, type LintHit, type ProductCategory } from '../../lib/compliance'

export const LINT_SECTIONS = ['master', 'moments', 'article', 'video', 'group'] as const
export type LintSectionKey = (typeof LINT_SECTIONS)[number]

export type LintedField = { path: string; text: string; hits: LintHit[] }
export type LintSection = { key: LintSectionKey; fields: LintedField[]; missingRequired: LintHit[]; blocked: boolean }
export type ContentLintReport = { at: string; category: ProductCategory; blocked: boolean; blocks: number; warnings: number; sections: LintSection[] }

/** The parts of a content document the lint reads (REST bodies and form values have this shape too). */
export type LintableContent = {
  title?: string | null
  master?: string | null
  category?: string | null
  variants?: {
    moments?: { enabled?: boolean | null; text?: string | null } | null
    article?: { enabled?: boolean | null; title?: string | null; author?: string | null; digest?: string | null; body?: unknown } | null
    video?: { enabled?: boolean | null; description?: string | null; topics?: { tag?: string | null }[] | null } | null
    group?: { enabled?: boolean | null; text?: string | null } | null
  } | null
}

export function richTextToPlain(value: unknown): string {
  if (!value || typeof value !== 'object' || !('root' in value)) return typeof value === 'string' ? value : ''
  try {
    return convertLexicalToPlaintext({ data: value as never })
  } catch {
    return ''
  }
}

/** General content is linted with the rules that apply to all content. */
export function lintCategory(category: string | null | undefined): ProductCategory {
  return category === 'wealth' || category === 'insurance' || category === 'credit' || category === 'deposit' ? category : 'all'
}

/** Texts per section, keyed by the field's path in the document. Disabled variants are not linted. */
export function lintableTexts(doc: LintableContent): Record<LintSectionKey, Record<string, string>> {
  const v = doc.variants ?? {}
  const out: Record<LintSectionKey, Record<string, string>> = {
    master: { title: doc.title ?? '', master: doc.master ?? '' },
    moments: {},
    article: {},
    video: {},
    group: {},
  }
  if (v.moments?.enabled) out.moments = { 'variants.moments.text': v.moments.text ?? '' }
  if (v.article?.enabled) {
    out.article = {
      'variants.article.title': v.article.title ?? '',
      'variants.article.author': v.article.author ?? '',
      'variants.article.digest': v.article.digest ?? '',
      'variants.article.body': richTextToPlain(v.article.body),
    }
  }
  if (v.video?.enabled) {
    out.video = {
      'variants.video.description': v.video.description ?? '',
      // form values give an array field as its row count when it has no rows, hence the Array.isArray
      'variants.video.topics': (Array.isArray(v.video.topics) ? v.video.topics : []).map((t) => (t?.tag ? `#${t.tag}` : '')).filter(Boolean).join(' '),
    }
  }
  if (v.group?.enabled) out.group = { 'variants.group.text': v.group.text ?? '' }
  return out
}

type RuleDoc = { ruleId: string; pattern: string; kind: ComplianceRule['kind']; severity: ComplianceRule['severity']; categories?: ComplianceRule['categories'] | null; reasonZh: string; reasonEn: string; exceptions?: string[] | null }

/** Active rules from the database, compiled (compileRules caches by content hash, so this is cheap per save). */
export async function loadRuleSet(payload: Payload) {
  const { docs } = await payload.find({ collection: 'compliance-rules', where: { active: { equals: true } }, limit: 2000, depth: 0, overrideAccess: true, pagination: false })
  const rules: ComplianceRule[] = (docs as unknown as RuleDoc[]).map((r) => ({
    id: r.ruleId,
    pattern: r.pattern,
    kind: r.kind,
    severity: r.severity,
    categories: r.categories?.length ? r.categories : ['all'],
    reasonZh: r.reasonZh,
    reasonEn: r.reasonEn,
    exceptions: r.exceptions?.length ? r.exceptions : undefined,
  }))
  return compileRules(rules)
}

export async function lintContent(payload: Payload, doc: LintableContent): Promise<ContentLintReport> {
  const compiled = await loadRuleSet(payload)
  const category = lintCategory(doc.category)
  const texts = lintableTexts(doc)
  const sections: LintSection[] = []
  for (const key of LINT_SECTIONS) {
    const fields = texts[key]
    if (Object.keys(fields).length === 0) continue
    const result = lintFields(fields, category, compiled)
    sections.push({
      key,
      fields: Object.entries(fields).map(([path, text]) => ({ path, text, hits: result.byField[path] ?? [] })),
      missingRequired: result.missingRequired,
      blocked: result.blocked,
    })
  }
  const all = sections.flatMap((s) => [...s.fields.flatMap((f) => f.hits), ...s.missingRequired])
  return {
    at: new Date().toISOString(),
    category,
    blocked: sections.some((s) => s.blocked),
    blocks: all.filter((h) => h.severity === 'block').length,
    warnings: all.filter((h) => h.severity === 'warn').length,
    sections,
  }
}
