/**
 * Calendar dates as `YYYY-MM-DD` strings, computed with integer day numbers
 * (days since 1970-01-01) so that no `Date`, and so no process time zone,
 * is ever involved.
 */
import { InvalidInputError } from './errors.js';
import type { Locale } from './locale.js';

/** A calendar date written `YYYY-MM-DD` (ISO 8601), with no time and no time zone. */
export type IsoDate = string;

/** First supported date: the first whole year of the Gregorian calendar (domain decision 21). */
export const MIN_DATE: IsoDate = '1583-01-01';
/** Last supported date (domain decision 21). */
export const MAX_DATE: IsoDate = '9999-12-31';
/** First and last supported year. */
export const MIN_YEAR = 1583;
export const MAX_YEAR = 9999;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month and day of a day number (H. Hinnant's civil_from_days). */
export function civilOf(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of the first supported date. */
export const MIN_DAY = dayNumberOf(MIN_YEAR, 1, 1);
/** Day number of the last supported date. */
export const MAX_DAY = dayNumberOf(MAX_YEAR, 12, 31);

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The `YYYY-MM-DD` text of a day number (which must be in the supported range). */
export function isoOf(dayNumber: number): IsoDate {
  const { year, month, day } = civilOf(dayNumber);
  // Every supported year has four digits; months and days are padded by hand, which costs less than padStart.
  return `${year >= 1000 ? year : pad(year, 4)}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Why a value is not a supported date: not a real `YYYY-MM-DD` date, or outside 1583–9999. */
export type DateProblem = 'format' | 'range';

/** The day number of a valid, supported date, or the problem with it. */
export function readDate(value: unknown): number | DateProblem {
  if (typeof value !== 'string') return 'format';
  const match = ISO_DATE.exec(value);
  if (match === null) return 'format';
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'format';
  if (year < MIN_YEAR) return 'range';
  return dayNumberOf(year, month, day);
}

/**
 * True when `value` is a real calendar date `YYYY-MM-DD` in the supported range
 * 1583-01-01 … 9999-12-31.
 *
 * @example
 * ```ts
 * import { isIsoDate } from 'arr-rules';
 * isIsoDate('2028-02-29'); // true (a leap day)
 * isIsoDate('2027-02-29'); // false
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof readDate(value) === 'number';
}

/** Shows a value in a message: strings quoted, other kinds named. */
export function describeValue(value: unknown, locale: Locale): string {
  const nb = locale === 'nb';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return nb ? `heltallet ${value}n (BigInt)` : `the integer ${value}n (a BigInt)`;
  if (typeof value === 'symbol') return nb ? 'et symbol' : 'a symbol';
  if (typeof value === 'function') return nb ? 'en funksjon' : 'a function';
  if (value === null) return 'null';
  if (value === undefined) return nb ? 'ingen verdi' : 'no value';
  let list: boolean;
  try {
    list = Array.isArray(value);
  } catch {
    // A revoked Proxy: it cannot even say whether it is a list.
    return nb ? 'en verdi som ikke kan leses' : 'a value that cannot be read';
  }
  if (list) return nb ? 'en liste' : 'a list';
  return nb ? 'et objekt' : 'an object';
}

/** The message for a value that is not a supported date. */
export function dateProblemMessage(value: unknown, problem: DateProblem, locale: Locale): string {
  const shown = describeValue(value, locale);
  if (problem === 'range') {
    return locale === 'nb'
      ? `${shown} er utenfor det støttede området ${MIN_DATE} … ${MAX_DATE} (den gregorianske kalenderen).`
      : `${shown} is outside the supported range ${MIN_DATE} … ${MAX_DATE} (the Gregorian calendar).`;
  }
  return locale === 'nb'
    ? `${shown} er ikke en gyldig dato; forventet en kalenderdato på formen ÅÅÅÅ-MM-DD, for eksempel 2027-03-01.`
    : `${shown} is not a valid date; expected a calendar date written YYYY-MM-DD, for example 2027-03-01.`;
}

/** The day number of `value`, or `InvalidInputError` naming it at `path`. */
export function requireDate(value: unknown, path: string, locale: Locale): number {
  const read = readDate(value);
  if (typeof read === 'number') return read;
  throw new InvalidInputError([{ path, message: dateProblemMessage(value, read, locale) }], locale);
}

/** `InvalidInputError` for date arithmetic that would leave the supported range. */
export function outOfRange(path: string, locale: Locale): InvalidInputError {
  return new InvalidInputError(
    [
      {
        path,
        message:
          locale === 'nb'
            ? `Resultatet ville falle utenfor det støttede området ${MIN_DATE} … ${MAX_DATE}.`
            : `The result would fall outside the supported range ${MIN_DATE} … ${MAX_DATE}.`,
      },
    ],
    locale,
  );
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function weekdayOf(dayNumber: number): number {
  // Day 0, 1970-01-01, was a Thursday.
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** An ISO 8601 week: the week-numbering year and the week (1 … 53). */
export interface IsoWeek {
  /** ISO week-numbering year (may differ from the calendar year around New Year). */
  readonly year: number;
  /** Week number, 1 … 52 or 53. */
  readonly week: number;
}

/** The ISO week a day number falls in. */
export function isoWeekOf(dayNumber: number): IsoWeek {
  const thursday = dayNumber - weekdayOf(dayNumber) + 4;
  const year = civilOf(thursday).year;
  return { year, week: Math.floor((thursday - dayNumberOf(year, 1, 1)) / 7) + 1 };
}

/** Number of ISO weeks in an ISO week-numbering year: 52 or 53. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf(dayNumberOf(year, 12, 28)).week;
}

/** Day number of the Monday of an ISO week (the week must exist). */
export function isoWeekMonday(year: number, week: number): number {
  const jan4 = dayNumberOf(year, 1, 4);
  return jan4 - (weekdayOf(jan4) - 1) + 7 * (week - 1);
}
