/**
 * The Norwegian calendar of working days (domain decision 2): Monday–Friday
 * that is not a public holiday under helligdagsfredloven § 2 and the 1947 act
 * on 1 and 17 May. Christmas Eve and New Year's Eve are ordinary days.
 */
import {
  civilOf,
  dateProblemMessage,
  dayNumberOf,
  describeValue,
  type IsoDate,
  type IsoWeek,
  isLeapYear,
  isoOf,
  isoWeekOf,
  MAX_DAY,
  MAX_YEAR,
  MIN_DAY,
  MIN_YEAR,
  outOfRange,
  readDate,
  requireDate,
  weekdayOf,
} from './dates.js';
import { type InputIssue, InvalidInputError } from './errors.js';
import type { Locale, Options, Text } from './locale.js';
import { localeOf } from './options.js';

/** A Norwegian public holiday (helligdag or høytidsdag) with its name in both languages. */
export interface PublicHoliday {
  /** The date of the holiday. */
  readonly date: IsoDate;
  /** Its name: `nb` as written in Norwegian calendars, `en` in English. */
  readonly name: Text;
}

/** Offsets from Easter Sunday of the movable holidays, in calendar order. */
const MOVABLE: readonly { offset: number; name: Text }[] = [
  { offset: -3, name: { nb: 'skjærtorsdag', en: 'Maundy Thursday' } },
  { offset: -2, name: { nb: 'langfredag', en: 'Good Friday' } },
  { offset: 0, name: { nb: '1. påskedag', en: 'Easter Sunday' } },
  { offset: 1, name: { nb: '2. påskedag', en: 'Easter Monday' } },
  { offset: 39, name: { nb: 'Kristi himmelfartsdag', en: 'Ascension Day' } },
  { offset: 49, name: { nb: '1. pinsedag', en: 'Whit Sunday' } },
  { offset: 50, name: { nb: '2. pinsedag', en: 'Whit Monday' } },
];

const FIXED: readonly { month: number; day: number; name: Text }[] = [
  { month: 1, day: 1, name: { nb: '1. nyttårsdag', en: "New Year's Day" } },
  { month: 5, day: 1, name: { nb: '1. mai', en: 'Labour Day (1 May)' } },
  { month: 5, day: 17, name: { nb: 'grunnlovsdagen', en: 'Constitution Day' } },
  { month: 12, day: 25, name: { nb: '1. juledag', en: 'Christmas Day' } },
  { month: 12, day: 26, name: { nb: '2. juledag', en: 'Boxing Day (2nd Christmas Day)' } },
];

interface YearHolidays {
  /** Sorted by date; coinciding holidays are both listed (decision 23). */
  readonly list: readonly { day: number; name: Text }[];
  readonly names: ReadonlyMap<number, readonly Text[]>;
  readonly workingDays: number;
}

/** Lazily filled memo: the holidays of a year never change, and there are at most 8 417 years. */
const byYear = new Map<number, YearHolidays>();

/** Day number of Easter Sunday (the anonymous Gregorian computus, Meeus/Jones/Butcher). */
export function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumberOf(year, month, day);
}

function holidaysOf(year: number): YearHolidays {
  const cached = byYear.get(year);
  // Stryker disable next-line ConditionalExpression: the memo only saves time; without it the same entry is rebuilt (equivalent mutant).
  if (cached !== undefined) return cached;
  const easter = easterDay(year);
  const list = [
    ...FIXED.map((h) => ({ day: dayNumberOf(year, h.month, h.day), name: h.name })),
    ...MOVABLE.map((h) => ({ day: easter + h.offset, name: h.name })),
  ].sort((x, y) => x.day - y.day);
  const names = new Map<number, Text[]>();
  for (const h of list) names.set(h.day, [...(names.get(h.day) ?? []), h.name]);
  let weekdayHolidays = 0;
  for (const day of names.keys()) if (weekdayOf(day) <= 5) weekdayHolidays += 1;
  const entry = { list, names, workingDays: weekdaysInYear(year) - weekdayHolidays };
  // Stryker disable next-line all: the memo only saves time (equivalent mutant).
  byYear.set(year, entry);
  return entry;
}

/** Monday–Friday count of a year: 52 whole weeks, plus the one or two days left over. */
function weekdaysInYear(year: number): number {
  const jan1 = weekdayOf(dayNumberOf(year, 1, 1));
  let extra = jan1 <= 5 ? 1 : 0;
  if (isLeapYear(year) && weekdayOf(dayNumberOf(year, 1, 2)) <= 5) extra += 1;
  return 260 + extra;
}

/** True when a day number (in the supported range) is a Norwegian working day. */
export function isWorkingDayNumber(day: number): boolean {
  return weekdayOf(day) <= 5 && !holidaysOf(civilOf(day).year).names.has(day);
}

/** The holiday names of a day number, empty when it is no holiday. */
export function holidayNamesOf(day: number): readonly Text[] {
  return holidaysOf(civilOf(day).year).names.get(day) ?? [];
}

/** The public holidays from day `from` to day `to`, both included, sorted by date; coinciding ones both listed. */
export function holidaysBetween(from: number, to: number): { day: number; name: Text }[] {
  const out: { day: number; name: Text }[] = [];
  for (let year = civilOf(from).year; year <= civilOf(to).year; year += 1)
    for (const h of holidaysOf(year).list) if (h.day >= from && h.day <= to) out.push(h);
  return out;
}

const SATURDAY: Text = { nb: 'lørdag', en: 'Saturday' };
const SUNDAY: Text = { nb: 'søndag', en: 'Sunday' };

/**
 * Why a day number is no working day, as a clause: its holiday names, or
 * that it is a Saturday or Sunday. Only for days that are no working day.
 */
export function nonWorkingReason(day: number, locale: Locale): string {
  const date = isoOf(day);
  const names = holidayNamesOf(day).map((n) => n[locale]);
  if (names.length > 0) return `${date} ${locale === 'nb' ? 'er' : 'is'} ${names.join(locale === 'nb' ? ' og ' : ' and ')}`;
  const weekend = weekdayOf(day) === 6 ? SATURDAY : SUNDAY;
  return `${date} ${locale === 'nb' ? 'er en' : 'is a'} ${weekend[locale]}`;
}

function yearIssue(year: unknown, locale: Locale): InputIssue | null {
  if (typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR) return null;
  const shown = describeValue(year, locale);
  return {
    path: '',
    message:
      locale === 'nb'
        ? `${shown} er ikke et støttet år; forventet et helt tall fra ${MIN_YEAR} til ${MAX_YEAR}.`
        : `${shown} is not a supported year; expected a whole number from ${MIN_YEAR} to ${MAX_YEAR}.`,
  };
}

function requireYear(year: unknown, locale: Locale): number {
  const issue = yearIssue(year, locale);
  if (issue !== null) throw new InvalidInputError([issue], locale);
  return year as number;
}

/**
 * Easter Sunday of a year in the Gregorian calendar (1583 … 9999).
 *
 * @example
 * ```ts
 * import { easterSunday } from 'arr-rules';
 * easterSunday(2027); // '2027-03-28'
 * ```
 */
export function easterSunday(year: number, options?: Options): IsoDate {
  return isoOf(easterDay(requireYear(year, localeOf(options))));
}

/**
 * The 12 Norwegian public holidays of a year, in date order. Coinciding
 * holidays (17 May and Whit Monday in 2027) are both listed.
 *
 * @example
 * ```ts
 * import { norwegianPublicHolidays } from 'arr-rules';
 * norwegianPublicHolidays(2027).filter((h) => h.date === '2027-05-17').map((h) => h.name.en);
 * // ['Constitution Day', 'Whit Monday']
 * ```
 */
export function norwegianPublicHolidays(year: number, options?: Options): PublicHoliday[] {
  const y = requireYear(year, localeOf(options));
  return holidaysOf(y).list.map((h) => ({ date: isoOf(h.day), name: { nb: h.name.nb, en: h.name.en } }));
}

/**
 * True when the date is a Norwegian working day (virkedag): Monday to Friday
 * and not a public holiday.
 *
 * @example
 * ```ts
 * import { isWorkingDay } from 'arr-rules';
 * isWorkingDay('2027-12-24'); // true: Christmas Eve is no public holiday
 * isWorkingDay('2027-05-17'); // false
 * ```
 */
export function isWorkingDay(date: IsoDate, options?: Options): boolean {
  return isWorkingDayNumber(requireDate(date, '', localeOf(options)));
}

/** Working days of a year, for skipping whole years at a time. */
function workingDaysIn(year: number): number {
  return holidaysOf(year).workingDays;
}

/**
 * Moves `n` working days from a day number (decision 22), or returns `null`
 * when the result would leave the supported range.
 */
export function shiftWorkingDays(start: number, n: number): number | null {
  // n = 0 from a day off is the first working day after it, which is one working day on.
  if (n === 0) return isWorkingDayNumber(start) ? start : shiftWorkingDays(start, 1);
  let day = start;
  const step = Math.sign(n); // 1 or -1: n is not 0 here
  let left = Math.abs(n);
  while (left > 0) {
    const { year, month, day: dom } = civilOf(day);
    // Whole years are skipped by their count of working days, so that a jump of millions of days takes a few thousand
    // steps. Which years are skipped is speed only (stopping early, or never starting, leaves the rest to the day
    // steps), so those conditions are exempt from mutation; how a skipped year is counted is tested against counting
    // day by day.
    // Stryker disable next-line all
    if (step > 0 && month === 12 && dom === 31) {
      let y = year + 1;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: speed only, as above.
      while (y <= MAX_YEAR && left > workingDaysIn(y)) left -= workingDaysIn(y++);
      day = dayNumberOf(y, 1, 1) - 1;
      // Stryker disable next-line all
    } else if (step < 0 && month === 1 && dom === 1) {
      let y = year - 1;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: speed only, as above.
      while (y >= MIN_YEAR && left > workingDaysIn(y)) left -= workingDaysIn(y--);
      day = dayNumberOf(y + 1, 1, 1);
    }
    day += step;
    if (day > MAX_DAY) return null;
    // 1583-01-01 is New Year's Day, so stopping on it or just before it gives the same null.
    // Stryker disable next-line EqualityOperator: equivalent at MIN_DAY, as said.
    if (day < MIN_DAY) return null;
    if (isWorkingDayNumber(day)) left -= 1;
  }
  return day;
}

/**
 * Adds working days (decision 22): `n > 0` gives the n-th working day after
 * `date`, `n < 0` the |n|-th before it, and `n = 0` the date itself when it
 * is a working day, else the next working day.
 *
 * @example
 * ```ts
 * import { addWorkingDays } from 'arr-rules';
 * addWorkingDays('2027-03-24', 1); // '2027-03-30': Maundy Thursday to Easter Monday are holidays
 * addWorkingDays('2027-03-27', 0); // '2027-03-30'
 * ```
 */
export function addWorkingDays(date: IsoDate, n: number, options?: Options): IsoDate {
  const locale = localeOf(options);
  const start = readDate(date);
  const nIssues: InputIssue[] = Number.isSafeInteger(n)
    ? []
    : [{ path: 'n', message: `${describeValue(n, locale)} ${locale === 'nb' ? 'er ikke et helt tall.' : 'is not a whole number.'}` }];
  if (typeof start !== 'number')
    throw new InvalidInputError([{ path: 'date', message: dateProblemMessage(date, start, locale) }, ...nIssues], locale);
  if (nIssues.length > 0) throw new InvalidInputError(nIssues, locale);
  const result = shiftWorkingDays(start, n);
  if (result === null) throw outOfRange('n', locale);
  return isoOf(result);
}

/**
 * The ISO 8601 week of a date. Weeks are supported in the years 1584 … 9998, the same weeks a booking may name
 * (a week of 1583 may begin in 1582, before the Gregorian calendar; one of 9999 may end after 9999-12-31).
 *
 * @throws InvalidInputError for a date that is not real or supported, or whose week lies outside 1584 … 9998.
 * @example
 * ```ts
 * import { isoWeek } from 'arr-rules';
 * isoWeek('2027-01-01'); // { year: 2026, week: 53 }
 * ```
 */
export function isoWeek(date: IsoDate, options?: Options): IsoWeek {
  const locale = localeOf(options);
  const week = isoWeekOf(requireDate(date, '', locale));
  if (week.year <= MIN_YEAR || week.year >= MAX_YEAR) {
    throw new InvalidInputError(
      [
        {
          path: '',
          message:
            locale === 'nb'
              ? `${date} ligger i uke ${week.week} i ${week.year}; ISO-uker støttes for årene ${MIN_YEAR + 1} til ${MAX_YEAR - 1}.`
              : `${date} lies in week ${week.week} of ${week.year}; ISO weeks are supported in the years ${MIN_YEAR + 1} to ${MAX_YEAR - 1}.`,
        },
      ],
      locale,
    );
  }
  return week;
}
