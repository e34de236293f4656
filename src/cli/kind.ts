/**
 * What the command line knows of one kind of case, apart from the library function it runs: the shape of a kind,
 * the helpers every kind's table entry uses, and the short form of an answer. It imports no rule, so a command
 * that answers one kind loads that kind's rules only.
 */
import { InvalidInputError } from '../core/errors.js';
import type { Evaluation, Verdict } from '../core/evaluation.js';
import type { Locale, Text } from '../core/locale.js';
import { t } from './io.js';

/** The largest |N| `add-working-days` takes, on the command line and in the service's schema: more working days than the supported calendar holds either way. */
export const MAX_SHIFT = 3_000_000;

/** One kind of case. */
export interface Kind {
  readonly name: string;
  /** One line for `--help`: what goes in and what comes out. */
  readonly summary: Text;
  /** The library's answer to one input (the function's input object, as a line of a batch carries it). */
  readonly run: (input: unknown, locale: Locale) => unknown;
  /** The answer's verdict, for counts and `--output summary`; kinds that answer no question have none. */
  readonly verdict?: (result: never) => Verdict;
  /** The explanation behind the verdict, when there is one. */
  readonly evaluation?: (result: never) => Evaluation;
  /** What a batch line carries: the result's own fields (an object), or the result under one name. */
  readonly json: (result: never) => object;
  /** `JSON.stringify` of the result, written by a faster hand where a kind has one (the same text, byte for byte). */
  readonly stringify?: (result: never) => string;
  /** The answer for a person. */
  readonly text: (result: never, locale: Locale) => string;
}

/** A kind without its function: what writing an answer needs. */
export type KindView = Omit<Kind, 'run'>;

/** The function's arguments from the object a batch line carries, every other key an issue. */
export function fields<K extends string>(input: unknown, keys: readonly K[], locale: Locale): Partial<Record<K, unknown>> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidInputError([{ path: '', message: t(locale, 'Forventet et objekt.', 'Expected an object.') }], locale);
  }
  const unknown = Object.keys(input).filter((k) => !(keys as readonly string[]).includes(k));
  if (unknown.length > 0) {
    throw new InvalidInputError(
      unknown.map((k) => ({
        path: k,
        message: t(locale, `Ukjent felt: ${k}. Sjekk stavemåten.`, `Unknown field: ${k}. Check the spelling.`),
      })),
      locale,
    );
  }
  return input as Partial<Record<K, unknown>>;
}

export type WithEvaluation = { readonly verdict: Verdict; readonly evaluation: Evaluation };
export const evaluated = {
  verdict: (r: WithEvaluation) => r.verdict,
  evaluation: (r: WithEvaluation) => r.evaluation,
};
export const asObject = (r: object) => r;

/**
 * The short form of an answer, for a spreadsheet: the verdict, what is missing, and the reasons that decide it (the
 * root's, and each leaf's that has the root's verdict when that is `no` or `undetermined`).
 */
export function summaryOf(
  kind: KindView,
  result: unknown,
): { verdict: Verdict; missing: readonly string[]; reasons: string[] } | undefined {
  if (kind.verdict === undefined) return undefined;
  const verdict = (kind.verdict as (r: unknown) => Verdict)(result);
  const evaluation = kind.evaluation === undefined ? undefined : (kind.evaluation as (r: unknown) => Evaluation)(result);
  if (evaluation === undefined) {
    const issues = (result as { issues?: readonly { message: string }[] }).issues ?? [];
    return { verdict, missing: [], reasons: issues.map((i) => i.message) };
  }
  const reasons = [evaluation.reason];
  if (verdict !== 'yes') {
    // Down the branches that carry the root's verdict only: a leaf under a branch that was decided otherwise
    // (an unknown sick leave where reduced work ability already meets the base condition) decides nothing.
    const walk = (node: Evaluation) => {
      for (const child of node.children) {
        if (child.verdict !== verdict) continue;
        if (child.children.length === 0) reasons.push(child.reason);
        else walk(child);
      }
    };
    walk(evaluation);
  }
  return { verdict, missing: evaluation.missing, reasons };
}
