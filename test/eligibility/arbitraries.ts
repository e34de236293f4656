import { fc } from '@fast-check/vitest';
import type { EligibilityInput } from '../../src/eligibility/assess.js';

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
export const grade = fc.oneof(fc.constant(0), fc.integer({ min: 20, max: 100 }));

/** Drops keys whose value is undefined, as JSON would (exactOptionalPropertyTypes). */
export function compact<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Any valid eligibility input, facts present or absent. */
export const eligibilityInput: fc.Arbitrary<EligibilityInput> = fc
  .record({
    referral: fc.constantFrom('nav', 'gp', 'self', 'other'),
    employment: fc.constantFrom('employed', 'not-employed'),
    offer: maybe(fc.constantFrom('residential', 'day')),
    sickLeaveGrade: maybe(grade),
    workAbilityReduced: maybe(fc.boolean()),
    prognosis: maybe(
      fc.record({ sickLeaveHalvedTwoWeeksAfter: maybe(fc.boolean()), inWorkOrJobSeekingEightWeeksAfter: maybe(fc.boolean()) }),
    ),
    residentialGrounds: maybe(
      fc.record({
        noSuitableDayOffer: maybe(fc.boolean()),
        environmentChangeEssential: maybe(fc.boolean()),
        complexHealthProblems: maybe(fc.boolean()),
      }),
    ),
  })
  .map((x) => compact(x) as EligibilityInput);

/** Every fact given. */
export const fullEligibilityInput: fc.Arbitrary<EligibilityInput> = fc.record({
  referral: fc.constantFrom('nav', 'gp', 'self', 'other'),
  employment: fc.constantFrom('employed', 'not-employed'),
  offer: fc.constantFrom('residential', 'day'),
  sickLeaveGrade: grade,
  workAbilityReduced: fc.boolean(),
  prognosis: fc.record({ sickLeaveHalvedTwoWeeksAfter: fc.boolean(), inWorkOrJobSeekingEightWeeksAfter: fc.boolean() }),
  residentialGrounds: fc.record({
    noSuitableDayOffer: fc.boolean(),
    environmentChangeEssential: fc.boolean(),
    complexHealthProblems: fc.boolean(),
  }),
});

/** Sets a dot-path in a copy of a plain object. */
export function withPath<T extends object>(value: T, path: string, leafValue: unknown): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = path.split('.');
  let at = copy;
  for (const key of keys.slice(0, -1)) {
    at[key] = { ...((at[key] as object | undefined) ?? {}) };
    at = at[key] as Record<string, unknown>;
  }
  at[keys[keys.length - 1] as string] = leafValue;
  return copy as T;
}
