import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addWorkingDays, isoWeek } from '../../src/core/calendar.js';
import {
  civilOf,
  dayNumberOf,
  isIsoDate,
  isoOf,
  isoWeekMonday,
  isoWeekOf,
  isoWeeksInYear,
  MAX_DAY,
  MIN_DAY,
  readDate,
  weekdayOf,
} from '../../src/core/dates.js';
import { invalid } from '../helpers.js';

const MS_PER_DAY = 86_400_000;
const anyDay = fc.integer({ min: MIN_DAY, max: MAX_DAY });

describe('calendar dates', () => {
  test('accepts real dates and leap days, rejects impossible ones', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2027-04-31')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('2027-00-10')).toBe(false);
    expect(isIsoDate('2027-1-5')).toBe(false);
    expect(isIsoDate('2027-01-05T00:00:00Z')).toBe(false);
    expect(isIsoDate(' 2027-01-05')).toBe(false);
    expect(isIsoDate(20270105)).toBe(false);
  });

  test('the supported range is 1583-01-01 … 9999-12-31', () => {
    expect(isIsoDate('1583-01-01')).toBe(true);
    expect(readDate('1582-12-31')).toBe('range');
    expect(isIsoDate('9999-12-31')).toBe(true);
    expect(readDate('10000-01-01')).toBe('format');
    expect(readDate('0001-01-01')).toBe('range');
  });

  test.prop([anyDay])('day numbers agree with Date.UTC and round-trip through text', (day) => {
    const { year, month, day: dom } = civilOf(day);
    expect(Date.UTC(year, month - 1, dom) / MS_PER_DAY).toBe(day);
    expect(dayNumberOf(year, month, dom)).toBe(day);
    expect(readDate(isoOf(day))).toBe(day);
  });

  test.prop([anyDay])('weekday agrees with Date.getUTCDay', (day) => {
    const utc = new Date(day * MS_PER_DAY).getUTCDay();
    expect(weekdayOf(day)).toBe(utc === 0 ? 7 : utc);
  });

  test('ISO weeks across the turn of the year', () => {
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2026-12-31')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2027)).toBe(52);
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoOf(isoWeekMonday(2026, 53))).toBe('2026-12-28');
    expect(isoOf(isoWeekMonday(2027, 1))).toBe('2027-01-04');
  });

  test.prop([fc.integer({ min: MIN_DAY + 10, max: MAX_DAY - 10 })])(
    'an ISO week holds its Monday, and its Thursday is in its year',
    (day) => {
      const { year, week } = isoWeekOf(day);
      const monday = isoWeekMonday(year, week);
      expect(day - monday).toBeGreaterThanOrEqual(0);
      expect(day - monday).toBeLessThan(7);
      expect(weekdayOf(monday)).toBe(1);
      expect(civilOf(monday + 3).year).toBe(year);
      expect(week).toBeLessThanOrEqual(isoWeeksInYear(year));
    },
  );

  test('a non-date is InvalidInputError naming the value, in the caller language', () => {
    expect(invalid(() => isoWeek('2027-02-29')).issues[0]?.message).toContain('"2027-02-29" er ikke en gyldig dato');
    expect(invalid(() => isoWeek('2027-02-29', { locale: 'en' })).issues[0]?.message).toContain('"2027-02-29" is not a valid date');
    expect(invalid(() => isoWeek('1500-06-01', { locale: 'en' })).issues[0]?.message).toContain('outside the supported range');
  });
});

describe('dates and values as messages name them', () => {
  test('30-day months end on the 30th; other impossible dates are named too', () => {
    for (const month of ['04', '06', '09', '11']) {
      expect(isIsoDate(`2027-${month}-30`)).toBe(true);
      expect(isIsoDate(`2027-${month}-31`)).toBe(false);
    }
    for (const month of ['01', '03', '05', '07', '08', '10', '12']) expect(isIsoDate(`2027-${month}-31`)).toBe(true);
    // readDate says what is wrong: the form, as opposed to the range.
    for (const bad of [20270301, '27-03-01', '2027-00-10', '2027-13-01', '2027-01-00', '2027-01-32', '2027-02-29']) {
      expect(readDate(bad)).toBe('format');
    }
  });

  test.each([
    [undefined, 'ingen verdi er ikke en gyldig dato', 'no value is not a valid date'],
    [null, 'null er ikke en gyldig dato', 'null is not a valid date'],
    [[], 'en liste er ikke en gyldig dato', 'a list is not a valid date'],
    [{}, 'et objekt er ikke en gyldig dato', 'an object is not a valid date'],
    [20270101, '20270101 er ikke en gyldig dato', '20270101 is not a valid date'],
    [true, 'true er ikke en gyldig dato', 'true is not a valid date'],
    [10n, 'heltallet 10n (BigInt) er ikke en gyldig dato', 'the integer 10n (a BigInt) is not a valid date'],
    [Symbol('x'), 'et symbol er ikke en gyldig dato', 'a symbol is not a valid date'],
    [() => 1, 'en funksjon er ikke en gyldig dato', 'a function is not a valid date'],
    ['x'.repeat(40), `"${'x'.repeat(40)}" er ikke en gyldig dato`, `"${'x'.repeat(40)}" is not a valid date`],
    ['x'.repeat(41), `"${'x'.repeat(40)}…" er ikke en gyldig dato`, `"${'x'.repeat(40)}…" is not a valid date`],
  ])('%o is shown as the start of the message', (value, nb, en) => {
    expect(invalid(() => isoWeek(value as never)).issues[0]?.message.startsWith(`${nb};`)).toBe(true);
    expect(invalid(() => isoWeek(value as never, { locale: 'en' })).issues[0]?.message.startsWith(`${en};`)).toBe(true);
  });

  test('a date outside 1583 … 9999 and a step out of the range are named in both languages', () => {
    expect(invalid(() => isoWeek('1582-12-31', { locale: 'en' })).issues[0]?.message).toBe(
      '"1582-12-31" is outside the supported range 1583-01-01 … 9999-12-31 (the Gregorian calendar).',
    );
    expect(invalid(() => isoWeek('1582-12-31')).issues[0]?.message).toBe(
      '"1582-12-31" er utenfor det støttede området 1583-01-01 … 9999-12-31 (den gregorianske kalenderen).',
    );
    expect(invalid(() => addWorkingDays('9999-12-31', 1)).issues[0]?.message).toBe(
      'Resultatet ville falle utenfor det støttede området 1583-01-01 … 9999-12-31.',
    );
    expect(invalid(() => addWorkingDays('9999-12-31', 1, { locale: 'en' })).issues[0]?.message).toBe(
      'The result would fall outside the supported range 1583-01-01 … 9999-12-31.',
    );
  });
});

describe('a value that cannot even be looked at', () => {
  test('a revoked Proxy is named as such, not a TypeError', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(invalid(() => isoWeek(proxy as never)).issues[0]?.message).toMatch(/^en verdi som ikke kan leses er ikke en gyldig dato;/);
    expect(invalid(() => isoWeek(proxy as never, { locale: 'en' })).issues[0]?.message).toMatch(
      /^a value that cannot be read is not a valid date;/,
    );
  });
});

describe('isoWeek at the ends of the range', () => {
  test('gives only weeks a booking can name (years 1584 … 9998), and says why for the rest', () => {
    expect(isoWeek('1584-01-02')).toEqual({ year: 1584, week: 1 });
    expect(isoWeek('9999-01-03')).toEqual({ year: 9998, week: 53 });
    expect(invalid(() => isoWeek('1583-06-01')).issues).toEqual([
      { path: '', message: '1583-06-01 ligger i uke 22 i 1583; ISO-uker støttes for årene 1584 til 9998.' },
    ]);
    expect(invalid(() => isoWeek('9999-12-31', { locale: 'en' })).issues).toEqual([
      { path: '', message: '9999-12-31 lies in week 52 of 9999; ISO weeks are supported in the years 1584 to 9998.' },
    ]);
  });
});
