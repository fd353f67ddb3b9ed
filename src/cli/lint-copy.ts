// Lints marketing copy read from stdin against the compliance rules.
//   npm run lint:copy -- --category <all|wealth|insurance|credit|deposit> [--json] [--rules rules.json] < text.txt
// Exit codes: 0 no block-severity hit, 1 at least one block-severity hit, 2 usage or input error.
// --rules: a JSON array of ComplianceRule (e.g. exported from the `compliance-rules` collection); default = seed rules.
import { readFileSync } from 'node:fs'
import { compileRules, lint, PRODUCT_CATEGORIES, SEED_RULES, type ComplianceRule, type ProductCategory } from '../lib/compliance/index'

const MAX_INPUT_BYTES = 2 * 1024 * 1024

function usage(message: string): never {
  process.stderr.write(
    `${message}\n用法 Usage: npm run lint:copy -- --category <${PRODUCT_CATEGORIES.join('|')}> [--json] [--rules rules.json] < text.txt\n`,
  )
  process.exit(2)
}

function parseArgs(argv: string[]): { category: ProductCategory; json: boolean; rulesFile?: string } {
  let category: string | undefined
  let json = false
  let rulesFile: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--json') json = true
    else if (a === '--category') category = argv[++i]
    else if (a.startsWith('--category=')) category = a.slice('--category='.length)
    else if (a === '--rules') rulesFile = argv[++i]
    else if (a.startsWith('--rules=')) rulesFile = a.slice('--rules='.length)
    else usage(`未知参数 Unknown argument: ${a}`)
  }
  if (!category) usage('缺少 --category  Missing --category')
  if (!PRODUCT_CATEGORIES.includes(category as ProductCategory)) usage(`类别无效 Invalid category: ${category}`)
  return { category: category as ProductCategory, json, rulesFile }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length
    if (size > MAX_INPUT_BYTES) usage('输入超过2MB  Input exceeds 2 MB')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '')
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  let rules: ComplianceRule[] = SEED_RULES
  if (args.rulesFile) {
    try {
      rules = JSON.parse(readFileSync(args.rulesFile, 'utf8')) as ComplianceRule[]
      if (!Array.isArray(rules)) throw new Error('not an array')
    } catch {
      usage(`无法读取规则文件 Cannot read rules file: ${args.rulesFile}`)
    }
  }
  const compiled = compileRules(rules)
  for (const r of compiled.rejected) process.stderr.write(`跳过无效规则 Skipped invalid rule ${r.ruleId}: ${r.error.zh} / ${r.error.en}\n`)
  const text = await readStdin()
  const result = lint(text, args.category, compiled)
  if (args.json) {
    const hits = result.hits.map((h) => ({
      rule: h.ruleId, severity: h.severity, start: h.start, end: h.end, matched: h.matched,
      kind: h.kind, pattern: h.pattern, reasonZh: h.reasonZh, reasonEn: h.reasonEn,
    }))
    process.stdout.write(`${JSON.stringify({ category: args.category, blocked: result.blocked, hits })}\n`)
  } else if (result.hits.length === 0) {
    process.stdout.write('未发现问题 No issues found\n')
  } else {
    for (const h of result.hits) {
      const where = h.start < 0 ? '缺少 missing' : `${h.start}-${h.end} “${h.matched}”`
      process.stdout.write(`[${h.severity}] ${h.ruleId} ${where}\n  ${h.reasonZh}\n  ${h.reasonEn}\n`)
    }
    process.stdout.write(result.blocked ? '有阻断级问题，不能提交 Blocked: fix the block-severity issues before submitting\n' : '仅有提醒 Warnings only\n')
  }
  process.exitCode = result.blocked ? 1 : 0
}

main().catch(() => {
  process.stderr.write('检查失败 Lint failed\n')
  process.exit(2)
})
