/**
 * Shared zod pieces. Schemas are built with `zod/mini` so that forms can
 * tree-shake them, and carry no message text: every message is written by
 * `errorMap(locale)`, passed per parse.
 */
import * as z from 'zod/mini';
import type { $ZodRawIssue } from 'zod/v4/core';
import { type InputIssue, InvalidInputError, joinPath } from './errors.js';
import { DEFAULT_LOCALE, isLocale, type Locale, type Text } from './locale.js';
import {
  DATE,
  type Describe,
  EMPLOYMENTS,
  GRADE,
  messageFor,
  PLAIN_TEXT,
  perKey,
  type RawIssue,
  type Refine,
  type Test,
  TIME_OF_DAY,
} from './messages.js';
import { unsupportedLocale } from './options.js';

/**
 * A check whose message is written by `describe` when `errorMap` runs.
 * It aborts the schema's further checks, so later checks see only values
 * that passed this one.
 */
/* @__NO_SIDE_EFFECTS__ */
export function checked<T>(test: (value: T) => boolean, describe: Describe): z.core.$ZodCheck<T> {
  return z.refine<T>(test, { params: { describe }, abort: true });
}

/** A zod check from a test of `messages.ts`: the same test and message `check.ts` uses. */
/* @__NO_SIDE_EFFECTS__ */
export function tested<T>(test: Test<T>): z.core.$ZodCheck<T> {
  return checked(test.ok, test.describe);
}

/**
 * An issue for a `superRefine` that compares fields: raised at `path` (relative to the refined object) for `input`,
 * its sentence written in each language when `errorMap` runs.
 */
export function describedIssue(input: unknown, path: PropertyKey[], text: Text): z.core.$ZodRawIssue {
  return { code: 'custom', input, path, params: { describe: (_: unknown, locale: Locale) => text[locale] } };
}

/** A zod `superRefine` running an object's own check, which `check.ts` runs too. */
/* @__NO_SIDE_EFFECTS__ */
export function refined<T>(refine: Refine<T>): z.core.$ZodCheck<T> {
  return z.superRefine<T>((value, ctx) => {
    refine(value, (input, at, text) => {
      ctx.issues.push(describedIssue(input, [...at], text));
    });
  });
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
    map = (issue) => messageFor(issue as RawIssue, chosen);
    maps.set(chosen, map);
  }
  return map;
}

/** The library's issues for a zod error: paths joined, one issue per unknown key (decision 24). */
export function toIssues(issues: readonly z.core.$ZodIssue[]): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const messages = perKey(issue.keys, issue.message);
      issue.keys.forEach((key, i) => {
        out.push({ path: joinPath([...issue.path, key]), message: messages[i] as string });
      });
    } else {
      out.push({ path: joinPath(issue.path), message: issue.message });
    }
  }
  return out;
}

/**
 * zod's `safeParse` with a plain error class: `z.safeParse` builds an `Error` subclass for a failing parse, and the
 * engine captures a stack trace for each (several microseconds, more than the validation). Only its issues are read.
 */
const safeParse = /* @__PURE__ */ z.core._safeParse(z.core.$ZodError);

/**
 * Validates a value that is already a snapshot (plain data, read once) with a schema: the parsed value, or the issues
 * as the library states them. The library's functions check with `check.ts` instead; this is what the tests hold those
 * checks to.
 */
export function checkSnapshot<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  locale: Locale,
): { readonly data: z.output<S>; readonly issues?: undefined } | { readonly data?: undefined; readonly issues: InputIssue[] } {
  const result = safeParse(schema, value, { error: errorMap(locale) });
  return result.success ? { data: result.data } : { issues: toIssues(result.error.issues) };
}

// ---------- shared field schemas ----------

/** A real calendar date `YYYY-MM-DD` in 1583 … 9999. */
export const IsoDateSchema = /* @__PURE__ */ z.string().check(tested(DATE));

/** The check of every free text: no control character but tab and line breaks, no unpaired UTF-16 half. */
export const SAFE_TEXT = /* @__PURE__ */ tested(PLAIN_TEXT);

/**
 * Text at most `max` characters long with no control characters but tab and line breaks, and no unpaired UTF-16 half.
 * Every free-text field of an input uses it, so that no input is unbounded and every text can be written out safely.
 */
/* @__NO_SIDE_EFFECTS__ */
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
/* @__NO_SIDE_EFFECTS__ */
export function boundedArray<T extends z.core.$ZodType>(item: T, max: number) {
  return z.pipe(z.array(z.unknown()).check(only(z.maxLength(max), isList)), z.array(item));
}

/** A boolean fact that may be unknown (absent). */
export const optionalBoolean = /* @__PURE__ */ z.optional(z.boolean());

/** A sick-leave grade in whole percent: 0, or 20 … 100 (a graded sick leave is at least 20 %, folketrygdloven § 8-13). */
export const SickLeaveGradeSchema = /* @__PURE__ */ z.number().check(tested(GRADE));

/** A clock time `HH:mm`, 00:00 … 23:59. */
export const TimeSchema = /* @__PURE__ */ z.string().check(tested(TIME_OF_DAY));

/** The employment status that decides the target group and the week-4 track. */
export const EmploymentSchema = /* @__PURE__ */ z.enum(EMPLOYMENTS);
