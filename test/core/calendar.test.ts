import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addWorkingDays, easterSunday, isoWeek, isWorkingDay, norwegianPublicHolidays } from '../../src/core/calendar.js';
import { dayNumberOf, isoOf, MAX_DAY, MIN_DAY, weekdayOf } from '../../src/core/dates.js';
import { invalid } from '../helpers.js';

/** Easter by Lichtenberg's form of Gauss's formula: independent of the code under test. */
function easterLichtenberg(year: number): string {
  const k = Math.floor(year / 100);
  const m = 15 + Math.floor((3 * k + 3) / 4) - Math.floor((8 * k + 13) / 25);
  const s = 2 - Math.floor((3 * k + 3) / 4);
  const a = year % 19;
  const d = (19 * a + m) % 30;
  const r = Math.floor((d + Math.floor(a / 11)) / 29);
  const og = 21 + d - r;
  const sz = 7 - ((year + Math.floor(year / 4) + s) % 7);
  const oe = 7 - ((og - sz) % 7);
  return isoOf(dayNumberOf(year, 3, 1) + og + oe - 1);
}

/** The statutory list (helligdagsfredloven § 2, 1 and 17 May), built from Easter with Date.UTC arithmetic. */
function statutory(year: number): string[] {
  const easter = Date.parse(`${easterLichtenberg(year)}T00:00:00Z`);
  const plus = (days: number) => new Date(easter + days * 86_400_000).toISOString().slice(0, 10);
  const y = String(year).padStart(4, '0');
  return [
    `${y}-01-01`,
    plus(-3),
    plus(-2),
    plus(0),
    plus(1),
    plus(39),
    plus(49),
    plus(50),
    `${y}-05-01`,
    `${y}-05-17`,
    `${y}-12-25`,
    `${y}-12-26`,
  ].sort();
}

const workingDayNumber = fc
  .integer({ min: dayNumberOf(1600, 1, 1), max: dayNumberOf(9900, 1, 1) })
  .filter((day) => isWorkingDay(isoOf(day)));

describe('Easter and the Norwegian public holidays', () => {
  test('known Easter Sundays', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2000)).toBe('2000-04-23');
    expect(easterSunday(1818)).toBe('1818-03-22'); // earliest possible
    expect(easterSunday(2038)).toBe('2038-04-25'); // latest possible
    expect(easterSunday(1583)).toBe('1583-04-10');
  });

  test('every year 1900–2200 agrees with the statutory list', () => {
    for (let year = 1900; year <= 2200; year += 1) {
      const ours = norwegianPublicHolidays(year).map((h) => h.date);
      expect(ours, String(year)).toEqual(statutory(year));
    }
  });

  test('2027: 17 May is also Whit Monday, and both are listed', () => {
    const holidays = norwegianPublicHolidays(2027);
    expect(holidays).toHaveLength(12);
    expect(holidays.filter((h) => h.date === '2027-05-17').map((h) => h.name.nb)).toEqual(['grunnlovsdagen', '2. pinsedag']);
    expect(holidays.map((h) => h.date)).toContain('2027-05-06'); // Ascension
  });

  test('Christmas Eve and New Year’s Eve are working days when they fall on a weekday', () => {
    expect(isWorkingDay('2027-12-24')).toBe(true);
    expect(isWorkingDay('2027-12-31')).toBe(true);
    expect(isWorkingDay('2027-12-27')).toBe(true);
    expect(isWorkingDay('2026-12-25')).toBe(false);
    expect(isWorkingDay('2027-03-25')).toBe(false); // Maundy Thursday
    expect(isWorkingDay('2027-03-29')).toBe(false); // Easter Monday
    expect(isWorkingDay('2027-03-30')).toBe(true);
    expect(isWorkingDay('2027-03-27')).toBe(false); // Saturday
  });

  test.prop([fc.integer({ min: 1583, max: 9999 })])('each year has 12 named holidays on their weekdays', (year) => {
    const holidays = norwegianPublicHolidays(year);
    expect(holidays).toHaveLength(12);
    const weekday = (name: string) => {
      const h = holidays.find((x) => x.name.en === name);
      expect(h).toBeDefined();
      return weekdayOf(dayNumberOf(Number(h?.date.slice(0, 4)), Number(h?.date.slice(5, 7)), Number(h?.date.slice(8, 10))));
    };
    expect(weekday('Maundy Thursday')).toBe(4);
    expect(weekday('Good Friday')).toBe(5);
    expect(weekday('Easter Sunday')).toBe(7);
    expect(weekday('Easter Monday')).toBe(1);
    expect(weekday('Ascension Day')).toBe(4);
    expect(weekday('Whit Sunday')).toBe(7);
    expect(weekday('Whit Monday')).toBe(1);
    for (const h of holidays) expect(h.name.nb.length * h.name.en.length).toBeGreaterThan(0);
    expect([...holidays.map((h) => h.date)]).toEqual([...holidays.map((h) => h.date)].sort());
  });

  test('a year outside 1583–9999 or not a whole number is InvalidInputError', () => {
    for (const year of [1582, 10000, 2027.5, Number.NaN]) {
      expect(invalid(() => easterSunday(year)).issues[0]?.message).toContain('forventet et helt tall fra 1583 til 9999');
    }
    // The year is the whole input, so its issue has the empty path.
    expect(invalid(() => norwegianPublicHolidays('2027' as unknown as number, { locale: 'en' })).issues).toEqual([
      { path: '', message: '"2027" is not a supported year; expected a whole number from 1583 to 9999.' },
    ]);
  });

  test('a date that is the whole input is named with the empty path', () => {
    for (const call of [() => isWorkingDay('2027-02-30'), () => isoWeek('2027-02-30')]) {
      expect(invalid(call).issues).toEqual([
        {
          path: '',
          message: '"2027-02-30" er ikke en gyldig dato; forventet en kalenderdato på formen ÅÅÅÅ-MM-DD, for eksempel 2027-03-01.',
        },
      ]);
    }
  });
});

describe('addWorkingDays (decision 22)', () => {
  test('skips weekends and Easter', () => {
    expect(addWorkingDays('2027-03-24', 1)).toBe('2027-03-30');
    expect(addWorkingDays('2027-03-30', -1)).toBe('2027-03-24');
    expect(addWorkingDays('2027-03-26', 0)).toBe('2027-03-30'); // Good Friday → next working day
    expect(addWorkingDays('2027-03-24', 0)).toBe('2027-03-24');
    expect(addWorkingDays('2027-05-14', 1)).toBe('2027-05-18'); // over 17 May / Whit Monday
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(addWorkingDays('2027-01-04', -1)).toBe('2026-12-31');
  });

  test('long jumps agree with stepping one day at a time', () => {
    let day = '2020-06-15';
    for (let i = 0; i < 800; i += 1) day = addWorkingDays(day, 1);
    expect(addWorkingDays('2020-06-15', 800)).toBe(day);
    expect(addWorkingDays(day, -800)).toBe('2020-06-15');
  });

  test.prop([workingDayNumber, fc.integer({ min: -3000, max: 3000 })])(
    'addWorkingDays(addWorkingDays(d, n), -n) = d for working days',
    (day, n) => {
      const d = isoOf(day);
      expect(addWorkingDays(addWorkingDays(d, n), -n)).toBe(d);
    },
  );

  test.prop([workingDayNumber, fc.integer({ min: 1, max: 40 })])('the result is a working day, n working days away', (day, n) => {
    const result = addWorkingDays(isoOf(day), n);
    expect(isWorkingDay(result)).toBe(true);
    let count = 0;
    for (let d = day + 1; isoOf(d) <= result; d += 1) if (isWorkingDay(isoOf(d))) count += 1;
    expect(count).toBe(n);
  });

  test('every seven days in a row hold at least two working days (1900–2200): no week of a stay is empty', () => {
    const working = (d: number) => (isWorkingDay(isoOf(d)) ? 1 : 0);
    const first = dayNumberOf(1900, 1, 1);
    let count = 0;
    for (let d = first; d < first + 7; d += 1) count += working(d);
    let least = count;
    for (let d = first + 7; d <= dayNumberOf(2200, 12, 31); d += 1) {
      count += working(d) - working(d - 7);
      least = Math.min(least, count);
    }
    // Two, not three: Maundy Thursday, Good Friday and Easter Monday fall in one seven-day window.
    expect(least).toBe(2);
  });

  test('jumps across whole years land where counting day by day lands (every year 1900–2200, both ways)', () => {
    // Counted here by stepping through each year with isWorkingDay; addWorkingDays skips whole years by its own count.
    // n = count + 2 lands on the second working day after the year, and n = count on the year's last working day, so a
    // count that is one too high or one too low shows.
    const workingDaysOf = (year: number) => {
      const days: string[] = [];
      for (let d = dayNumberOf(year, 1, 1); d <= dayNumberOf(year, 12, 31); d += 1) if (isWorkingDay(isoOf(d))) days.push(isoOf(d));
      return days;
    };
    let next = workingDaysOf(1900);
    for (let year = 1900; year < 2200; year += 1) {
      const days = next;
      next = workingDaysOf(year + 1);
      const before = `${year - 1}-12-31`;
      expect(addWorkingDays(before, days.length), `${year}`).toBe(days.at(-1));
      expect(addWorkingDays(before, days.length + 2), `${year}`).toBe(next[1]);
      expect(addWorkingDays(`${year + 1}-01-01`, -days.length), `${year}`).toBe(days[0]);
    }
  });

  test('the last day of the range is reachable, and a step past either end is not', () => {
    expect(addWorkingDays('9999-12-30', 1)).toBe('9999-12-31'); // a Friday
    expect(addWorkingDays('9999-12-31', 0)).toBe('9999-12-31');
    expect(invalid(() => addWorkingDays('9999-12-31', 1)).issues.map((i) => i.path)).toEqual(['n']);
    expect(addWorkingDays('1583-01-04', -1)).toBe('1583-01-03'); // 1 January 1583 is a holiday and a Saturday
    expect(invalid(() => addWorkingDays('1583-01-03', -1)).issues.map((i) => i.path)).toEqual(['n']);
    expect(addWorkingDays('1583-01-01', 0)).toBe('1583-01-03');
  });

  test('a bad date and a bad n are named each, alone or together', () => {
    expect(invalid(() => addWorkingDays('2027-02-30', 1)).issues.map((i) => i.path)).toEqual(['date']);
    expect(invalid(() => addWorkingDays('2027-03-01', Number.NaN)).issues.map((i) => i.path)).toEqual(['n']);
    expect(invalid(() => addWorkingDays('2027-03-01', '1' as never, { locale: 'en' })).issues).toEqual([
      { path: 'n', message: '"1" is not a whole number.' },
    ]);
    expect(invalid(() => addWorkingDays('2027-03-01', 2 ** 53)).issues[0]?.message).toBe('9007199254740992 er ikke et helt tall.');
  });

  test('leaving the supported range, a non-integer n or a bad date is InvalidInputError', () => {
    expect(invalid(() => addWorkingDays('9999-12-30', 5)).issues[0]?.path).toBe('n');
    expect(invalid(() => addWorkingDays('1583-01-03', -5)).issues[0]?.path).toBe('n');
    expect(invalid(() => addWorkingDays('2027-01-01', 3_000_000)).issues[0]?.path).toBe('n');
    expect(isoOf(MAX_DAY) > addWorkingDays('2027-01-01', 2_000_000)).toBe(true);
    expect(isoOf(MIN_DAY) < addWorkingDays('2027-01-01', -100_000)).toBe(true);
    const both = invalid(() => addWorkingDays('2027-02-30', 1.5, { locale: 'en' }));
    expect(both.issues.map((i) => i.path)).toEqual(['date', 'n']);
    expect(both.issues[1]?.message).toBe('1.5 is not a whole number.');
  });
});
