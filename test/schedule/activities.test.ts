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
    expect(r.issues.find((i) => i.code === 'outside-stay')?.message).toContain('«Etter» 2027-02-01');
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
    expect(e.issues[1]?.message).toContain('Slutt 10:00 er ikke etter start 11:00');
  });
});

describe('validateActivityPlan: one problem, one issue', () => {
  test('a malformed time is named once, not again as an end before the start', () => {
    const e = invalid(() =>
      validateActivityPlan({ stay, activities: [{ date: '2027-01-04', start: '10:00', end: '9:00', kind: 'group' }] }),
    );
    expect(e.issues.map((i) => i.path)).toEqual(['activities.0.end']);
  });
});
