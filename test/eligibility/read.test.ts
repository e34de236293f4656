import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { InputIssue } from '../../src/core/errors.js';
import type { Locale } from '../../src/core/locale.js';
import { checkSnapshot } from '../../src/core/schema.js';
import { snapshot } from '../../src/core/snapshot.js';
import { type EligibilityInput, evaluateEligibility } from '../../src/eligibility/assess.js';
import { readEligibility } from '../../src/eligibility/read.js';
import { EligibilityInputSchema } from '../../src/eligibility/schemas.js';
import { eligibilityInput } from './arbitraries.js';

/** The general path: the snapshot, then zod. */
function general(input: unknown, locale: Locale): { value: EligibilityInput } | { issues: InputIssue[] } {
  const read = snapshot(input, locale);
  if (read.issues !== undefined) return { issues: read.issues };
  const checked = checkSnapshot(EligibilityInputSchema, read.value, locale);
  return checked.issues === undefined ? { value: checked.data as EligibilityInput } : { issues: checked.issues };
}

const FIELDS = ['referral', 'employment', 'offer', 'sickLeaveGrade', 'workAbilityReduced', 'prognosis', 'residentialGrounds'];
const NESTED = [
  'sickLeaveHalvedTwoWeeksAfter',
  'inWorkOrJobSeekingEightWeeksAfter',
  'noSuitableDayOffer',
  'environmentChangeEssential',
  'complexHealthProblems',
];
const key = fc.oneof(
  fc.constantFrom(...FIELDS, ...NESTED, '__proto__', 'constructor', 'toString', '0', '12', 'Referral', ''),
  fc.string({ maxLength: 4 }),
);
const value = fc.oneof(
  fc.constantFrom(
    'nav',
    'gp',
    'day',
    'residential',
    'employed',
    'not-employed',
    'Nav',
    '',
    '50',
    true,
    false,
    null,
    0,
    15,
    20,
    50.5,
    100,
    101,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ),
  fc.anything({ maxDepth: 1 }),
);
const record = fc.dictionary(key, value, { maxKeys: 4 });

/** Valid inputs, and inputs with one to three things wrong of every kind: the reading must agree with the general path. */
const input = fc.oneof(
  eligibilityInput,
  fc.tuple(eligibilityInput, record).map(([v, extra]) => ({ ...v, ...extra })),
  fc.tuple(eligibilityInput, fc.constantFrom(...FIELDS)).map(([v, k]) => {
    const copy: Record<string, unknown> = { ...v };
    delete copy[k];
    return copy;
  }),
  fc.tuple(eligibilityInput, record, record).map(([v, p, g]) => ({ ...v, prognosis: { ...v.prognosis, ...p }, residentialGrounds: g })),
  fc.tuple(eligibilityInput, fc.constantFrom('prognosis', 'residentialGrounds'), value).map(([v, k, x]) => ({ ...v, [k]: x })),
  record,
  fc.anything({ maxDepth: 2 }),
);

describe('readEligibility, the one-pass reading of assessEligibility', () => {
  test.prop([input, fc.constantFrom<Locale>('nb', 'en')], { numRuns: 6_000 })(
    'agrees with the snapshot and zod: the same valid input and answer, or the same issues in the same order',
    (x, locale) => {
      const want = general(x, locale);
      const got = readEligibility(x, locale);
      if (got === undefined) return;
      if (got.rest !== undefined) {
        expect(general(got.rest, locale)).toEqual(want);
        return;
      }
      if (got.issues !== undefined) {
        expect(want).toEqual({ issues: got.issues });
        return;
      }
      expect('value' in want).toBe(true);
      if ('value' in want) expect(evaluateEligibility(got.value, locale)).toEqual(evaluateEligibility(want.value, locale));
    },
  );

  test('answers the common invalid kinds itself, in zod’s order, and hands on what it does not know', () => {
    const bad = readEligibility(
      { x: 1, sickLeaveGrade: '50', referral: 'fastlege', prognosis: { y: 2, sickLeaveHalvedTwoWeeksAfter: 'ja' } },
      'en',
    );
    expect(bad?.issues).toEqual(
      (
        general({ x: 1, sickLeaveGrade: '50', referral: 'fastlege', prognosis: { y: 2, sickLeaveHalvedTwoWeeksAfter: 'ja' } }, 'en') as {
          issues: InputIssue[];
        }
      ).issues,
    );
    expect(bad?.issues?.map((i) => i.path)).toEqual([
      'referral',
      'employment',
      'sickLeaveGrade',
      'prognosis.sickLeaveHalvedTwoWeeksAfter',
      'prognosis.y',
      'x',
    ]);
    expect(readEligibility({ referral: 'nav', employment: 'employed', sickLeaveGrade: 15 }, 'nb')?.issues).toEqual([
      { path: 'sickLeaveGrade', message: expect.stringContaining('15 er ikke en gyldig sykmeldingsgrad') },
    ]);
    expect(readEligibility({ referral: 'nav', employment: 'employed', sickLeaveGrade: Number.NaN }, 'nb')?.rest).toBeDefined();
    expect(readEligibility({ referral: 'nav', employment: 'employed', prognosis: null }, 'nb')?.rest).toBeDefined();
    expect(readEligibility({ referral: 'nav', employment: 'employed', prognosis: [] }, 'nb')?.rest).toBeDefined();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [
      { referral: 'nav', x: proxy },
      { referral: 'nav', prognosis: proxy },
      { employment: 'employed', residentialGrounds: { a: proxy } },
    ]) {
      const got = readEligibility(input, 'en');
      expect(got?.rest).toBeDefined();
      expect(general(got?.rest, 'en')).toEqual(general(input, 'en'));
    }
    expect(readEligibility(proxy, 'nb')).toBeUndefined();
    expect(readEligibility([], 'nb')).toBeUndefined();
    expect(readEligibility({ [Symbol('s')]: 1 }, 'nb')).toBeUndefined();
  });

  test('reads each property once, and a getter that throws is an issue at its path', () => {
    let reads = 0;
    const input = {
      referral: 'nav',
      employment: 'employed',
      get sickLeaveGrade() {
        reads += 1;
        return reads === 1 ? 50 : 15;
      },
    };
    expect(readEligibility(input, 'en')?.value?.sickLeaveGrade).toBe(50);
    expect(reads).toBe(1);
    const throwing = {
      referral: 'nav',
      prognosis: {
        get sickLeaveHalvedTwoWeeksAfter(): boolean {
          throw new Error('no');
        },
      },
    };
    expect(readEligibility(throwing, 'en')).toEqual(general(throwing, 'en'));
    expect(readEligibility(throwing, 'en')?.issues?.[0]?.path).toBe('prognosis.sickLeaveHalvedTwoWeeksAfter');
  });

  test('an object it does not copy is read once, by the general path', () => {
    let reads = 0;
    class Grounds {}
    const grounds = new Grounds();
    Object.defineProperty(grounds, 'noSuitableDayOffer', {
      enumerable: true,
      get: () => {
        reads += 1;
        return true;
      },
    });
    const got = readEligibility({ referral: 'nav', employment: 'not-employed', residentialGrounds: grounds }, 'en');
    expect(reads).toBe(0);
    expect(got?.rest).toBeDefined();
    general(got?.rest, 'en');
    expect(reads).toBe(1);
  });
});
