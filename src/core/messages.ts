/**
 * The text of every input issue, and the checks of the shared field types, without zod. The zod schemas
 * (`core/schema.ts`) and the library's own checks (`core/check.ts`) both take their tests and messages from here, so
 * the two cannot say different things about the same value, and a page that validates with `check.ts` loads no zod.
 */
import { dateProblemMessage, describeValue, readDate } from './dates.js';
import type { Locale, Text } from './locale.js';

/** Writes the message of a failed check from the value checked; lives beside the check that uses it. */
export type Describe = (input: unknown, locale: Locale) => string;

/** A test of a value that has the right type, and the message when it fails. */
export interface Test<T> {
  readonly ok: (value: T) => boolean;
  readonly describe: Describe;
}

/**
 * An issue before its message is written: what zod raises (its `$ZodRawIssue`), in the fields the messages read.
 * `continue: true` marks an issue after which the enclosing object's own checks still run, as in zod.
 */
export interface RawIssue {
  readonly code: string;
  readonly input?: unknown;
  readonly path?: readonly PropertyKey[];
  readonly continue?: boolean;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly origin?: string;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly keys?: readonly string[];
  readonly params?: { readonly describe?: unknown };
}

/** Raises a sentence at `at` (relative to the object checked) about `input`: how an object's own check reports. */
export type Raise = (input: unknown, at: readonly PropertyKey[], text: Text) => void;

/** An object's own check, run after its fields as zod runs a `superRefine`: it reports what it finds through `raise`. */
export type Refine<T> = (value: T, raise: Raise) => void;

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
export function messageFor(issue: RawIssue, locale: Locale): string {
  const nb = locale === 'nb';
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected as string]?.[locale] ?? issue.expected;
      if (input === undefined) return nb ? `Mangler; forventet ${expected}.` : `Missing; expected ${expected}.`;
      return nb
        ? `Fikk ${describeValue(input, locale)}; forventet ${expected}.`
        : `Got ${describeValue(input, locale)}; expected ${expected}.`;
    }
    case 'invalid_value': {
      const options = quoteAll(issue.values ?? [], locale);
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
        // Characters as the bound counts them: code points, so an emoji is one, not two.
        const length = [...(input as string)].length;
        return nb
          ? `Teksten har ${length} tegn; høyst ${String(issue.maximum)} er tillatt.`
          : `The text has ${length} characters; at most ${String(issue.maximum)} are allowed.`;
      }
      return nb
        ? `Fikk ${describeValue(input, locale)}; forventet høyst ${String(issue.maximum)}.`
        : `Got ${describeValue(input, locale)}; expected at most ${String(issue.maximum)}.`;
    case 'unrecognized_keys':
      return nb
        ? `Ukjent felt: ${(issue.keys ?? []).join(', ')}. Sjekk stavemåten.`
        : `Unknown field: ${(issue.keys ?? []).join(', ')}. Check the spelling.`;
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

/**
 * The messages of an issue that names several unknown keys, one per key (decision 24): the message that names them all
 * is cut once around the list, so that k keys cost k, not k².
 */
export function perKey(keys: readonly string[], message: string): string[] {
  const joined = keys.join(', ');
  const at = message.indexOf(joined);
  const before = message.slice(0, at);
  const after = message.slice(at + joined.length);
  return keys.map((key) => `${before}${key}${after}`);
}

// ---------- the tests of the shared field types ----------

/** A real calendar date `YYYY-MM-DD` in 1583 … 9999. */
export const DATE: Test<string> = {
  ok: (value) => typeof readDate(value) === 'number',
  describe: (input, locale) => dateProblemMessage(input, readDate(input) === 'range' ? 'range' : 'format', locale),
};

/** `HH:mm`, 00:00 … 23:59. */
export const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A clock time `HH:mm`, 00:00 … 23:59. */
export const TIME_OF_DAY: Test<string> = {
  ok: (value) => TIME.test(value),
  describe: (input, locale) =>
    locale === 'nb'
      ? `${describeValue(input, locale)} er ikke et klokkeslett; forventet TT:mm fra 00:00 til 23:59, for eksempel 08:30.`
      : `${describeValue(input, locale)} is not a time of day; expected HH:mm from 00:00 to 23:59, for example 08:30.`,
};

/** Minutes since midnight of a valid `HH:mm`. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

// C0 and C1 control characters other than tab, line feed and carriage return, and a UTF-16 half that has no other half:
// neither can be written safely into a text file (an iCalendar line, a CSV cell, a log line).
// biome-ignore lint/complexity/useRegexLiterals: as a literal, the pattern's control characters would be lint errors
const UNSAFE_TEXT = /* @__PURE__ */ new RegExp(
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
);

/** Every free text: no control character but tab and line breaks, no unpaired UTF-16 half. */
export const PLAIN_TEXT: Test<string> = {
  ok: (value) => !UNSAFE_TEXT.test(value),
  describe: (_input, locale) =>
    locale === 'nb'
      ? 'Teksten inneholder et kontrolltegn eller et ufullstendig tegn; bare vanlig tekst, tabulator og linjeskift er tillatt.'
      : 'The text holds a control character or an incomplete character; only plain text, tabs and line breaks are allowed.',
};

/** Messages for a sick-leave grade that is not 0 or 20–100 (decision 17). */
export const describeGrade: Describe = (input, locale) =>
  locale === 'nb'
    ? `${describeValue(input, locale)} er ikke en gyldig sykmeldingsgrad; forventet 0 (ikke sykmeldt) eller et helt tall fra 20 til 100.`
    : `${describeValue(input, locale)} is not a valid sick-leave grade; expected 0 (not on sick leave) or a whole number from 20 to 100.`;

/** A sick-leave grade in whole percent: 0, or 20 … 100 (a graded sick leave is at least 20 %, folketrygdloven § 8-13). */
export const GRADE: Test<number> = {
  ok: (g) => Number.isInteger(g) && (g === 0 || (g >= 20 && g <= 100)),
  describe: describeGrade,
};

/** The employment statuses that decide the target group and the week-4 track. */
export const EMPLOYMENTS = ['employed', 'not-employed'] as const;
