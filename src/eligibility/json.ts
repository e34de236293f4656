/**
 * Eligibility answers written as JSON, byte for byte what `JSON.stringify` writes, as UTF-8 through the memo of
 * repeating explanation parts (core/evaluation-json.ts): for the callers that write many, the command line's batch and
 * the HTTP service. Node only (it writes Buffers); the library's own modules do not import it.
 */
import { allOf, type Evaluation, type Verdict } from '../core/evaluation.js';
import { branchBytes, JsonOut, writeRoot } from '../core/evaluation-json.js';
import type { Locale } from '../core/locale.js';
import { RULES_VERSION } from '../core/version.js';
import { baseConditionRule, type EligibilityInput, referralRule, residentialGroundsRule, targetGroupRule } from './assess.js';
import { isPlainValidEligibility } from './fast.js';
import { R, REASONS } from './rules.js';

const tri = (v: boolean | undefined) => (v === undefined ? '-' : v ? '1' : '0');
const sick = (grade: number | undefined) => (grade === undefined ? '-' : grade > 0 ? '1' : '0');

/** A part of the root, evaluated once for its key, and its bytes. */
interface Part {
  readonly evaluation: Evaluation;
  readonly bytes: Uint8Array;
}

/**
 * The parts of the root by what each reads of a valid input, in each language: the referral; sick leave and work
 * ability; the employment, sick leave and the prognosis its group asks for; the three residential grounds. The keys
 * come from closed sets (the input is valid), so there are at most about a hundred.
 */
const parts = new Map<string, Part>();

function part(key: string, rule: () => Evaluation): Part {
  let found = parts.get(key);
  if (found === undefined) {
    const evaluation = rule();
    found = { evaluation, bytes: branchBytes(evaluation) };
    parts.set(key, found);
  }
  return found;
}

/**
 * `evaluateEligibility`'s root for a valid input, from the parts kept above: the same tree, made and encoded once per
 * part. The exhaustive test of the hot path holds it to `JSON.stringify(assessEligibility(…))` for every class of
 * input in both languages.
 */
function writeAnswer(input: EligibilityInput, locale: Locale, out: JsonOut): Verdict {
  const p = input.prognosis;
  const g = input.residentialGrounds;
  const grade = sick(input.sickLeaveGrade);
  const chosen = [
    part(`r${input.referral}${locale}`, () => referralRule(input.referral, locale)),
    part(`b${grade}${tri(input.workAbilityReduced)}${locale}`, () => baseConditionRule(input, locale)),
  ];
  const residential = input.offer !== 'day';
  if (residential) {
    const group =
      input.employment === 'employed'
        ? `e${grade}${tri(p?.sickLeaveHalvedTwoWeeksAfter)}`
        : `n${tri(p?.inWorkOrJobSeekingEightWeeksAfter)}`;
    chosen.push(
      part(`t${group}${locale}`, () => targetGroupRule(input, locale)),
      part(`g${tri(g?.noSuitableDayOffer)}${tri(g?.environmentChangeEssential)}${tri(g?.complexHealthProblems)}${locale}`, () =>
        residentialGroundsRule(input, locale),
      ),
    );
  }
  const children = chosen.map((c) => c.evaluation);
  const root = residential ? allOf(R.residential, REASONS.residential, locale, children) : allOf(R.day, REASONS.day, locale, children);
  const { verdict, missing } = root;
  out.text(
    `"verdict":"${verdict}","targetGroup":${residential && verdict === 'yes' ? `"${input.employment}"` : 'null'},"missing":${missing.length === 0 ? '[]' : JSON.stringify(missing)},"evaluation":`,
  );
  writeRoot(
    root,
    chosen.map((c) => c.bytes),
    out,
  );
  out.text(`,"rulesVersion":${JSON.stringify(RULES_VERSION)}}`);
  return verdict;
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
