import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { allOf, type Evaluation } from '../../src/core/evaluation.js';
import type { Locale } from '../../src/core/locale.js';
import { errorMap } from '../../src/core/schema.js';
import {
  assessEligibility,
  baseConditionRule,
  type EligibilityInput,
  evaluateEligibility,
  referralRule,
  residentialGroundsRule,
  targetGroupRule,
} from '../../src/eligibility/assess.js';
import { eligibilityKey, isPlainValidEligibility } from '../../src/eligibility/fast.js';
import { plainEligibilityBytes } from '../../src/eligibility/json.js';
import { R, REASONS } from '../../src/eligibility/rules.js';
import { EligibilityInputSchema } from '../../src/eligibility/schemas.js';
import { eligibilityInput } from './arbitraries.js';

const nearValid = fc.oneof(
  eligibilityInput,
  fc.anything({ maxDepth: 2 }),
  fc.tuple(eligibilityInput, fc.string(), fc.anything({ maxDepth: 1 })).map(([v, k, x]) => ({ ...v, [k]: x })),
  fc
    .tuple(
      eligibilityInput,
      fc.constantFrom('referral', 'employment', 'offer', 'sickLeaveGrade', 'workAbilityReduced', 'prognosis', 'residentialGrounds'),
      fc.anything({ maxDepth: 1 }),
    )
    .map(([v, k, x]) => ({ ...v, [k]: x })),
  fc.tuple(eligibilityInput, fc.oneof(fc.integer({ min: -5, max: 120 }), fc.double())).map(([v, g]) => ({ ...v, sickLeaveGrade: g })),
  fc
    .tuple(eligibilityInput, fc.string(), fc.anything({ maxDepth: 0 }))
    .map(([v, k, x]) => ({ ...v, prognosis: { ...v.prognosis, [k]: x } })),
);

describe('the eligibility hot path', () => {
  test.prop([nearValid], { numRuns: 5_000 })('the fast check accepts only what the schema accepts, unchanged', (input) => {
    if (isPlainValidEligibility(input)) {
      const parsed = EligibilityInputSchema.safeParse(input, { error: errorMap('en') });
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(input);
    }
  });

  test.prop([eligibilityInput])('every valid input generated takes the fast path', (input) => {
    expect(isPlainValidEligibility(input)).toBe(true);
  });

  test.prop([nearValid, fc.constantFrom({}, { id: 'x' }, { kind: 'assess' }, { id: 1, kind: 'plan' })], { numRuns: 2_000 })(
    'keys it is told to ignore (a batch line’s id and kind) change nothing else, and no answer',
    (input, extra) => {
      const line = { ...(input as object), ...extra };
      const ignored = new Set(['id', 'kind']);
      const plainInput =
        typeof input === 'object' && input !== null && !Array.isArray(input) && Object.getPrototypeOf(input) === Object.prototype;
      if (!plainInput) return;
      const without = Object.fromEntries(Object.entries(line).filter(([k]) => k !== 'id' && k !== 'kind'));
      expect(isPlainValidEligibility(line, ignored)).toBe(isPlainValidEligibility(without));
      if (isPlainValidEligibility(line, ignored))
        expect(evaluateEligibility(line, 'nb')).toEqual(evaluateEligibility(without as EligibilityInput, 'nb'));
    },
  );

  test('a prototype other than Object’s, an array, or an extra key leaves the fast path', () => {
    expect(isPlainValidEligibility(Object.assign(Object.create({ x: 1 }), { referral: 'nav', employment: 'employed' }))).toBe(false);
    expect(isPlainValidEligibility([])).toBe(false);
    expect(isPlainValidEligibility({ referral: 'nav', employment: 'employed', extra: 1 })).toBe(false);
    expect(isPlainValidEligibility({ referral: 'nav', employment: 'employed', prognosis: { x: true } })).toBe(false);
    expect(isPlainValidEligibility({ referral: 'nav', employment: 'employed', sickLeaveGrade: 19 })).toBe(false);
  });

  test.prop([eligibilityInput, fc.integer({ min: 20, max: 100 }), fc.boolean(), fc.constantFrom<'nb' | 'en'>('nb', 'en')])(
    'a classmate (another positive grade, an empty object for an absent one) has the same key and an equal result',
    (input, grade, emptyObjects, locale) => {
      const mate: EligibilityInput = {
        ...input,
        ...(input.sickLeaveGrade !== undefined && input.sickLeaveGrade > 0 ? { sickLeaveGrade: grade } : {}),
        ...(emptyObjects && input.prognosis === undefined ? { prognosis: {} } : {}),
        ...(emptyObjects && input.residentialGrounds === undefined ? { residentialGrounds: {} } : {}),
      };
      expect(eligibilityKey(mate)).toBe(eligibilityKey(input));
      expect(evaluateEligibility(mate, locale)).toEqual(evaluateEligibility(input, locale));
    },
  );

  test.prop([eligibilityInput])('changing what decides the result changes the key', (input) => {
    const other: EligibilityInput = { ...input, referral: input.referral === 'nav' ? 'gp' : 'nav' };
    expect(eligibilityKey(other)).not.toBe(eligibilityKey(input));
    const flipped: EligibilityInput = { ...input, workAbilityReduced: input.workAbilityReduced !== true };
    expect(eligibilityKey(flipped)).not.toBe(eligibilityKey(input));
  });

  test.prop([eligibilityInput, fc.constantFrom(20, 35, 50, 80, 100)])('the grade matters only as absent, 0 or positive', (input, grade) => {
    if (input.sickLeaveGrade !== undefined && input.sickLeaveGrade > 0) {
      const other = { ...input, sickLeaveGrade: grade };
      expect(eligibilityKey(other)).toBe(eligibilityKey(input));
      expect(evaluateEligibility(other, 'nb')).toEqual(evaluateEligibility(input, 'nb'));
    }
  });
});

/** The tree made anew from the rules, with no branch kept: what the kept, frozen branches must equal. */
function fresh(input: EligibilityInput, locale: Locale): Evaluation {
  const head = [referralRule(input, locale), baseConditionRule(input, locale)];
  return input.offer === 'day'
    ? allOf(R.day, REASONS.day, locale, head)
    : allOf(R.residential, REASONS.residential, locale, [...head, targetGroupRule(input, locale), residentialGroundsRule(input, locale)]);
}

describe('the kept branches of the eligibility tree', () => {
  test.prop([eligibilityInput, eligibilityInput, fc.constantFrom<Locale>('nb', 'en')])(
    'are frozen and handed to every answer that has them; the root and the answer are the caller’s own',
    (a, b, locale) => {
      const first = assessEligibility(a, { locale });
      const again = assessEligibility({ ...a }, { locale });
      expect(first).not.toBe(again);
      expect(first.evaluation).not.toBe(again.evaluation);
      expect(Object.isFrozen(first.evaluation)).toBe(false);
      first.evaluation.children.forEach((child, i) => {
        expect(child).toBe(again.evaluation.children[i]);
        expect(Object.isFrozen(child) && Object.isFrozen(child.children) && Object.isFrozen(child.missing)).toBe(true);
      });
      const other = assessEligibility(b, { locale });
      expect(first.evaluation).toEqual(fresh(a, locale));
      expect(other.evaluation).toEqual(fresh(b, locale));
    },
  );
});

describe('the eligibility key over the whole input space', () => {
  // Every class of valid input: each field absent or each of its values; a positive grade stands for all (20 and 100
  // both appear, so the key must not tell them apart).
  const tri = [undefined, true, false] as const;
  const opt = <T>(values: readonly T[]) => [undefined, ...values];
  const pairs = (a: readonly (boolean | undefined)[], b: readonly (boolean | undefined)[]) =>
    a.flatMap((x) => b.map((y) => [x, y] as const));
  const prognoses = [
    undefined,
    ...pairs(tri, tri).map(([a, b]) => ({ sickLeaveHalvedTwoWeeksAfter: a, inWorkOrJobSeekingEightWeeksAfter: b })),
  ];
  const grounds = [
    undefined,
    ...pairs(tri, tri).flatMap(([a, b]) =>
      tri.map((c) => ({ noSuitableDayOffer: a, environmentChangeEssential: b, complexHealthProblems: c })),
    ),
  ];
  const strip = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

  test('inputs with one key have one result, inputs with different results have different keys, and the hot path writes each as JSON.stringify does', () => {
    // Under mutation testing (MUTATION=1) every 11th input stands in for all 80 640, or each mutant would cost seconds.
    const step = process.env.MUTATION === '1' ? 11 : 1;
    const byKey = new Map<string, string>();
    let inputs = 0;
    for (const referral of ['nav', 'gp', 'self', 'other'] as const)
      for (const employment of ['employed', 'not-employed'] as const)
        for (const offer of opt(['residential', 'day'] as const))
          for (const sickLeaveGrade of opt([0, 20, 100]))
            for (const workAbilityReduced of tri)
              for (const prognosis of prognoses)
                for (const residentialGrounds of grounds) {
                  const input = strip({
                    referral,
                    employment,
                    offer,
                    sickLeaveGrade,
                    workAbilityReduced,
                    prognosis: prognosis && strip(prognosis),
                    residentialGrounds: residentialGrounds && strip(residentialGrounds),
                  }) as EligibilityInput;
                  inputs += 1;
                  if (inputs % step !== 0) continue;
                  const evaluated = evaluateEligibility(input, 'en');
                  const result = JSON.stringify(evaluated);
                  // The batch and the service write answers on the hot path: byte for byte JSON.stringify's.
                  if (plainEligibilityBytes(input, 'en')?.toString('utf8') !== result)
                    expect.fail(`the hot path differs for ${JSON.stringify(input)}`);
                  const key = eligibilityKey(input);
                  const seen = byKey.get(key);
                  if (seen === undefined) {
                    byKey.set(key, result);
                    const nb = evaluateEligibility(input, 'nb');
                    // The kept branches are the ones the rules give this input, in both languages.
                    if (JSON.stringify(evaluated.evaluation) !== JSON.stringify(fresh(input, 'en')))
                      expect.fail(`a kept branch differs for ${JSON.stringify(input)}`);
                    if (JSON.stringify(nb.evaluation) !== JSON.stringify(fresh(input, 'nb')))
                      expect.fail(`a kept branch differs in bokmål for ${JSON.stringify(input)}`);
                    if (plainEligibilityBytes(input, 'nb')?.toString('utf8') !== JSON.stringify(nb))
                      expect.fail(`the hot path differs in bokmål for ${JSON.stringify(input)}`);
                  } else if (seen !== result) expect.fail(`two results share the key ${key}: ${JSON.stringify(input)}`);
                }
    expect(inputs).toBe(4 * 2 * 3 * 4 * 3 * 10 * 28);
    // The key is no finer than it must be either: 20 and 100, and an absent object and an empty one, share a class.
    if (step === 1) expect(byKey.size).toBe(4 * 2 * 3 * 3 * 3 * 9 * 27);
  });
});
