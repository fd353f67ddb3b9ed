// Compliance lint benchmark: 2,000 rules (the seed set + generated banned words, exceptions and bounded
// regexes) against a 5,000-character marketing text. Goal: ≤ 20 ms per lint on one core.
// Prints progress lines, then one final JSON line {rules, textChars, msPerLint, ...}.
import { compileRules, lint, SEED_RULES, type ComplianceRule } from '../src/lib/compliance/index.js'

const TARGET_RULES = 2000
const TARGET_CHARS = 5000

// Deterministic pseudo-random generator so runs are comparable.
let seed = 20261123
const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32)

const HANZI = '银行理财存款保险信用卡贷款利率收益风险客户经理网点活动福利积分权益养老金社保卡代发工资房贷消费分期基金稳健年化期限起购赎回到账安全保障专属优惠礼品红包抽奖答题节日节气中秋春节'
const word = (len: number) => Array.from({ length: len }, () => HANZI[Math.floor(rand() * HANZI.length)]).join('')

const rules: ComplianceRule[] = [...SEED_RULES]
for (let i = 0; rules.length < TARGET_RULES; i++) {
  const categories: ComplianceRule['categories'] = [(['all', 'wealth', 'insurance', 'credit', 'deposit'] as const)[i % 5]]
  if (i % 50 === 0) {
    rules.push({
      id: `bench-regex-${i}`, pattern: `${word(2)}[^。]{0,6}${word(2)}`, kind: 'regex', severity: 'warn', categories,
      reasonZh: '基准测试规则', reasonEn: 'benchmark rule',
    })
  } else {
    const w = word(2 + Math.floor(rand() * 3))
    rules.push({
      id: `bench-word-${i}`, pattern: w, kind: 'banned-word', severity: i % 3 === 0 ? 'block' : 'warn', categories,
      reasonZh: '基准测试规则', reasonEn: 'benchmark rule', exceptions: i % 7 === 0 ? [`${w}${word(1)}`] : undefined,
    })
  }
}

const paragraph =
  '【中秋理财季】尊敬的客户，您好！本行推出稳健型理财产品，业绩比较基准2.80%-3.50%（年化），1元起购，' +
  '期限181天。最近一期产品最低起购1万元，最高不超过500万元。理财非存款、产品有风险、投资须谨慎。' +
  '过往业绩不代表未来表现，不保证收益。欢迎到就近网点咨询您的客户经理，或登录手机银行了解详情。' +
  '同时提醒：谨防电信网络诈骗，任何自称“内部渠道”的高收益投资都是骗局，切勿转账汇款。存款保险最高偿付限额为50万元。'
let text = ''
while (text.length < TARGET_CHARS) text += paragraph + word(20) + '\n'
text = text.slice(0, TARGET_CHARS)

const t0 = performance.now()
const compiled = compileRules(rules)
const compileMs = performance.now() - t0
console.log(`compiled ${rules.length} rules (${compiled.rejected.length} rejected, ${compiled.automaton.nodeCount} automaton nodes) in ${compileMs.toFixed(1)} ms`)

for (let i = 0; i < 20; i++) lint(text, 'wealth', compiled) // warm-up (JIT)
const iterations = 200
const t1 = performance.now()
let hits = 0
for (let i = 0; i < iterations; i++) hits = lint(text, (['all', 'wealth', 'insurance', 'credit', 'deposit'] as const)[i % 5], compiled).hits.length
const msPerLint = (performance.now() - t1) / iterations
const t2 = performance.now()
compileRules(rules) // cached by hash
const cachedCompileMs = performance.now() - t2

console.log(JSON.stringify({
  rules: rules.length,
  textChars: text.length,
  msPerLint: Number(msPerLint.toFixed(3)),
  compileMs: Number(compileMs.toFixed(1)),
  cachedCompileMs: Number(cachedCompileMs.toFixed(2)),
  lastHits: hits,
  goalMs: 20,
  withinGoal: msPerLint <= 20,
}))
