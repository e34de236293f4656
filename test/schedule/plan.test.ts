import { describe, expect, test } from 'vitest';
import { isWorkingDayNumber, shiftWorkingDays } from '../../src/core/calendar.js';
import { isoOf, readDate } from '../../src/core/dates.js';
import { planStay, type StayPlan } from '../../src/schedule/plan.js';
import { deepFreeze, invalid } from '../helpers.js';

const on = (plan: StayPlan, id: string) => plan.milestones.filter((m) => m.id === id).map((m) => m.date);
const phase = (plan: StayPlan, id: string) => plan.phases.find((p) => p.id === id);
const codes = (plan: StayPlan) => plan.warnings.map((w) => w.code);

describe('planStay: an ordinary 4-week stay', () => {
  const plan = planStay({ start: '2027-01-04', employment: 'employed' });
  test('the stay covers S … S+27 (decision 3)', () => {
    expect(plan).toMatchObject({ start: '2027-01-04', end: '2027-01-31', weeks: 4, employment: 'employed', warnings: [], notes: [] });
  });
  test('day one holds its four meetings on S (decision 4)', () => {
    expect(plan.milestones.slice(0, 4).map((m) => [m.id, m.date])).toEqual([
      ['welcome-meeting', '2027-01-04'],
      ['goal-setting-class', '2027-01-04'],
      ['intake-meeting', '2027-01-04'],
      ['intake-conversation', '2027-01-04'],
    ]);
    expect(plan.milestones[0]?.sources).toEqual([{ source: 'rnnk-arr-dogn', section: 'I løpet av første dag' }]);
  });
  test('mapping S … S+16; midway on the last working day of week 3', () => {
    expect(phase(plan, 'mapping')).toMatchObject({ from: '2027-01-04', to: '2027-01-20' });
    expect(on(plan, 'midway-conversation')).toEqual(['2027-01-22']);
  });
  test('week 4: trial Mon–Wed, employer meetings the day before and after, evaluation Thu–Fri', () => {
    expect(phase(plan, 'work-trial')).toMatchObject({ from: '2027-01-25', to: '2027-01-27' });
    expect(on(plan, 'employer-meeting-before-trial')).toEqual(['2027-01-22']);
    expect(on(plan, 'employer-meeting-after-trial')).toEqual(['2027-01-28']);
    expect(phase(plan, 'evaluation')).toMatchObject({ from: '2027-01-28', to: '2027-01-29' });
  });
  test('physio every week on its first non-trial working day; final conversation last', () => {
    expect(on(plan, 'physio-follow-up')).toEqual(['2027-01-04', '2027-01-11', '2027-01-18', '2027-01-28']);
    expect(on(plan, 'anchoring-meeting')).toEqual(['2027-01-28']);
    expect(on(plan, 'final-conversation')).toEqual(['2027-01-29']);
    expect(plan.milestones.at(-1)?.id).toBe('final-conversation');
  });
  test('not employed: a workshop and no employer meetings', () => {
    const other = planStay({ start: '2027-01-04', employment: 'not-employed' }, { locale: 'en' });
    expect(phase(other, 'workshop')).toMatchObject({ from: '2027-01-25', to: '2027-01-27', title: 'Work-preparation workshop' });
    expect(phase(other, 'work-trial')).toBeUndefined();
    expect(on(other, 'employer-meeting-before-trial')).toEqual([]);
  });

  test('holidays: every public holiday from start to end, weekends too, over the turn of the year, named in the locale', () => {
    const christmas = planStay({ start: '2027-12-06', employment: 'not-employed' }, { locale: 'en' });
    expect(christmas.end).toBe('2028-01-02');
    expect(christmas.holidays).toEqual([
      { date: '2027-12-25', name: 'Christmas Day' },
      { date: '2027-12-26', name: 'Boxing Day (2nd Christmas Day)' },
      { date: '2028-01-01', name: "New Year's Day" },
    ]);
    expect(planStay({ start: '2027-01-04', employment: 'employed' }).holidays).toEqual([]);
    // The first and the last day count: 17 May 2027 (also Whit Monday) is the last day of a stay from 20 April.
    expect(planStay({ start: '2027-04-20', employment: 'employed' }).holidays.map((h) => h.date)).toEqual([
      '2027-05-01',
      '2027-05-06',
      '2027-05-16',
      '2027-05-17',
      '2027-05-17',
    ]);
  });

  test('the anchoring meeting names the employer only for a participant who has one', () => {
    const title = (employment: 'employed' | 'not-employed', locale: 'nb' | 'en') =>
      planStay({ start: '2027-01-04', employment }, { locale }).milestones.find((m) => m.id === 'anchoring-meeting')?.title;
    expect(title('employed', 'nb')).toBe('Forankringsmøte med arbeidsgiver og kontaktperson i NAV');
    expect(title('employed', 'en')).toBe('Anchoring meeting with the employer and the NAV contact');
    expect(title('not-employed', 'nb')).toBe('Forankringsmøte med kontaktperson i NAV');
    expect(title('not-employed', 'en')).toBe('Anchoring meeting with the NAV contact');
  });
});

describe('planStay: the calendar against the template (decision 11)', () => {
  test('2027: Easter in week 4 leaves two working days; every warning comes back with a code', () => {
    const plan = planStay({ start: '2027-03-04', employment: 'employed' }, { locale: 'en' });
    expect(phase(plan, 'work-trial')).toMatchObject({ from: '2027-03-30', to: '2027-03-31' });
    expect(codes(plan)).toEqual(
      expect.arrayContaining([
        'week4-fewer-than-three-working-days',
        'no-evaluation-days',
        'final-conversation-on-trial-day',
        'anchoring-meeting-on-final-conversation-day',
      ]),
    );
    expect(plan.warnings[0]?.message).toBe(
      'Week 4 of the stay has only 2 working days, so the work trial or workshop gets fewer than the three days the source describes.',
    );
    expect(on(plan, 'final-conversation')).toEqual(['2027-03-31']);
  });

  test('2027: Easter in week 3 moves the midway conversation to the Wednesday before', () => {
    const plan = planStay({ start: '2027-03-08', employment: 'employed' });
    expect(on(plan, 'midway-conversation')).toEqual(['2027-03-24']);
    expect(phase(plan, 'work-trial')).toMatchObject({ from: '2027-03-30', to: '2027-04-01' });
    expect(on(plan, 'employer-meeting-before-trial')).toEqual(['2027-03-24']);
  });

  test('2027: 17 May (Whit Monday) and Ascension in week 4', () => {
    const plan = planStay({ start: '2027-04-12', employment: 'not-employed' });
    // Week 4 is 3–9 May: Thursday 6 May is Ascension Day.
    expect(phase(plan, 'workshop')).toMatchObject({ from: '2027-05-03', to: '2027-05-05' });
    expect(phase(plan, 'evaluation')).toMatchObject({ from: '2027-05-07', to: '2027-05-07' });
    expect(on(plan, 'final-conversation')).toEqual(['2027-05-07']);
    expect(codes(plan)).toEqual(['anchoring-meeting-on-final-conversation-day']);
    const later = planStay({ start: '2027-04-26', employment: 'employed' });
    expect(phase(later, 'work-trial')).toMatchObject({ from: '2027-05-18', to: '2027-05-20' });
    expect(on(later, 'employer-meeting-before-trial')).toEqual(['2027-05-14']);
  });

  test('no working day after the trial inside the stay: the after-meeting stays on the last trial day', () => {
    const plan = planStay({ start: '2027-03-01', employment: 'employed' });
    expect(on(plan, 'employer-meeting-after-trial')).toEqual(['2027-03-24']);
    expect(codes(plan)).toContain('employer-meeting-after-trial-on-trial-day');
    expect(codes(plan)).toContain('no-physio-day-in-week');
  });
});

describe('planStay: extended stays (decision 10)', () => {
  test('8 and 12 weeks: an extension phase, the last-week meetings in week W, and a note', () => {
    for (const weeks of [8, 12] as const) {
      const plan = planStay({ start: '2027-01-04', employment: 'employed', weeks }, { locale: 'en' });
      expect(plan.end).toBe(isoOf((readDate('2027-01-04') as number) + 7 * weeks - 1));
      expect(phase(plan, 'extension')).toMatchObject({ from: '2027-02-01', to: plan.end });
      expect(phase(plan, 'last-week')?.from).toBe(isoOf((readDate('2027-01-04') as number) + 7 * (weeks - 1)));
      expect(on(plan, 'physio-follow-up')).toHaveLength(weeks);
      expect(plan.notes[0]).toContain('no week plan');
      expect(on(plan, 'final-conversation')[0]).toBe(plan.milestones.at(-1)?.date);
      expect((plan.milestones.at(-1)?.date ?? '') > (phase(plan, 'last-week')?.from ?? '9999')).toBe(true);
    }
  });
});

describe('planStay: the whole order, and the edges of the week-4 and range rules', () => {
  test('a 4-week stay lists every milestone by date, same-day ones in the source order', () => {
    const plan = planStay({ start: '2027-01-04', employment: 'employed' }, { locale: 'en' });
    expect(plan.milestones.map((m) => `${m.date} ${m.id}`)).toEqual([
      '2027-01-04 welcome-meeting',
      '2027-01-04 goal-setting-class',
      '2027-01-04 intake-meeting',
      '2027-01-04 intake-conversation',
      '2027-01-04 physio-follow-up',
      '2027-01-11 physio-follow-up',
      '2027-01-18 physio-follow-up',
      '2027-01-22 midway-conversation',
      '2027-01-22 employer-meeting-before-trial',
      '2027-01-28 physio-follow-up',
      '2027-01-28 employer-meeting-after-trial',
      '2027-01-28 anchoring-meeting',
      '2027-01-29 final-conversation',
    ]);
    expect(plan.milestones.filter((m) => m.id === 'physio-follow-up').map((m) => m.title)).toEqual([
      'Physiotherapist follow-up (week 1)',
      'Physiotherapist follow-up (week 2)',
      'Physiotherapist follow-up (week 3)',
      'Physiotherapist follow-up (week 4)',
    ]);
  });

  test('a 12-week stay lists its phases by start, then by end', () => {
    const plan = planStay({ start: '2027-01-04', employment: 'not-employed', weeks: 12 });
    expect(plan.phases.map((p) => `${p.from} ${p.to} ${p.id}`)).toEqual([
      '2027-01-04 2027-01-20 mapping',
      '2027-01-25 2027-01-27 workshop',
      '2027-01-28 2027-01-29 evaluation',
      '2027-02-01 2027-03-28 extension',
      '2027-03-22 2027-03-28 last-week',
    ]);
  });

  test('the meeting after the trial may fall on the last day of the stay itself', () => {
    // 2000-04-05: week 4 runs Wed 26 April – Tue 2 May; 1 May is a holiday, so the trial ends Friday 28 April and the
    // next working day, Tuesday 2 May, is the stay's last day. It is inside the stay: no warning for it.
    const plan = planStay({ start: '2000-04-05', employment: 'employed' });
    expect(plan.end).toBe('2000-05-02');
    expect(on(plan, 'employer-meeting-after-trial')).toEqual(['2000-05-02']);
    expect(codes(plan)).not.toContain('employer-meeting-after-trial-on-trial-day');
  });

  test('a stay may end on the last days of the supported range', () => {
    expect(planStay({ start: '9999-12-03', employment: 'employed' }).end).toBe('9999-12-30');
    expect(invalid(() => planStay({ start: '9999-12-06', employment: 'employed' })).issues.map((i) => i.path)).toEqual(['start']);
  });
});

describe('planStay: bad input', () => {
  test('a start on a holiday names the date and the holiday', () => {
    expect(invalid(() => planStay({ start: '2027-05-17', employment: 'employed' })).issues).toEqual([
      {
        path: 'start',
        message: '2027-05-17 er grunnlovsdagen og 2. pinsedag; oppholdet må starte på en virkedag, fordi det holdes møter første dag.',
      },
    ]);
    expect(invalid(() => planStay({ start: '2027-05-17', employment: 'employed' }, { locale: 'en' })).issues[0]?.message).toBe(
      '2027-05-17 is Constitution Day and Whit Monday; the stay must start on a working day, as day one holds meetings.',
    );
    expect(invalid(() => planStay({ start: '2027-01-09', employment: 'employed' }, { locale: 'en' })).issues[0]?.message).toContain(
      '2027-01-09 is a Saturday',
    );
    expect(invalid(() => planStay({ start: '2027-01-10', employment: 'employed' })).issues[0]?.message).toMatch(
      /^2027-01-10 er en søndag; /,
    );
  });
  test('an impossible date, weeks 5, an unknown status and an extra key are all named', () => {
    const e = invalid(() => planStay({ start: '2027-02-29', employment: 'retired', weeks: 5, week: 4 } as never));
    expect(e.issues.map((i) => i.path).sort()).toEqual(['employment', 'start', 'week', 'weeks']);
  });
  test('a stay past 9999-12-31 is out of range', () => {
    expect(invalid(() => planStay({ start: '9999-12-20', employment: 'employed' })).issues[0]?.path).toBe('start');
  });
});

describe('planStay: properties over every working-day start 2000–2100', () => {
  test('milestones inside the stay on working days, sorted, final conversation last; no exception', () => {
    // Under mutation testing (MUTATION=1) two years stand in for the century, or each mutant would cost seconds.
    const quick = process.env.MUTATION === '1';
    const first = readDate(quick ? '2027-01-01' : '2000-01-01') as number;
    const last = readDate(quick ? '2028-12-31' : '2100-12-31') as number;
    let plans = 0;
    for (let day = first; day <= last; day += 1) {
      if (!isWorkingDayNumber(day)) continue;
      for (const weeks of [4, 8, 12] as const) {
        const plan = planStay({ start: isoOf(day), employment: day % 2 === 0 ? 'employed' : 'not-employed', weeks });
        plans += 1;
        const dates = plan.milestones.map((m) => m.date);
        const ok =
          dates.every((d) => d >= plan.start && d <= plan.end && isWorkingDayNumber(readDate(d) as number)) &&
          dates.every((d, i) => i === 0 || (dates[i - 1] as string) <= d) &&
          plan.milestones.at(-1)?.id === 'final-conversation' &&
          plan.phases.every((p) => p.from <= p.to && p.from >= plan.start && p.to <= plan.end) &&
          plan.milestones.filter((m) => m.id === 'final-conversation').length === 1;
        if (!ok) expect.fail(`bad plan for ${plan.start}, ${weeks} weeks: ${JSON.stringify(plan.milestones)}`);
        const trial = phase(plan, 'work-trial');
        if (trial !== undefined) {
          // The phone meetings: the working day before the trial, and the one after it while the stay lasts, else its
          // last day with a warning (decisions 7 and 11).
          const before = isoOf(shiftWorkingDays(readDate(trial.from) as number, -1) as number);
          const next = isoOf(shiftWorkingDays(readDate(trial.to) as number, 1) as number);
          const after = next <= plan.end ? next : trial.to;
          const warned = codes(plan).includes('employer-meeting-after-trial-on-trial-day');
          if (
            on(plan, 'employer-meeting-before-trial')[0] !== before ||
            on(plan, 'employer-meeting-after-trial')[0] !== after ||
            warned !== next > plan.end
          )
            expect.fail(`phone meetings for ${plan.start}, ${weeks} weeks: ${JSON.stringify(plan.milestones)}`);
        }
      }
    }
    expect(plans).toBeGreaterThan(quick ? 1_400 : 70_000);
    // Over 70 000 plans take about 4 s alone on a 2-core machine, and longer beside other work: a sweep, not a speed test.
  }, 60_000);

  test('the input is not mutated and the plan is plain JSON', () => {
    const input = deepFreeze({ start: '2027-01-04', employment: 'employed' as const, weeks: 8 as const });
    const plan = planStay(input);
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});
