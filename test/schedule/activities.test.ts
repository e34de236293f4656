import { describe, expect, test } from 'vitest';
import { isWorkingDayNumber } from '../../src/core/calendar.js';
import { isoOf, readDate } from '../../src/core/dates.js';
import { type Activity, validateActivityPlan } from '../../src/schedule/activities.js';
import { invalid } from '../helpers.js';

const stay = { start: '2027-01-04', employment: 'employed' as const };
const start = readDate(stay.start) as number;

/** A full 4-week plan: each working day 3 h individual, 3 h group, and a lunch. */
function fullPlan(individual = 180, group = 180): Activity[] {
  const out: Activity[] = [];
  for (let d = start; d < start + 28; d += 1) {
    if (!isWorkingDayNumber(d)) continue;
    const date = isoOf(d);
    const t = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    if (individual > 0) out.push({ date, start: '08:00', end: t(480 + individual), kind: 'individual', professional: 'counsellor' });
    out.push({ date, start: t(480 + individual), end: t(510 + individual), kind: 'meal' });
    if (group > 0) out.push({ date, start: t(510 + individual), end: t(510 + individual + group), kind: 'group' });
  }
  return out;
}

describe('validateActivityPlan', () => {
  test('a full plan is valid', () => {
    expect(validateActivityPlan({ stay, activities: fullPlan() })).toMatchObject({ valid: true, issues: [] });
  });

  test('359 minutes on a working day fails; 360 passes; meals do not count', () => {
    const short = validateActivityPlan({ stay, activities: fullPlan(180, 179) }, { locale: 'en' });
    expect(short.valid).toBe(false);
    expect(short.issues.filter((i) => i.code === 'daily-minimum')).toHaveLength(20);
    expect(short.issues[0]).toMatchObject({ code: 'daily-minimum', date: '2027-01-04', week: 1 });
    expect(short.issues[0]?.message).toContain('359 minutes');
  });

  test('balance bounds 40 % / 60 % are inclusive; 39 % fails', () => {
    expect(validateActivityPlan({ stay, activities: fullPlan(144, 216) }).valid).toBe(true); // exactly 40 %
    expect(validateActivityPlan({ stay, activities: fullPlan(216, 144) }).valid).toBe(true); // exactly 60 %
    const off = validateActivityPlan({ stay, activities: fullPlan(140, 220) });
    expect(off.issues.map((i) => i.code)).toEqual(['weekly-balance', 'weekly-balance', 'weekly-balance', 'weekly-balance']);
    expect(off.issues[0]?.week).toBe(1);
    expect(validateActivityPlan({ stay, activities: fullPlan(140, 220), balanceTolerance: 0.2 }).valid).toBe(true);
    expect(validateActivityPlan({ stay, activities: fullPlan(0, 360), balanceTolerance: 0.5 }).valid).toBe(true);
  });

  test('weekends need nothing; an activity outside the stay and an overlap are issues', () => {
    const activities = [
      ...fullPlan(),
      { date: '2027-02-01', start: '09:00', end: '10:00', kind: 'group' as const, title: 'Etter' },
      { date: '2027-01-05', start: '09:00', end: '09:30', kind: 'break' as const },
    ];
    const r = validateActivityPlan({ stay, activities });
    expect(r.issues.map((i) => i.code).sort()).toEqual(['outside-stay', 'overlap']);
    expect(r.issues.find((i) => i.code === 'outside-stay')?.message).toBe(
      'Aktiviteten «Etter» den 2027-02-01 ligger utenfor oppholdet 2027-01-04 – 2027-01-31.',
    );
  });

  test('bad times, an end before the start, an unknown kind, a tolerance above 0.5 are named', () => {
    const e = invalid(() =>
      validateActivityPlan({
        stay,
        activities: [
          { date: '2027-01-04', start: '9:00', end: '10:00', kind: 'group' },
          { date: '2027-01-04', start: '11:00', end: '10:00', kind: 'group' },
          { date: '2027-01-04', start: '11:00', end: '12:00', kind: 'lecture' as 'group' },
        ],
        balanceTolerance: 0.6,
      }),
    );
    expect(e.issues.map((i) => i.path)).toEqual(['activities.0.start', 'activities.1.end', 'activities.2.kind', 'balanceTolerance']);
    expect(e.issues[1]?.message).toContain('Sluttidspunktet 10:00 er ikke etter starttidspunktet 11:00');
  });
});

describe('validateActivityPlan: one problem, one issue', () => {
  test('a malformed time is named once, not again as an end before the start', () => {
    const e = invalid(() =>
      validateActivityPlan({ stay, activities: [{ date: '2027-01-04', start: '10:00', end: '9:00', kind: 'group' }] }),
    );
    expect(e.issues.map((i) => i.path)).toEqual(['activities.0.end']);
    // A malformed start that reads as late as 99:99 is named once too, at start.
    const late = invalid(() =>
      validateActivityPlan({ stay, activities: [{ date: '2027-01-04', start: '99:99', end: '10:00', kind: 'group' }] }),
    );
    expect(late.issues.map((i) => i.path)).toEqual(['activities.0.start']);
  });

  test('an activity that ends when it starts is an end before the start', () => {
    const e = invalid(() =>
      validateActivityPlan({ stay, activities: [{ date: '2027-01-04', start: '10:00', end: '10:00', kind: 'group' }] }, { locale: 'en' }),
    );
    expect(e.issues).toEqual([
      {
        path: 'activities.0.end',
        message: 'The end 10:00 is not after the start 10:00; an activity must end on the day it starts, after its start.',
      },
    ]);
    // One minute is enough.
    expect(() =>
      validateActivityPlan({ stay, activities: [{ date: '2027-01-04', start: '10:00', end: '10:01', kind: 'group' }] }),
    ).not.toThrow();
  });
});

describe('validateActivityPlan: edges', () => {
  const at = (date: string, from: string, to: string, kind: Activity['kind'], title?: string): Activity => ({
    date,
    start: from,
    end: to,
    kind,
    ...(title === undefined ? {} : { title }),
  });

  test('the weekly balance message gives both shares and the bounds, a decimal comma in bokmål', () => {
    const nb = validateActivityPlan({ stay, activities: fullPlan(140, 220) });
    expect(nb.issues[0]?.message).toBe(
      'I uke 1 av oppholdet er 38,9 % av aktiviteten individuell og 61,1 % i gruppe; begge andelene skal ligge mellom 40 % og 60 %.',
    );
    const en = validateActivityPlan({ stay, activities: fullPlan(220, 140), balanceTolerance: 0.05 }, { locale: 'en' });
    expect(en.issues.map((i) => i.week)).toEqual([1, 2, 3, 4]);
    expect(en.issues[3]?.message).toBe(
      'In week 4 of the stay 61.1 % of the activity is individual and 38.9 % in groups; both shares should lie between 45 % and 55 %.',
    );
  });

  test('just outside the upper bound fails as the lower does; a tolerance of 0 allows exactly half', () => {
    expect(validateActivityPlan({ stay, activities: fullPlan(220, 140) }).issues.map((i) => i.code)).toEqual(
      Array(4).fill('weekly-balance'),
    );
    expect(validateActivityPlan({ stay, activities: fullPlan(180, 180), balanceTolerance: 0 }).valid).toBe(true);
    expect(validateActivityPlan({ stay, activities: fullPlan(181, 180), balanceTolerance: 0 }).valid).toBe(false);
  });

  test('a week with no structured minutes has no balance to judge: only the daily minimum fails', () => {
    const weekOne = fullPlan().filter((a) => a.date < '2027-01-11');
    const r = validateActivityPlan({ stay, activities: weekOne });
    expect(new Set(r.issues.map((i) => i.code))).toEqual(new Set(['daily-minimum']));
    expect(r.issues.map((i) => i.week)).toEqual([2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4]);
  });

  test('meals and breaks count toward neither the day nor the balance', () => {
    const plan = fullPlan(180, 180).map((a) => (a.kind === 'group' && a.date <= '2027-01-05' ? { ...a, kind: 'break' as const } : a));
    const r = validateActivityPlan({ stay, activities: plan });
    expect(r.issues.map((i) => [i.code, i.week])).toEqual([
      ['daily-minimum', 1],
      ['daily-minimum', 1],
      ['weekly-balance', 1],
    ]);
    expect(r.issues[0]?.message).toMatch(/^2027-01-04 har 180 minutter/);
  });

  test('the first and the last day of the stay are inside it; the days around are not', () => {
    const r = validateActivityPlan({
      stay,
      activities: [
        ...fullPlan(),
        at('2027-01-03', '09:00', '10:00', 'group', 'Før'),
        at('2027-01-31', '09:00', '10:00', 'break'),
        at('2027-02-01', '09:00', '10:00', 'group', 'Etter'),
      ],
    });
    expect(r.issues.map((i) => [i.code, i.date])).toEqual([
      ['outside-stay', '2027-01-03'],
      ['outside-stay', '2027-02-01'],
    ]);
    expect(r.issues[0]?.message).toBe('Aktiviteten «Før» den 2027-01-03 ligger utenfor oppholdet 2027-01-04 – 2027-01-31.');
  });

  test('a stay that ends on a working day needs its minimum on the last day too', () => {
    // A Wednesday start: day 28 is a Tuesday.
    const wednesday = { start: '2027-01-06', employment: 'employed' as const };
    const r = validateActivityPlan({ stay: wednesday, activities: [] }, { locale: 'en' });
    expect(r.issues.at(-1)).toMatchObject({ code: 'daily-minimum', date: '2027-02-02', week: 4 });
  });

  test('a stay must end within the supported range', () => {
    // 9999-12-31 is a Friday: the last start that fits is Friday 9999-12-03 (ending 12-30); Monday 12-06 would end in 10000.
    expect(validateActivityPlan({ stay: { start: '9999-12-03', employment: 'employed' }, activities: [] }).issues).toHaveLength(20);
    expect(invalid(() => validateActivityPlan({ stay: { start: '9999-12-06', employment: 'employed' }, activities: [] })).issues).toEqual([
      { path: 'stay.start', message: 'Resultatet ville falle utenfor det støttede området 1583-01-01 … 9999-12-31.' },
    ]);
  });

  test('activities in any order: overlaps are found in time order and name the one they overlap', () => {
    const day = '2027-01-05';
    const r = validateActivityPlan(
      {
        stay,
        activities: [
          at(day, '10:30', '11:00', 'group', 'C'),
          at(day, '09:30', '10:00', 'group', 'B'),
          at(day, '09:00', '12:00', 'individual', 'A'),
          at(day, '13:00', '14:00', 'group', 'E'),
          at(day, '12:00', '13:00', 'meal', 'D'),
        ],
      },
      { locale: 'en' },
    );
    expect(r.issues.filter((i) => i.code === 'overlap').map((i) => i.message)).toEqual([
      '2027-01-05: "B 09:30–10:00" overlaps "A 09:00–12:00".',
      '2027-01-05: "C 10:30–11:00" overlaps "A 09:00–12:00".',
    ]);
  });

  test('an activity without a title is named by its kind in the caller’s language, never by its code', () => {
    const untitled: Activity[] = [
      { date: '2027-01-05', start: '09:00', end: '12:00', kind: 'group' },
      { date: '2027-01-05', start: '11:00', end: '11:30', kind: 'meal' },
      { date: '2027-02-01', start: '09:00', end: '10:00', kind: 'individual' },
    ];
    const nb = validateActivityPlan({ stay, activities: untitled });
    expect(nb.issues.filter((i) => i.code !== 'daily-minimum' && i.code !== 'weekly-balance').map((i) => i.message)).toEqual([
      'Aktiviteten «individuell aktivitet» den 2027-02-01 ligger utenfor oppholdet 2027-01-04 – 2027-01-31.',
      '2027-01-05: «måltid 11:00–11:30» overlapper «gruppeaktivitet 09:00–12:00».',
    ]);
    const en = validateActivityPlan({ stay, activities: untitled }, { locale: 'en' });
    expect(en.issues.find((i) => i.code === 'overlap')?.message).toBe(
      '2027-01-05: "meal 11:00–11:30" overlaps "group activity 09:00–12:00".',
    );
    expect(en.issues.find((i) => i.code === 'daily-minimum' && i.date === '2027-01-05')?.message).toBe(
      '2027-01-05 has 180 minutes of structured activity; every working day needs at least 360 minutes (6 hours), meals and breaks excluded.',
    );
    const one = validateActivityPlan({ stay, activities: [{ date: '2027-01-04', start: '09:00', end: '09:01', kind: 'group' }] });
    expect(one.issues.find((i) => i.date === '2027-01-04')?.message).toBe(
      '2027-01-04 har 1 minutt strukturert aktivitet; hver virkedag skal ha minst 360 minutter (6 timer), måltider og pauser ikke medregnet.',
    );
  });

  test('two activities that start together: the shorter comes first, the longer overlaps it', () => {
    const day = '2027-01-05';
    const r = validateActivityPlan({
      stay,
      activities: [at(day, '09:00', '11:00', 'group', 'Long'), at(day, '09:00', '10:00', 'group', 'Short')],
    });
    expect(r.issues.filter((i) => i.code === 'overlap').map((i) => i.message)).toEqual([
      '2027-01-05: «Long 09:00–11:00» overlapper «Short 09:00–10:00».',
    ]);
  });

  test('of two activities that end together, the earlier is the one a later overlap names', () => {
    const day = '2027-01-05';
    const r = validateActivityPlan({
      stay,
      activities: [
        at(day, '09:00', '12:00', 'group', 'A'),
        at(day, '10:00', '12:00', 'group', 'B'),
        at(day, '11:00', '11:30', 'group', 'C'),
      ],
    });
    expect(r.issues.filter((i) => i.code === 'overlap').map((i) => i.message)).toEqual([
      '2027-01-05: «B 10:00–12:00» overlapper «A 09:00–12:00».',
      '2027-01-05: «C 11:00–11:30» overlapper «A 09:00–12:00».',
    ]);
  });
});
