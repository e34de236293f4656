/**
 * Eligibility answers written as JSON, byte for byte what `JSON.stringify` writes, as UTF-8 through the memo of
 * repeating explanation parts (core/evaluation-json.ts): for the callers that write many, the command line's batch and
 * the HTTP service. Node only (it writes Buffers); the library's own modules do not import it.
 */
import { JsonOut, writeEvaluation } from '../core/evaluation-json.js';
import type { EligibilityResult } from './assess.js';

/** Writes the fields of an answer `evaluateEligibility` gave, as `JSON.stringify(result)` writes them after its `{`. */
export function writeEligibilityFields(result: EligibilityResult, out: JsonOut): void {
  out.text(
    `"verdict":"${result.verdict}","targetGroup":${result.targetGroup === null ? 'null' : `"${result.targetGroup}"`},"missing":${result.missing.length === 0 ? '[]' : JSON.stringify(result.missing)},"evaluation":`,
  );
  writeEvaluation(result.evaluation, out);
  out.text(`,"rulesVersion":${JSON.stringify(result.rulesVersion)}}`);
}

/** `JSON.stringify(result)` of an answer `evaluateEligibility` gave, as UTF-8, its explanation written through the memo. */
export function eligibilityBytes(result: EligibilityResult): Buffer {
  one ??= new JsonOut(1 << 13);
  one.clear();
  one.text('{');
  writeEligibilityFields(result, one);
  return one.copy();
}

let one: JsonOut | undefined;

/** The same as text. */
export function eligibilityJson(result: EligibilityResult): string {
  return eligibilityBytes(result).toString('utf8');
}
