/**
 * Eligibility answers written as JSON, byte for byte what `JSON.stringify` writes, as UTF-8 from the parts of the
 * root kept encoded (core/evaluation-json.ts writes them): for the callers that write many, the command line's batch and
 * the HTTP service. Node only (it writes Buffers); the library's own modules do not import it.
 */
import type { Evaluation, Verdict } from '../core/evaluation.js';
import { branchBytes, JsonOut, writeRoot } from '../core/evaluation-json.js';
import type { Locale } from '../core/locale.js';
import { RULES_VERSION } from '../core/version.js';
import { type EligibilityInput, eligibilityRoot, targetGroupOf } from './assess.js';
import { isPlainValidEligibility } from './fast.js';

/** The bytes of each kept branch of the root, by its key (at most 104: see `eligibilityRoot`), each encoded once. */
const kept: Uint8Array[] = [];
/** The keys of the branches of the answer being written, and their bytes. */
const keys: number[] = [];
const pieces: Uint8Array[] = [];

/**
 * `evaluateEligibility`'s answer for a valid input, written from the bytes of its branches kept above. The exhaustive
 * test of the hot path holds it to `JSON.stringify(assessEligibility(…))` for every class of input in both languages.
 */
function writeAnswer(input: EligibilityInput, locale: Locale, out: JsonOut): Verdict {
  const root = eligibilityRoot(input, locale, keys);
  const { verdict, missing, children } = root;
  pieces.length = children.length;
  for (let i = 0; i < children.length; i += 1) {
    const key = keys[i] as number;
    let bytes = kept[key];
    if (bytes === undefined) {
      bytes = branchBytes(children[i] as Evaluation);
      kept[key] = bytes;
    }
    pieces[i] = bytes;
  }
  const missingJson = missing.length === 0 ? '[]' : JSON.stringify(missing);
  const group = targetGroupOf(input, verdict);
  out.text(`"verdict":"${verdict}","targetGroup":${group === null ? 'null' : `"${group}"`},"missing":${missingJson},"evaluation":`);
  writeRoot(root, pieces, out, missingJson);
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
