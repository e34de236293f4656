/**
 * Shared zod pieces. Schemas are built with `zod/mini` so that forms can
 * tree-shake them, and carry no message text: every message is written by
 * `errorMap(locale)`, passed per parse.
 */
import * as z from 'zod/mini';
import type { $ZodRawIssue } from 'zod/v4/core';
import { dateProblemMessage, describeValue, readDate } from './dates.js';
import { type InputIssue, InvalidInputError, joinPath } from './errors.js';
import { DEFAULT_LOCALE, isLocale, type Locale, type Text } from './locale.js';
import { unsupportedLocale } from './options.js';
import { snapshot } from './snapshot.js';

/** Writes the message of a failed check from the value checked; lives beside the check that uses it. */
export type Describe = (input: unknown, locale: Locale) => string;

/**
 * A check whose message is written by `describe` when `errorMap` runs.
 * It aborts the schema's further checks, so later checks see only values
 * that passed this one.
 */
export function checked<T>(test: (value: T) => boolean, describe: Describe): z.core.$ZodCheck<T> {
  return z.refine<T>(test, { params: { describe }, abort: true });
}

/**
 * An issue for a `superRefine` that compares fields: raised at `path` (relative to the refined object) for `input`,
 * its sentence written in each language when `errorMap` runs.
 */
export function describedIssue(input: unknown, path: PropertyKey[], text: Text): z.core.$ZodRawIssue {
  return { code: 'custom', input, path, params: { describe: (_: unknown, locale: Locale) => text[locale] } };
}

const TYPE_NAMES: Record<string, { nb: string; en: string }> = {
  string: { nb: 'tekst', en: 'text' },
  number: { nb: 'et tall', en: 'a number' },
  int: { nb: 'et helt tall', en: 'a whole number' },
  boolean: { nb: 'true eller false', en: 'true or false' },
  object: { nb: 'et objekt', en: 'an object' },
  array: { nb: 'en liste', en: 'a list' },
};

function quoteAll(values: readonly unknown[], locale: Locale): string {
  return values.map((v) => describeValue(v, locale)).join(', ');
}

/** The message of one issue in `locale` (what `errorMap` writes). */
export function messageFor(issue: $ZodRawIssue, locale: Locale): string {
  const nb = locale === 'nb';
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected]?.[locale] ?? issue.expected;
      if (input === undefined) return nb ? `Mangler; forventet ${expected}.` : `Missing; expected ${expected}.`;
      return nb
        ? `Fikk ${describeValue(input, locale)}; forventet ${expected}.`
        : `Got ${describeValue(input, locale)}; expected ${expected}.`;
    }
    case 'invalid_value': {
      const options = quoteAll(issue.values, locale);
      if (input === undefined) return nb ? `Mangler; forventet en av: ${options}.` : `Missing; expected one of: ${options}.`;
      return nb
        ? `Fikk ${describeValue(input, locale)}; forventet en av: ${options}.`
        : `Got ${describeValue(input, locale)}; expected one of: ${options}.`;
    }
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return nb ? 'Teksten er tom.' : 'The text is empty.';
      if (issue.origin === 'array' || issue.origin === 'string') break;
      return nb
        ? `Fikk ${describeValue(input, locale)}; forventet minst ${String(issue.minimum)}.`
        : `Got ${describeValue(input, locale)}; expected at least ${String(issue.minimum)}.`;
    case 'too_big':
      if (issue.origin === 'array') {
        return nb
          ? `Listen har ${(input as unknown[]).length} elementer; høyst ${String(issue.maximum)} er tillatt.`
          : `The list has ${(input as unknown[]).length} items; at most ${String(issue.maximum)} are allowed.`;
      }
      if (issue.origin === 'string') {
        return nb
          ? `Teksten har ${(input as string).length} tegn; høyst ${String(issue.maximum)} er tillatt.`
          : `The text has ${(input as string).length} characters; at most ${String(issue.maximum)} are allowed.`;
      }
      return nb
        ? `Fikk ${describeValue(input, locale)}; forventet høyst ${String(issue.maximum)}.`
        : `Got ${describeValue(input, locale)}; expected at most ${String(issue.maximum)}.`;
    case 'unrecognized_keys':
      return nb
        ? `Ukjent felt: ${issue.keys.join(', ')}. Sjekk stavemåten.`
        : `Unknown field: ${issue.keys.join(', ')}. Check the spelling.`;
    case 'custom': {
      const describe = issue.params?.describe;
      if (typeof describe === 'function') return (describe as Describe)(input, locale);
      break;
    }
    default:
      break;
  }
  return nb
    ? `Fikk ${describeValue(input, locale)}, som ikke er gyldig her.`
    : `Got ${describeValue(input, locale)}, which is not valid here.`;
}

const maps = new Map<Locale, (issue: $ZodRawIssue) => string>();

/**
 * The zod error map that writes every message of this library's schemas in
 * the given locale. Pass it per parse: `schema.safeParse(data, { error: errorMap('nb') })`.
 * A locale other than `nb` or `en` is `InvalidInputError`, not a quiet fallback to `nb`.
 *
 * @example
 * ```ts
 * import { EligibilityInputSchema, errorMap } from 'arr-rules/schemas';
 * const result = EligibilityInputSchema.safeParse({ referral: 'nav', employment: 'employed', sickLeaveGrade: 15 }, { error: errorMap('en') });
 * if (!result.success) console.log(result.error.issues[0]?.message);
 * // '15 is not a valid sick-leave grade; expected 0 (not on sick leave) or a whole number from 20 to 100.'
 * ```
 */
export function errorMap(locale: Locale = DEFAULT_LOCALE): (issue: $ZodRawIssue) => string {
  if (!isLocale(locale)) throw new InvalidInputError([unsupportedLocale(locale, 'locale')], DEFAULT_LOCALE);
  const chosen: Locale = locale;
  let map = maps.get(chosen);
  if (map === undefined) {
    map = (issue) => messageFor(issue, chosen);
    maps.set(chosen, map);
  }
  return map;
}

/** The library's issues for a zod error: paths joined, one issue per unknown key (decision 24). */
export function toIssues(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      // The message names every key; cut it around the list once, so that k keys cost k, not k².
      const joined = issue.keys.join(', ');
      const at = issue.message.indexOf(joined);
      const before = issue.message.slice(0, at);
      const after = issue.message.slice(at + joined.length);
      for (const key of issue.keys) {
        out.push({ path: joinPath([...issue.path, key]), message: `${before}${key}${after}` });
      }
    } else {
      out.push({ path: joinPath(issue.path), message: issue.message });
    }
  }
  return out;
}

/** Validates input and returns every problem instead of throwing, for a function that checks more beside it. */
export function checkInput<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
): { readonly data: z.output<S>; readonly issues?: undefined } | { readonly data?: undefined; readonly issues: InputIssue[] } {
  const read = snapshot(input, locale);
  return read.issues === undefined ? checkSnapshot(schema, read.value, locale) : { issues: read.issues };
}

/**
 * zod's `safeParse` with a plain error class: `z.safeParse` builds an `Error` subclass for a failing parse, and the
 * engine captures a stack trace for each (several microseconds, more than the validation). Only its issues are read.
 */
const safeParse = /* @__PURE__ */ z.core._safeParse(z.core.$ZodError);

/** Validates a value that is already a snapshot (plain data, read once): the parsed value, or the issues. */
export function checkSnapshot<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  locale: Locale,
): { readonly data: z.output<S>; readonly issues?: undefined } | { readonly data?: undefined; readonly issues: InputIssue[] } {
  const result = safeParse(schema, value, { error: errorMap(locale) });
  return result.success ? { data: result.data } : { issues: toIssues(result.error.issues) };
}

/** Validates a value that is already a snapshot (plain data, read once): the parsed value, or `InvalidInputError`. */
export function parseSnapshot<S extends z.core.$ZodType>(schema: S, value: unknown, locale: Locale): z.output<S> {
  const result = safeParse(schema, value, { error: errorMap(locale) });
  if (!result.success) throw new InvalidInputError(toIssues(result.error.issues), locale);
  return result.data;
}

/** Validates input at a public boundary: the parsed value, or `InvalidInputError` listing every problem. */
export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown, locale: Locale): z.output<S> {
  const checked = checkInput(schema, input, locale);
  if (checked.issues !== undefined) throw new InvalidInputError(checked.issues, locale);
  return checked.data;
}

// ---------- shared field schemas ----------

/** A real calendar date `YYYY-MM-DD` in 1583 … 9999. */
export const IsoDateSchema = z.string().check(
  checked<string>(
    (value) => typeof readDate(value) === 'number',
    (input, locale) => {
      const problem = readDate(input);
      return dateProblemMessage(input, problem === 'range' ? 'range' : 'format', locale);
    },
  ),
);

// C0 and C1 control characters other than tab, line feed and carriage return, and a UTF-16 half that has no other half:
// neither can be written safely into a text file (an iCalendar line, a CSV cell, a log line).
// biome-ignore lint/complexity/useRegexLiterals: as a literal, the pattern's control characters would be lint errors
const UNSAFE_TEXT = new RegExp(
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
);

/** The check of every free text: no control character but tab and line breaks, no unpaired UTF-16 half. */
export const SAFE_TEXT = checked<string>(
  (value) => !UNSAFE_TEXT.test(value),
  (_input, locale) =>
    locale === 'nb'
      ? 'Teksten inneholder et kontrolltegn eller et ufullstendig tegn; bare vanlig tekst, tabulator og linjeskift er tillatt.'
      : 'The text holds a control character or an incomplete character; only plain text, tabs and line breaks are allowed.',
);

/**
 * Text at most `max` characters long with no control characters but tab and line breaks, and no unpaired UTF-16 half.
 * Every free-text field of an input uses it, so that no input is unbounded and every text can be written out safely.
 */
export function textSchema(max: number) {
  return z.string().check(only(z.maxLength(max, { abort: true }), isText), SAFE_TEXT);
}

/**
 * When a length check runs. zod runs one on any value that has a `length`, even after the type check failed; on
 * `{ length: {} }` (a record read without a prototype) it would then compare a record with a number and throw a
 * TypeError. A length is checked only on the type it belongs to.
 */
export const isText = (payload: { readonly value: unknown }): boolean => typeof payload.value === 'string';
export const isList = (payload: { readonly value: unknown }): boolean => Array.isArray(payload.value);

/** The check, run only when `when` says (zod's own parameters do not take `when`; its checks do). */
export function only<C extends z.core.$ZodCheck>(check: C, when: (payload: { readonly value: unknown }) => boolean): C {
  check._zod.def.when = when;
  return check;
}

/**
 * A list of at most `max` items of `item`. The length is checked before any item is read, so that a list far over
 * the bound costs one comparison, not an issue per item.
 */
export function boundedArray<T extends z.core.$ZodType>(item: T, max: number) {
  return z.pipe(z.array(z.unknown()).check(only(z.maxLength(max), isList)), z.array(item));
}

/** A boolean fact that may be unknown (absent). */
export const optionalBoolean = z.optional(z.boolean());

/** Messages for a sick-leave grade that is not 0 or 20–100 (decision 17). */
export const describeGrade: Describe = (input, locale) =>
  locale === 'nb'
    ? `${describeValue(input, locale)} er ikke en gyldig sykmeldingsgrad; forventet 0 (ikke sykmeldt) eller et helt tall fra 20 til 100.`
    : `${describeValue(input, locale)} is not a valid sick-leave grade; expected 0 (not on sick leave) or a whole number from 20 to 100.`;

/** A sick-leave grade in whole percent: 0, or 20 … 100 (a graded sick leave is at least 20 %, folketrygdloven § 8-13). */
export const SickLeaveGradeSchema = z
  .number()
  .check(checked<number>((g) => Number.isInteger(g) && (g === 0 || (g >= 20 && g <= 100)), describeGrade));

/** `HH:mm`, 00:00 … 23:59. */
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A clock time `HH:mm`, 00:00 … 23:59. */
export const TimeSchema = z.string().check(
  checked<string>(
    (value) => TIME.test(value),
    (input, locale) =>
      locale === 'nb'
        ? `${describeValue(input, locale)} er ikke et klokkeslett; forventet TT:mm fra 00:00 til 23:59, for eksempel 08:30.`
        : `${describeValue(input, locale)} is not a time of day; expected HH:mm from 00:00 to 23:59, for example 08:30.`,
  ),
);

/** Minutes since midnight of a valid `HH:mm`. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The employment status that decides the target group and the week-4 track. */
export const EmploymentSchema = z.enum(['employed', 'not-employed']);
