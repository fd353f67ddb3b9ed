// Public entry point of the compliance lint engine (pure: no Payload, no I/O).
export * from './types'
export { compileRules, hashRules, type CompiledRuleSet } from './compile'
export { lint, lintFields, MAX_HITS_PER_RULE } from './lint'
export { validateRulePattern } from './validate-rule'
export { normalizeWithMap, normalizePattern } from './normalize'
export { SEED_RULES } from './seed-rules'
