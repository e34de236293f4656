/**
 * Eligibility answers written as JSON, byte for byte what `JSON.stringify` writes, as UTF-8 through the memo of
 * repeating explanation parts (core/evaluation-json.ts): for the callers that write many, the command line's batch and
 * the HTTP service. Node only (it writes Buffers); the library's own modules do not import it.
 */
import type { Verdict } from '../core/evaluation.js';
import { JsonOut, writeEvaluation } from '../core/evaluation-json.js';
import type { Locale } from '../core/locale.js';
import { type EligibilityResult, evaluateEligibility } from './assess.js';
import { isPlainValidEligibility } from './fast.js';

/** Writes the fields of an answer `evaluateEligibility` gave, as `JSON.stringify(result)` writes them after its `{`. */
export function writeEligibilityFields(result: EligibilityResult, out: JsonOut): void {
  out.text(
    `"verdict":"${result.verdict}","targetGroup":${result.targetGroup === null ? 'null' : `"${result.targetGroup}"`},"missing":${result.missing.length === 0 ? '[]' : JSON.stringify(result.missing)},"evaluation":`,
  );
  writeEvaluation(result.evaluation, out);
  out.text(`,"rulesVersion":${JSON.stringify(result.rulesVersion)}}`);
}

/**
 * The hot path of the batch and the service, in one place: for an input the schema takes as it is (`ignored` keys
 * aside, see `isPlainValidEligibility`), writes `prefix` and its answer's fields and returns the verdict, with no zod
 * and no snapshot (parsed JSON is plain data). For any other input it writes nothing and returns undefined: the
 * caller goes the library's way, which names the problems.
 */
export function writePlainEligibility(
  input: unknown,
  locale: Locale,
  out: JsonOut,
  prefix: string,
  ignored?: ReadonlySet<string>,
): Verdict | undefined {
  if (!isPlainValidEligibility(input, ignored)) return undefined;
  const result = evaluateEligibility(input, locale);
  out.text(prefix);
  writeEligibilityFields(result, out);
  return result.verdict;
}

/** `JSON.stringify(assessEligibility(input, { locale }))` as UTF-8, for an input the hot path takes; else undefined. */
export function plainEligibilityBytes(input: unknown, locale: Locale): Buffer | undefined {
  one ??= new JsonOut(1 << 13);
  one.clear();
  return writePlainEligibility(input, locale, one, '{') === undefined ? undefined : one.copy();
}

let one: JsonOut | undefined;
