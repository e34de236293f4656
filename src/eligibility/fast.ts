/**
 * The eligibility hot path. `isPlainValidEligibility` accepts only what `EligibilityInputSchema` accepts (a property
 * test holds it to that), so a valid input skips the reading and the check; anything else goes to `assessEligibility`,
 * which names the issues.
 * `eligibilityKey` names the class of an input the evaluation depends on (the benchmarks count their data by it).
 */
import { EMPLOYMENTS as EMPLOYMENT_LIST, GRADE } from '../core/messages.js';
import type { EligibilityInput } from './assess.js';
import { GROUNDS, OFFERS as OFFER_LIST, PROGNOSIS, REFERRALS as REFERRAL_LIST, TOP as TOP_LIST } from './fields.js';

const REFERRALS: ReadonlySet<unknown> = new Set(REFERRAL_LIST);
const EMPLOYMENTS: ReadonlySet<unknown> = new Set(EMPLOYMENT_LIST);
const OFFERS: ReadonlySet<unknown> = new Set(OFFER_LIST);
const TOP = new Set(TOP_LIST);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Only own enumerable keys from `allowed`, each optional boolean. */
function booleansOnly(value: unknown, allowed: readonly string[]): boolean {
  if (!isPlainObject(value)) return false;
  let seen = 0;
  for (const key of allowed) {
    const v = value[key];
    if (Object.hasOwn(value, key)) {
      seen += 1;
      if (v !== undefined && typeof v !== 'boolean') return false;
    }
  }
  return Object.keys(value).length === seen;
}

/**
 * True only for an input the schema accepts as it is. Keys in `ignored` may be there too (a batch line's `id` and
 * `kind`, which are not the input's): the answer of such an input is the answer without them, as the rules read
 * only the input's own fields.
 */
export function isPlainValidEligibility(input: unknown, ignored?: ReadonlySet<string>): input is EligibilityInput {
  if (!isPlainObject(input)) return false;
  for (const key of Object.keys(input)) if (!TOP.has(key) && ignored?.has(key) !== true) return false;
  if (!REFERRALS.has(input.referral) || !EMPLOYMENTS.has(input.employment)) return false;
  if (input.offer !== undefined && !OFFERS.has(input.offer)) return false;
  const g = input.sickLeaveGrade;
  if (g !== undefined && !(typeof g === 'number' && GRADE.ok(g))) return false;
  if (input.workAbilityReduced !== undefined && typeof input.workAbilityReduced !== 'boolean') return false;
  if (input.prognosis !== undefined && !booleansOnly(input.prognosis, PROGNOSIS)) return false;
  if (input.residentialGrounds !== undefined && !booleansOnly(input.residentialGrounds, GROUNDS)) return false;
  return true;
}

const tri = (v: boolean | undefined) => (v === undefined ? '-' : v ? '1' : '0');

/** The class of a valid input that decides its result: two inputs with the same key get equal results. */
export function eligibilityKey(input: EligibilityInput): string {
  const g = input.sickLeaveGrade;
  const p = input.prognosis;
  const r = input.residentialGrounds;
  return `${input.referral}|${input.employment}|${input.offer ?? '-'}|${g === undefined ? '-' : g > 0 ? '1' : '0'}|${tri(input.workAbilityReduced)}|${tri(p?.sickLeaveHalvedTwoWeeksAfter)}${tri(p?.inWorkOrJobSeekingEightWeeksAfter)}|${tri(r?.noSuitableDayOffer)}${tri(r?.environmentChangeEssential)}${tri(r?.complexHealthProblems)}`;
}
