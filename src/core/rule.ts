import type { SourceRef } from './evaluation.js';
import type { Text } from './locale.js';

/** What the evaluating code needs of a rule: its id and sources (the catalogue's prose lives apart, see `RuleTexts`). */
export interface RuleRef {
  /** Stable id, dot-separated by area, e.g. `eligibility.referral`. */
  readonly id: string;
  /** The source sections it rests on. */
  readonly sources: readonly SourceRef[];
  /** The exported function that implements it (for the generated catalogue). */
  readonly implementedBy: string;
}

/** A rule's catalogue prose, kept apart from `RuleRef` so that evaluating code does not carry it. */
export interface RuleTexts {
  /** Short name in both languages. */
  readonly title: Text;
  /** What the rule says, paraphrased from its source, in both languages. */
  readonly description: Text;
}

/** One entry of the rule catalogue (`RULES`). The function that implements it evaluates under the same id. */
export interface RuleDefinition extends RuleRef, RuleTexts {}

/**
 * Freezes an area's rule refs, their source lists and each source: every evaluation and plan shares them, so a caller
 * who changes a result's `sources` must not change the library's rules for every later result.
 */
export function frozenRules<T extends Record<string, RuleRef>>(refs: T): T {
  for (const ref of Object.values(refs)) {
    // A list and each source in it: one value, and three (the object and its two fields) per source.
    SHARED.set(Object.freeze(ref.sources), 1 + 3 * ref.sources.length);
    Object.freeze(ref);
  }
  return Object.freeze(refs);
}

/**
 * The rules' source lists, frozen to the last string, with the number of values each holds: a snapshot keeps such a
 * list as it is (nothing in it can change or run), and counts its values, rather than copying it.
 */
export const SHARED = new WeakMap<object, number>();

/** Joins an area's rule refs with their catalogue texts, frozen to the last string. */
export function catalogue<K extends string>(
  refs: { readonly [P in K]: RuleRef },
  texts: { readonly [P in K]: RuleTexts },
): RuleDefinition[] {
  return (Object.keys(refs) as K[]).map((key) => {
    const { title, description } = texts[key];
    return Object.freeze({
      ...refs[key],
      title: Object.freeze({ ...title }),
      description: Object.freeze({ ...description }),
    });
  });
}

/** Shorthand for a section of RNNK's residential offer. */
export function rnnk(section: string): SourceRef {
  return Object.freeze({ source: 'rnnk-arr-dogn', section });
}

/** Shorthand for a section of NAV's description of ARR. */
export function nav(section: string): SourceRef {
  return Object.freeze({ source: 'nav-arr', section });
}
