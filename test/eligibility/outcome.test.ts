import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isoOf, readDate } from '../../src/core/dates.js';
import { assessOutcome, type OutcomeInput, outcomeCheckpoint } from '../../src/eligibility/outcome.js';
import { expectCatalogued, invalid } from '../helpers.js';

const employed = (start: number, now: number, asOf = '2027-04-09'): OutcomeInput => ({
  targetGroup: 'employed',
  returnHome: '2027-03-26',
  asOf,
  sickLeaveGradeAtStart: start,
  sickLeaveGradeAtCheckpoint: now,
});
const notEmployed = (facts: Partial<OutcomeInput>, asOf = '2027-05-21'): OutcomeInput => ({
  targetGroup: 'not-employed',
  returnHome: '2027-03-26',
  asOf,
  ...facts,
});

const base1 = { targetGroup: 'employed', returnHome: '2027-01-01', asOf: '2027-02-01' } as const;

describe('outcome checkpoints (decision 15)', () => {
  test('group 1 at R+14, group 2 at R+56', () => {
    expect(outcomeCheckpoint('employed', '2027-03-26')).toBe('2027-04-09');
    expect(outcomeCheckpoint('not-employed', '2027-03-26')).toBe('2027-05-21');
    expect(outcomeCheckpoint('not-employed', '2028-01-05')).toBe('2028-03-01'); // over 29 February
    expect(invalid(() => outcomeCheckpoint('employed', '9999-12-30')).issues[0]?.path).toBe('returnHome');
    expect(invalid(() => outcomeCheckpoint('retired' as 'employed', '2027-01-01')).issues[0]?.path).toBe('targetGroup');
  });

  test('the day before the checkpoint is undetermined; the checkpoint itself decides', () => {
    const before = assessOutcome(employed(80, 40, '2027-04-08'));
    expect(before.verdict).toBe('undetermined');
    expect(before.evaluation.missing).toEqual(['asOf']);
    expect(before.checkpoint).toBe('2027-04-09');
    expect(assessOutcome(employed(80, 40, '2027-04-09')).verdict).toBe('yes');
    expect(assessOutcome(notEmployed({ inWork: true }, '2027-05-20')).verdict).toBe('undetermined');
    expect(assessOutcome(notEmployed({ inWork: true }, '2027-05-21')).verdict).toBe('yes');
  });
});

describe('group 1: reduced by at least half (decision 16)', () => {
  test('80 → 40 yes, 80 → 41 no, 100 → 50 yes, 50 → 25 yes, 50 → 26 no', () => {
    expect(assessOutcome(employed(80, 40)).verdict).toBe('yes');
    expect(assessOutcome(employed(80, 41)).verdict).toBe('no');
    expect(assessOutcome(employed(100, 50)).verdict).toBe('yes');
    expect(assessOutcome(employed(50, 0)).verdict).toBe('yes');
    expect(assessOutcome(employed(50, 25 as number)).verdict).toBe('yes');
    const e = invalid(() => assessOutcome(employed(50, 25.5)));
    expect(e.issues[0]?.path).toBe('sickLeaveGradeAtCheckpoint');
  });

  test('a start grade of 0 is undetermined: group 1 presupposes sick leave (decision 26)', () => {
    const r = assessOutcome(employed(0, 0), { locale: 'en' });
    expect(r.verdict).toBe('undetermined');
    expect(r.evaluation.children[1]?.reason).toContain('presupposes sick leave');
  });

  test('a missing grade is undetermined and named', () => {
    const r = assessOutcome({ targetGroup: 'employed', returnHome: '2027-03-26', asOf: '2027-05-01', sickLeaveGradeAtStart: 80 });
    expect(r.verdict).toBe('undetermined');
    expect(r.evaluation.missing).toEqual(['sickLeaveGradeAtCheckpoint']);
  });
});

describe('group 2 at eight weeks', () => {
  test('fit and registered, or in work, or in activity', () => {
    expect(assessOutcome(notEmployed({ declaredFit: true, registeredJobSeeker: true })).verdict).toBe('yes');
    expect(
      assessOutcome(notEmployed({ declaredFit: true, registeredJobSeeker: false, inWork: false, inWorkOrientedActivity: false })).verdict,
    ).toBe('no');
    expect(assessOutcome(notEmployed({ inWorkOrientedActivity: true })).verdict).toBe('yes');
    expect(assessOutcome(notEmployed({ declaredFit: false, inWork: false, inWorkOrientedActivity: false })).verdict).toBe('no');
    const open = assessOutcome(notEmployed({ declaredFit: true, inWork: false }));
    expect(open.verdict).toBe('undetermined');
    expect(open.evaluation.missing).toEqual(['registeredJobSeeker', 'inWorkOrientedActivity']);
  });
});

describe('bad input', () => {
  test('every problem by path', () => {
    const e = invalid(() =>
      assessOutcome({ targetGroup: 'x', returnHome: '2027-02-30', asOf: 5, inwork: true } as unknown as OutcomeInput),
    );
    expect(e.issues.map((i) => i.path).sort()).toEqual(['asOf', 'inwork', 'returnHome', 'targetGroup']);
  });
});

const dayArb = fc.integer({ min: readDate('2000-01-01') as number, max: readDate('2100-01-01') as number });

describe('properties', () => {
  test.prop([dayArb, fc.integer({ min: -100, max: 100 }), fc.constantFrom('employed', 'not-employed' as const), fc.boolean()])(
    'before the checkpoint it is always undetermined; the tree is catalogued',
    (home, offset, group, flag) => {
      const returnHome = isoOf(home);
      const asOf = isoOf(home + offset);
      const r = assessOutcome({
        targetGroup: group,
        returnHome,
        asOf,
        sickLeaveGradeAtStart: 60,
        sickLeaveGradeAtCheckpoint: flag ? 20 : 60,
        inWork: flag,
        declaredFit: flag,
        registeredJobSeeker: flag,
        inWorkOrientedActivity: flag,
      });
      if (asOf < r.checkpoint) expect(r.verdict).toBe('undetermined');
      else expect(r.verdict).toBe(flag ? 'yes' : 'no');
      expectCatalogued(r.evaluation);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    },
  );
});

describe('outcome edges found by mutation testing', () => {
  test('a checkpoint may fall on the last day of the supported range, not after it', () => {
    expect(outcomeCheckpoint('not-employed', '9999-11-05')).toBe('9999-12-31');
    expect(outcomeCheckpoint('employed', '9999-12-17')).toBe('9999-12-31');
    expect(invalid(() => outcomeCheckpoint('employed', '9999-12-18')).issues.map((i) => i.path)).toEqual(['returnHome']);
  });

  test('an unknown target group is named in the caller’s language', () => {
    expect(invalid(() => outcomeCheckpoint('retired' as never, '2027-01-01')).issues[0]?.message).toBe(
      'Fikk "retired"; forventet "employed" eller "not-employed".',
    );
    expect(invalid(() => outcomeCheckpoint('retired' as never, '2027-01-01', { locale: 'en' })).issues[0]?.message).toBe(
      'Got "retired"; expected "employed" or "not-employed".',
    );
  });

  test('group 1: the reason says whether the grade fell, stayed or rose, and names the highest grade that is still a halving', () => {
    const base = { targetGroup: 'employed', returnHome: '2027-01-01', asOf: '2027-02-01' } as const;
    const reason = (start: number, now: number, locale: 'nb' | 'en' = 'nb') =>
      assessOutcome({ ...base, sickLeaveGradeAtStart: start, sickLeaveGradeAtCheckpoint: now }, { locale }).evaluation.children.at(-1)
        ?.reason;
    expect(reason(80, 40)).toBe('Sykmeldingsgraden er redusert fra 80 % til 40 %, altså minst halvert.');
    expect(reason(80, 41)).toBe('Sykmeldingsgraden er redusert fra 80 % til 41 %; det er ikke en halvering (høyst 40 % kreves).');
    expect(reason(50, 50)).toBe('Sykmeldingsgraden er uendret på 50 %; det er ikke en halvering (høyst 25 % kreves).');
    expect(reason(40, 60)).toBe('Sykmeldingsgraden har økt fra 40 % til 60 %; det er ikke en halvering (høyst 20 % kreves).');
    expect(reason(75, 38, 'en')).toBe('The sick-leave grade fell from 75 % to 38 %; that is not a halving (at most 37 % is needed).');
    expect(reason(50, 50, 'en')).toBe('The sick-leave grade stayed at 50 %; that is not a halving (at most 25 % is needed).');
    expect(reason(40, 60, 'en')).toBe('The sick-leave grade rose from 40 % to 60 %; that is not a halving (at most 20 % is needed).');
    expect(reason(40, 20, 'en')).toBe('The sick-leave grade fell from 40 % to 20 %, so at least halved.');
  });

  test.prop([fc.constantFrom(20, 40, 50, 60, 80, 100, 21, 33, 99), fc.constantFrom(0, 20, 25, 40, 50, 60, 80, 100)])(
    'a reduction is called one only when the grade fell; a halving only when it is one',
    (start, now) => {
      for (const locale of ['nb', 'en'] as const) {
        const text = assessOutcome(
          { ...base1, sickLeaveGradeAtStart: start, sickLeaveGradeAtCheckpoint: now },
          { locale },
        ).evaluation.children.at(-1)?.reason as string;
        expect(/redusert|fell/.test(text)).toBe(now < start);
        expect(/økt|rose/.test(text)).toBe(now > start);
        expect(/uendret|stayed/.test(text)).toBe(now === start);
        expect(/minst halvert|at least halved/.test(text)).toBe(now * 2 <= start);
      }
    },
  );

  test('what is missing: the day of the check first, then each grade not given', () => {
    const early = { targetGroup: 'employed', returnHome: '2027-01-01', asOf: '2027-01-02' } as const;
    expect(assessOutcome(early).evaluation.missing).toEqual(['asOf', 'sickLeaveGradeAtStart', 'sickLeaveGradeAtCheckpoint']);
    expect(assessOutcome({ ...early, sickLeaveGradeAtStart: 80 }).evaluation.missing).toEqual(['asOf', 'sickLeaveGradeAtCheckpoint']);
    expect(assessOutcome({ ...early, sickLeaveGradeAtCheckpoint: 20 }).evaluation.missing).toEqual(['asOf', 'sickLeaveGradeAtStart']);
    const late = { ...early, asOf: '2027-02-01' };
    expect(assessOutcome({ ...late, sickLeaveGradeAtStart: 80 }).evaluation.missing).toEqual(['sickLeaveGradeAtCheckpoint']);
    expect(assessOutcome({ ...late, sickLeaveGradeAtStart: 80, sickLeaveGradeAtCheckpoint: 40 }).evaluation.missing).toEqual([]);
  });

  test('group 2: what is missing, in the order the rule asks', () => {
    const early = { targetGroup: 'not-employed', returnHome: '2027-01-01', asOf: '2027-01-02' } as const;
    expect(assessOutcome(early).evaluation.missing).toEqual([
      'asOf',
      'declaredFit',
      'registeredJobSeeker',
      'inWork',
      'inWorkOrientedActivity',
    ]);
    expect(assessOutcome({ ...early, asOf: '2027-03-01', registeredJobSeeker: true }).evaluation.missing).toEqual([
      'declaredFit',
      'inWork',
      'inWorkOrientedActivity',
    ]);
  });

  test('a bad group and a bad date are both named', () => {
    expect(invalid(() => outcomeCheckpoint('retired' as never, '2027-02-30', { locale: 'en' })).issues).toEqual([
      { path: 'targetGroup', message: 'Got "retired"; expected "employed" or "not-employed".' },
      {
        path: 'returnHome',
        message: '"2027-02-30" is not a valid date; expected a calendar date written YYYY-MM-DD, for example 2027-03-01.',
      },
    ]);
  });
});
