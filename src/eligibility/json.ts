/**
 * Eligibility answers written as JSON, byte for byte what `JSON.stringify` writes, as UTF-8 from the parts of the
 * root kept encoded (core/evaluation-json.ts writes them): for the callers that write many, the command line's batch and
 * the HTTP service. Node only (it writes Buffers); the library's own modules do not import it.
 */
import type { Evaluation, Verdict } from '../core/evaluation.js';
import { branchBytes, JsonOut, writeRoot } from '../core/evaluation-json.js';
import type { Locale } from '../core/locale.js';
import { RULES_VERSION } from '../core/version.js';
import { type EligibilityInput, evaluateEligibility } from './assess.js';
import { isPlainValidEligibility } from './fast.js';

/**
 * The bytes of each branch of the root, by the branch: `evaluateEligibility` hands out each branch as one frozen
 * object (at most 104 of them, kept by the library for good), so this holds at most that many.
 */
const kept = new Map<Evaluation, Uint8Array>();

function bytesOf(branch: Evaluation): Uint8Array {
  let bytes = kept.get(branch);
  if (bytes === undefined) {
    bytes = branchBytes(branch);
    kept.set(branch, bytes);
  }
  return bytes;
}

/**
 * `evaluateEligibility`'s answer for a valid input, written from the bytes of its branches kept above: each made and
 * encoded once. The exhaustive test of the hot path holds it to `JSON.stringify(assessEligibility(…))` for every class
 * of input in both languages.
 */
function writeAnswer(input: EligibilityInput, locale: Locale, out: JsonOut): Verdict {
  const { verdict, targetGroup, missing, evaluation } = evaluateEligibility(input, locale);
  const missingJson = missing.length === 0 ? '[]' : JSON.stringify(missing);
  out.text(
    `"verdict":"${verdict}","targetGroup":${targetGroup === null ? 'null' : `"${targetGroup}"`},"missing":${missingJson},"evaluation":`,
  );
  writeRoot(evaluation, evaluation.children.map(bytesOf), out, missingJson);
  out.text(`,"rulesVersion":${JSON.stringify(RULES_VERSION)}}`);
  return verdict;
}

/**
 * The hot path of the batch and the service, in one place: for an input the schema takes as it is (`ignored` keys
 * aside, see `isPlainValidEligibility`), writes `prefix` and its answer's fields and returns the verdict, with no check
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
  out.text(prefix);
  return writeAnswer(input, locale, out);
}

/** `JSON.stringify(assessEligibility(input, { locale }))` as UTF-8, for an input the hot path takes; else undefined. */
export function plainEligibilityBytes(input: unknown, locale: Locale): Buffer | undefined {
  one ??= new JsonOut(1 << 13);
  one.clear();
  return writePlainEligibility(input, locale, one, '{') === undefined ? undefined : one.copy();
}

let one: JsonOut | undefined;
