/**
 * The evaluation tree: every answer carries its verdict, a reason in the
 * caller's language, the source sections it rests on, the inputs that would
 * decide it, and the evaluations it was built from. Modelled on navikt/nare's
 * `Evaluering` with its three-valued `Resultat` (JA / NEI / KANSKJE).
 */
import type { Locale, Text } from './locale.js';

/** A three-valued answer: `yes` (ja), `no` (nei) or `undetermined` (kan ikke avgjøres ennå). */
export type Verdict = 'yes' | 'no' | 'undetermined';

/** Where a rule comes from: a source text and a section heading as written in it. */
export interface SourceRef {
  /** `nav-arr` (NAV's description of ARR) or `rnnk-arr-dogn` (RNNK's residential offer). */
  readonly source: 'nav-arr' | 'rnnk-arr-dogn';
  /** The section heading exactly as written in the source text. */
  readonly section: string;
}

/** The answer of one rule, with the answers it was built from. Plain data: `JSON.stringify` keeps all of it. */
export interface Evaluation {
  /** The stable rule id from `RULES`, e.g. `eligibility.referral`. */
  readonly rule: string;
  /** The answer. */
  readonly verdict: Verdict;
  /** One sentence, in the requested locale, that states the fact and the rule. */
  readonly reason: string;
  /** The source sections the rule rests on. */
  readonly sources: readonly SourceRef[];
  /** Input paths that would decide an `undetermined` answer; empty when decided. */
  readonly missing: readonly string[];
  /** The evaluations this one combines. */
  readonly children: readonly Evaluation[];
  /**
   * What the sources say that bears on the answer but that no input can show met: a duty restated,
   * never a verdict. Present only where there is such a note (the follow-up booking's root).
   */
  readonly notes?: readonly EvaluationNote[];
}

/** A duty or fact the sources state beside a rule, that the library does not check. */
export interface EvaluationNote {
  /** The catalogue id of what the note restates. */
  readonly rule: string;
  /** One sentence in the requested locale. */
  readonly text: string;
  /** The source sections it rests on. */
  readonly sources: readonly SourceRef[];
}

/** What a rule says for each verdict, in both languages. */
export type Reasons = { readonly [V in Verdict]: Text };

/** The part of a catalogue entry an evaluation needs. */
export interface EvaluatedRule {
  readonly id: string;
  readonly sources: readonly SourceRef[];
}

const NONE: readonly string[] = Object.freeze([]);
const NO_CHILDREN: readonly Evaluation[] = Object.freeze([]);

/** A leaf evaluation: one rule's verdict on facts, with no children. */
export function leaf(rule: EvaluatedRule, verdict: Verdict, reason: string, missing: readonly string[] = NONE): Evaluation {
  return {
    rule: rule.id,
    verdict,
    reason,
    sources: rule.sources,
    missing: verdict === 'undetermined' ? missing : NONE,
    children: NO_CHILDREN,
  };
}

/** A leaf for a yes/no fact that may be unknown: `undetermined` naming `path` when it is absent. */
export function fact(rule: EvaluatedRule, value: boolean | undefined, path: string, reasons: Reasons, locale: Locale): Evaluation {
  if (value === undefined) return leaf(rule, 'undetermined', reasons.undetermined[locale], [path]);
  return value ? leaf(rule, 'yes', reasons.yes[locale]) : leaf(rule, 'no', reasons.no[locale]);
}

/** Kleene conjunction of the items' verdicts: `no` if any is `no`, else `undetermined` if any is, else `yes`. */
export function andVerdict(items: readonly { readonly verdict: Verdict }[]): Verdict {
  let result: Verdict = 'yes';
  for (const item of items) {
    if (item.verdict === 'no') return 'no';
    if (item.verdict === 'undetermined') result = 'undetermined';
  }
  return result;
}

/** Kleene disjunction of the items' verdicts: `yes` if any is `yes`, else `undetermined` if any is, else `no`. */
export function orVerdict(items: readonly { readonly verdict: Verdict }[]): Verdict {
  let result: Verdict = 'no';
  for (const item of items) {
    if (item.verdict === 'yes') return 'yes';
    if (item.verdict === 'undetermined') result = 'undetermined';
  }
  return result;
}

/** Negation: swaps `yes` and `no`; `undetermined` stays. */
export function notVerdict(verdict: Verdict): Verdict {
  return verdict === 'yes' ? 'no' : verdict === 'no' ? 'yes' : 'undetermined';
}

/** The missing inputs of the undetermined children, each once, in order (a decided node's list is always empty). */
function missingOf(children: readonly Evaluation[]): readonly string[] {
  let out: string[] | undefined;
  for (const child of children) {
    for (const path of child.missing) {
      if (out === undefined) out = [path];
      else if (!out.includes(path)) out.push(path);
    }
  }
  return out ?? NONE;
}

function combine(rule: EvaluatedRule, verdict: Verdict, reasons: Reasons, locale: Locale, children: readonly Evaluation[]): Evaluation {
  return {
    rule: rule.id,
    verdict,
    reason: reasons[verdict][locale],
    sources: rule.sources,
    missing: verdict === 'undetermined' ? missingOf(children) : NONE,
    children,
  };
}

/** All of the children must hold (three-valued `and`). */
export function allOf(rule: EvaluatedRule, reasons: Reasons, locale: Locale, children: readonly Evaluation[]): Evaluation {
  return combine(rule, andVerdict(children), reasons, locale, children);
}

/** At least one of the children must hold (three-valued `or`). */
export function anyOf(rule: EvaluatedRule, reasons: Reasons, locale: Locale, children: readonly Evaluation[]): Evaluation {
  return combine(rule, orVerdict(children), reasons, locale, children);
}

/**
 * Freezes a tree made by the functions above, node by node with its lists (the sources are the rules' frozen lists
 * already), so that it can be handed to every caller whose input gives it: nothing in it can then be changed.
 */
export function frozenTree(e: Evaluation): Evaluation {
  for (const child of e.children) frozenTree(child);
  Object.freeze(e.missing);
  Object.freeze(e.children);
  return Object.freeze(e);
}

/** The child must not hold (three-valued `not`). */
export function noneOf(rule: EvaluatedRule, reasons: Reasons, locale: Locale, child: Evaluation): Evaluation {
  return combine(rule, notVerdict(child.verdict), reasons, locale, [child]);
}
