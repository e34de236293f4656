import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { errorMap } from '../../src/core/schema.js';
import { assessEligibility, type EligibilityInput } from '../../src/eligibility/assess.js';
import { EligibilityInputSchema } from '../../src/eligibility/schemas.js';
import { deepFreeze, expectCatalogued, invalid } from '../helpers.js';
import { eligibilityInput, fullEligibilityInput, withPath } from './arbitraries.js';

const employedYes: EligibilityInput = {
  referral: 'nav',
  employment: 'employed',
  sickLeaveGrade: 80,
  prognosis: { sickLeaveHalvedTwoWeeksAfter: true },
  residentialGrounds: { environmentChangeEssential: true },
};
const notEmployedYes: EligibilityInput = {
  referral: 'nav',
  employment: 'not-employed',
  workAbilityReduced: true,
  prognosis: { inWorkOrJobSeekingEightWeeksAfter: true },
  residentialGrounds: { noSuitableDayOffer: true },
};
const child = (r: ReturnType<typeof assessEligibility>, id: string) => r.evaluation.children.find((c) => c.rule === id);

describe('referral (Henvisning og inntak)', () => {
  test('only the NAV office refers; a GP referral is no whatever else is missing', () => {
    const gp = assessEligibility({ referral: 'gp', employment: 'employed' });
    expect(gp.verdict).toBe('no');
    expect(gp.missing).toEqual([]);
    expect(gp.targetGroup).toBeNull();
    expect(child(gp, 'eligibility.referral')?.reason).toContain(
      'Henvisningen kommer fra fastlegen; bare NAV-kontoret kan henvise til tilbudet.',
    );
    expect(child(gp, 'eligibility.referral')?.sources).toContainEqual({ source: 'rnnk-arr-dogn', section: 'Henvisning og inntak' });
    for (const referral of ['self', 'other'] as const) {
      const r = assessEligibility({ ...employedYes, referral }, { locale: 'en' });
      expect(r.verdict).toBe('no');
      expect(child(r, 'eligibility.referral')?.reason).toContain('only the NAV office can refer');
    }
    expect(assessEligibility(employedYes).verdict).toBe('yes');
    expect(child(assessEligibility(employedYes), 'eligibility.referral')).toMatchObject({
      verdict: 'yes',
      reason: 'Henvisningen kommer fra NAV-kontoret, som er den eneste som kan henvise til tilbudet.',
    });
  });
});

describe('base condition and target groups', () => {
  test('employed in group 1: yes, with the target group', () => {
    const r = assessEligibility(employedYes);
    expect(r).toMatchObject({ verdict: 'yes', targetGroup: 'employed', missing: [] });
    expect(r.rulesVersion).toMatch(/\d/);
  });

  test('not employed in group 2: yes', () => {
    expect(assessEligibility(notEmployedYes)).toMatchObject({ verdict: 'yes', targetGroup: 'not-employed' });
  });

  test('a halving judged unlikely is no; not judged is undetermined naming the prognosis', () => {
    const unlikely = assessEligibility(withPath(employedYes, 'prognosis.sickLeaveHalvedTwoWeeksAfter', false));
    expect(unlikely.verdict).toBe('no');
    const unknown = assessEligibility({ ...employedYes, prognosis: {} });
    expect(unknown.verdict).toBe('undetermined');
    expect(unknown.missing).toEqual(['prognosis.sickLeaveHalvedTwoWeeksAfter']);
    expect(unknown.targetGroup).toBeNull();
  });

  test('group 2 prognosis unlikely is no', () => {
    expect(assessEligibility(withPath(notEmployedYes, 'prognosis.inWorkOrJobSeekingEightWeeksAfter', false)).verdict).toBe('no');
  });

  test('an employed person without sick leave: the sources give no target group, and the reason says so', () => {
    const r = assessEligibility({ ...employedYes, sickLeaveGrade: 0, workAbilityReduced: true }, { locale: 'en' });
    expect(r.verdict).toBe('no');
    expect(child(r, 'eligibility.base-condition')?.verdict).toBe('yes');
    expect(child(r, 'eligibility.target-group')?.children[0]?.reason).toContain('The sources describe no target group');
  });

  test('neither on sick leave nor reduced work ability: base condition no', () => {
    const r = assessEligibility({ ...notEmployedYes, sickLeaveGrade: 0, workAbilityReduced: false });
    expect(child(r, 'eligibility.base-condition')?.verdict).toBe('no');
    expect(r.verdict).toBe('no');
  });

  test('grade edges: 20 and 100 are sick leave; 0 is not', () => {
    for (const g of [20, 100]) expect(assessEligibility({ ...employedYes, sickLeaveGrade: g }).verdict).toBe('yes');
    const zero = assessEligibility({ ...employedYes, sickLeaveGrade: 0 });
    expect(zero.verdict).toBe('no');
  });

  test('nothing known: undetermined, and missing names exactly what would decide it', () => {
    const r = assessEligibility({ referral: 'nav', employment: 'employed' });
    expect(r.verdict).toBe('undetermined');
    expect(r.missing).toEqual([
      'sickLeaveGrade',
      'workAbilityReduced',
      'prognosis.sickLeaveHalvedTwoWeeksAfter',
      'residentialGrounds.noSuitableDayOffer',
      'residentialGrounds.environmentChangeEssential',
      'residentialGrounds.complexHealthProblems',
    ]);
    const notEmployed = assessEligibility({ referral: 'nav', employment: 'not-employed', workAbilityReduced: true });
    expect(notEmployed.missing).toEqual([
      'prognosis.inWorkOrJobSeekingEightWeeksAfter',
      'residentialGrounds.noSuitableDayOffer',
      'residentialGrounds.environmentChangeEssential',
      'residentialGrounds.complexHealthProblems',
    ]);
  });
});

describe('residential grounds (Døgnopphold kan benyttes)', () => {
  test('any one of three is enough; all three false is no', () => {
    for (const key of ['noSuitableDayOffer', 'environmentChangeEssential', 'complexHealthProblems']) {
      expect(assessEligibility({ ...employedYes, residentialGrounds: { [key]: true } }).verdict).toBe('yes');
    }
    const none = assessEligibility({
      ...employedYes,
      residentialGrounds: { noSuitableDayOffer: false, environmentChangeEssential: false, complexHealthProblems: false },
    });
    expect(none.verdict).toBe('no');
    expect(child(none, 'eligibility.residential-grounds')?.sources).toEqual([
      { source: 'rnnk-arr-dogn', section: 'Døgnopphold kan benyttes' },
    ]);
  });
});

describe('day offer (decision 19)', () => {
  test('needs only referral and the base condition; no target group', () => {
    const r = assessEligibility({ referral: 'nav', employment: 'employed', offer: 'day', sickLeaveGrade: 50 });
    expect(r).toMatchObject({ verdict: 'yes', targetGroup: null });
    expect(r.evaluation.rule).toBe('eligibility.day');
    expect(
      assessEligibility({ referral: 'nav', employment: 'employed', offer: 'day', sickLeaveGrade: 0, workAbilityReduced: true }).verdict,
    ).toBe('yes');
    expect(assessEligibility({ referral: 'gp', employment: 'employed', offer: 'day', sickLeaveGrade: 50 }).verdict).toBe('no');
  });
});

describe('bad input', () => {
  test('grade 15, 19, 101, 20.5 and "100" are invalid; 0, 20 and 100 are valid', () => {
    for (const g of [15, 19, 101, 20.5, -1, '100']) {
      const e = invalid(() => assessEligibility({ referral: 'nav', employment: 'employed', sickLeaveGrade: g as number }));
      expect(e.issues).toHaveLength(1);
      expect(e.issues[0]?.path).toBe('sickLeaveGrade');
    }
    expect(invalid(() => assessEligibility({ ...employedYes, sickLeaveGrade: 15 }, { locale: 'en' })).issues[0]?.message).toBe(
      '15 is not a valid sick-leave grade; expected 0 (not on sick leave) or a whole number from 20 to 100.',
    );
  });

  test('every problem is named by path, in the caller’s language', () => {
    const e = invalid(() =>
      assessEligibility({ employment: 'retired', sickLeaveGrde: 50, prognosis: { sickLeaveHalved: true } } as unknown as EligibilityInput, {
        locale: 'en',
      }),
    );
    expect(e.issues.map((i) => i.path).sort()).toEqual(['employment', 'prognosis.sickLeaveHalved', 'referral', 'sickLeaveGrde']);
    expect(e.issues.find((i) => i.path === 'referral')?.message).toBe('Missing; expected one of: "nav", "gp", "self", "other".');
    expect(e.issues.find((i) => i.path === 'sickLeaveGrde')?.message).toContain('Unknown field: sickLeaveGrde');
    expect(e.message).toContain('Invalid input');
  });

  test('null, an array, a string are rejected as the whole input', () => {
    for (const input of [null, [], 'nav', 42, undefined]) {
      const e = invalid(() => assessEligibility(input as unknown as EligibilityInput));
      expect(e.issues).toEqual([{ path: '', message: expect.stringContaining('forventet et objekt') }]);
    }
  });

  test('an unknown locale is InvalidInputError, not a silent fallback', () => {
    expect(invalid(() => assessEligibility(employedYes, { locale: 'de' as 'nb' })).issues[0]?.path).toBe('options.locale');
  });

  test('the schema alone gives the same messages to a form', () => {
    const r = EligibilityInputSchema.safeParse({ referral: 'nav', employment: 'employed', sickLeaveGrade: 15 }, { error: errorMap('nb') });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('15 er ikke en gyldig sykmeldingsgrad');
  });
});

describe('properties', () => {
  test.prop([fullEligibilityInput])('every fully specified input gets yes or no', (input) => {
    expect(assessEligibility(input).verdict).not.toBe('undetermined');
  });

  test.prop([eligibilityInput, fc.constantFrom('noSuitableDayOffer', 'environmentChangeEssential', 'complexHealthProblems')])(
    'adding a true residential ground never turns yes into no',
    (input, ground) => {
      const before = assessEligibility(input).verdict;
      const after = assessEligibility(withPath(input, `residentialGrounds.${ground}`, true)).verdict;
      if (before === 'yes') expect(after).toBe('yes');
      if (after === 'no') expect(before).toBe('no');
    },
  );

  test.prop([eligibilityInput, fc.boolean(), fc.oneof(fc.constant(0), fc.integer({ min: 20, max: 100 }))])(
    'filling in a missing input only ever moves undetermined to a decided verdict',
    (input, value, grade) => {
      const before = assessEligibility(input);
      for (const path of before.missing) {
        const after = assessEligibility(withPath(input, path, path === 'sickLeaveGrade' ? grade : value));
        if (before.verdict !== 'undetermined') expect(after.verdict).toBe(before.verdict);
      }
      if (before.verdict !== 'undetermined') expect(before.missing).toEqual([]);
      else expect(before.missing.length).toBeGreaterThan(0);
    },
  );

  test.prop([eligibilityInput, fc.constantFrom<'nb' | 'en'>('nb', 'en')])(
    'trees are catalogued, plain JSON, and the input is untouched',
    (input, locale) => {
      const frozen = deepFreeze(structuredClone(input));
      const result = assessEligibility(frozen, { locale });
      expectCatalogued(result.evaluation);
      expect(JSON.parse(JSON.stringify(result))).toEqual(result);
      expect(frozen).toEqual(input);
      expect(result.targetGroup === null || result.verdict === 'yes').toBe(true);
      expect(result.missing).toEqual(result.evaluation.missing);
    },
  );
});
