/**
 * The rule catalogue: every rule the library evaluates, with its titles,
 * description and sources. Each area defines its entries beside its rules;
 * this module only gathers them, so the catalogue cannot drift from the code.
 */
import { catalogue, type RuleDefinition } from './core/rule.js';
import { O as OUTCOME, OUTCOME_TEXTS } from './eligibility/outcome-rules.js';
import { R as ELIGIBILITY, RULE_TEXTS as ELIGIBILITY_TEXTS } from './eligibility/rules.js';
import { ENTITLEMENT_TEXTS, E as ENTITLEMENTS } from './entitlements/entitlements.js';
import { F as FOLLOWUP, FOLLOWUP_TEXTS } from './followup/rules.js';
import { S as SCHEDULE, SCHEDULE_TEXTS } from './schedule/rules.js';

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
  ...catalogue(ELIGIBILITY, ELIGIBILITY_TEXTS),
  ...catalogue(OUTCOME, OUTCOME_TEXTS),
  ...catalogue(SCHEDULE, SCHEDULE_TEXTS),
  ...catalogue(FOLLOWUP, FOLLOWUP_TEXTS),
  ...catalogue(ENTITLEMENTS, ENTITLEMENT_TEXTS),
]);
