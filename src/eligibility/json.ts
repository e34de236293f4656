/**
 * Eligibility answers written as JSON, byte for byte what `JSON.stringify` writes, as UTF-8 from the parts of the
 * root kept encoded (core/evaluation-json.ts writes them): for the callers that write many, the command line's batch and
 * the HTTP service. Node only (it writes Buffers); the library's own modules do not import it.
 */
import { allOf, type Evaluation, type Verdict } from '../core/evaluation.js';
import { branchBytes, JsonOut, writeRoot } from '../core/evaluation-json.js';
import type { Locale } from '../core/locale.js';
import { RULES_VERSION } from '../core/version.js';
import { baseConditionRule, type EligibilityInput, referralRule, residentialGroundsRule, targetGroupRule } from './assess.js';
import { isPlainValidEligibility } from './fast.js';
import { REFERRALS } from './read.js';
import { R, REASONS } from './rules.js';

/** 0, 1 or 2 for yes, no and not given: with the referral's place in REFERRALS, what a part's key is made of. */
const tri = (v: boolean | undefined) => (v === undefined ? 2 : v ? 0 : 1);
const sick = (grade: number | undefined) => (grade === undefined ? 2 : grade > 0 ? 0 : 1);

/** A part of the root, evaluated once for its key, and its bytes. */
interface Part {
  readonly evaluation: Evaluation;
  readonly bytes: Uint8Array;
}

/**
 * The parts of the root by what each reads of a valid input, in each language: the referral (4); sick leave and work
 * ability (9); the employment, sick leave and the prognosis its group asks for (12); the three residential grounds
 * (27). A key is a number below 256 for the part and 256 more for English: the input is valid, so the keys come from
 * closed sets, and there are at most 104 parts.
 */
const parts: Part[] = [];

/** The referral's rule, taking the input as the other parts' do. */
const referralOf = (input: EligibilityInput, locale: Locale) => referralRule(input.referral, locale);

function part(key: number, rule: (input: EligibilityInput, locale: Locale) => Evaluation, input: EligibilityInput, locale: Locale): Part {
  let found = parts[key];
  if (found === undefined) {
    const evaluation = rule(input, locale);
    found = { evaluation, bytes: branchBytes(evaluation) };
    parts[key] = found;
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
  const lang = locale === 'en' ? 256 : 0;
  const first = part(lang + REFERRALS.indexOf(input.referral), referralOf, input, locale);
  const second = part(lang + 4 + grade * 3 + tri(input.workAbilityReduced), baseConditionRule, input, locale);
  const residential = input.offer !== 'day';
  let children: Evaluation[];
  let bytes: Uint8Array[];
  if (residential) {
    const group =
      input.employment === 'employed' ? grade * 3 + tri(p?.sickLeaveHalvedTwoWeeksAfter) : 9 + tri(p?.inWorkOrJobSeekingEightWeeksAfter);
    const third = part(lang + 13 + group, targetGroupRule, input, locale);
    const grounds = tri(g?.noSuitableDayOffer) * 9 + tri(g?.environmentChangeEssential) * 3 + tri(g?.complexHealthProblems);
    const fourth = part(lang + 25 + grounds, residentialGroundsRule, input, locale);
    children = [first.evaluation, second.evaluation, third.evaluation, fourth.evaluation];
    bytes = [first.bytes, second.bytes, third.bytes, fourth.bytes];
  } else {
    children = [first.evaluation, second.evaluation];
    bytes = [first.bytes, second.bytes];
  }
  const root = residential ? allOf(R.residential, REASONS.residential, locale, children) : allOf(R.day, REASONS.day, locale, children);
  const { verdict, missing } = root;
  const missingJson = missing.length === 0 ? '[]' : JSON.stringify(missing);
  out.text(
    `"verdict":"${verdict}","targetGroup":${residential && verdict === 'yes' ? `"${input.employment}"` : 'null'},"missing":${missingJson},"evaluation":`,
  );
  writeRoot(root, bytes, out, missingJson);
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
