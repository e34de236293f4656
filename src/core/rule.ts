import type { SourceRef } from './evaluation.js';
import type { Text } from './locale.js';

/** One entry of the rule catalogue (`RULES`). The function that implements it evaluates under the same id. */
export interface RuleDefinition {
  /** Stable id, dot-separated by area, e.g. `eligibility.referral`. */
  readonly id: string;
  /** Short name in both languages. */
  readonly title: Text;
  /** What the rule says, paraphrased from its source, in both languages. */
  readonly description: Text;
  /** The source sections it rests on. */
  readonly sources: readonly SourceRef[];
  /** The exported function that implements it (for the generated catalogue). */
  readonly implementedBy: string;
}

/** Shorthand for a section of RNNK's residential offer. */
export function rnnk(section: string): SourceRef {
  return { source: 'rnnk-arr-dogn', section };
}

/** Shorthand for a section of NAV's description of ARR. */
export function nav(section: string): SourceRef {
  return { source: 'nav-arr', section };
}
