/**
 * The rule catalogue: every rule the library evaluates, with its titles,
 * description and sources. Each area defines its entries beside its rules;
 * this module only gathers them, so the catalogue cannot drift from the code.
 */
import type { RuleDefinition } from './core/rule.js';
import { O as OUTCOME } from './eligibility/outcome-rules.js';
import { R as ELIGIBILITY } from './eligibility/rules.js';
import { E as ENTITLEMENTS } from './entitlements/entitlements.js';
import { F as FOLLOWUP } from './followup/rules.js';
import { S as SCHEDULE } from './schedule/rules.js';

export { RULES_VERSION } from './core/version.js';

/**
 * Every rule the library evaluates. An `Evaluation.rule` is always one of these ids.
 *
 * @example
 * ```ts
 * import { RULES } from 'arr-rules';
 * RULES.find((r) => r.id === 'eligibility.referral')?.sources;
 * // [{ source: 'rnnk-arr-dogn', section: 'Henvisning og inntak' }, { source: 'nav-arr', section: 'Nyttig å vite' }]
 * ```
 */
export const RULES: readonly RuleDefinition[] = Object.freeze([
  ...Object.values(ELIGIBILITY),
  ...Object.values(OUTCOME),
  ...Object.values(SCHEDULE),
  ...Object.values(FOLLOWUP),
  ...Object.values(ENTITLEMENTS),
]);
