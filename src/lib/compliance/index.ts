// Public entry point of the compliance lint engine (pure: no Payload, no I/O).
export * from './types.js'
export { compileRules, hashRules, type CompiledRuleSet } from './compile.js'
export { lint, lintFields, MAX_HITS_PER_RULE } from './lint.js'
export { validateRulePattern } from './validate-rule.js'
export { normalizeWithMap, normalizePattern } from './normalize.js'
export { SEED_RULES } from './seed-rules.js'
