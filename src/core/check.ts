/**
 * The library's own validation, without zod. Each public function checks its input with a `Check` built here, made to
 * raise what its zod schema (in `arr-rules/schemas`) raises: the same issues, with the same paths and messages, in the
 * same order, and the same parsed value. So a page that plans a stay or follows up a booking does not load zod, while
 * a form that validates with the zod schemas shows what the function would say. Tests hold every check to its schema
 * (test/core/check.test.ts): on valid inputs, and on those inputs with each value replaced by near misses and wrong
 * types, keys removed or added, lists at and past their bounds, and random changes. The semantics are zod 4.6.7's, the
 * first version the package takes: a fraction or a wrong type stops an object's own check, an unknown key does not, a
 * number past a bound is named at each bound, and a text's length is counted in code points.
 *
 * A check reads a snapshot (plain data read once, `snapshot.ts`): the hostile cases (getters, Proxies, cycles) are
 * already dealt with there.
 */
import { type InputIssue, InvalidInputError, joinPath } from './errors.js';
import type { Locale } from './locale.js';
import { DATE, EMPLOYMENTS, messageFor, PLAIN_TEXT, perKey, type RawIssue, type Refine, type Test, TIME_OF_DAY } from './messages.js';
import { snapshot } from './snapshot.js';

type Path = readonly PropertyKey[];

/**
 * Checks a value as its zod schema does: pushes each issue the schema raises, in its order, and returns what the
 * schema's parse gives (for an object a new one with the schema's keys; the value itself where it has the wrong type).
 */
export type Check<T = unknown> = ((value: unknown, path: Path, issues: RawIssue[]) => T) & { readonly optional?: true };

/** Whether an issue from `start` on stops an object's own check, as zod's do unless marked `continue`. */
function stops(issues: readonly RawIssue[], start: number): boolean {
  for (let i = start; i < issues.length; i++) if (issues[i]?.continue !== true) return true;
  return false;
}

/** A value of one type (`expected`, as zod names it), passing each test in turn; the first that fails is its only issue. */
function typed<T>(expected: string, is: (value: unknown) => value is T, tests: readonly Test<T>[]): Check<T> {
  return (value, path, issues) => {
    if (!is(value)) issues.push({ code: 'invalid_type', expected, input: value, path });
    else {
      const failed = tests.find((test) => !test.ok(value));
      if (failed !== undefined) issues.push({ code: 'custom', input: value, path, params: { describe: failed.describe } });
    }
    return value as T;
  };
}

/** Text, passing each test in turn (zod's `string().check(…)`). */
/* @__NO_SIDE_EFFECTS__ */
export function string(...tests: Test<string>[]): Check<string> {
  return typed('string', (value): value is string => typeof value === 'string', tests);
}

/** A finite number, passing each test in turn (zod's `number().check(…)`). */
/* @__NO_SIDE_EFFECTS__ */
export function finite(...tests: Test<number>[]): Check<number> {
  return typed('number', Number.isFinite as (value: unknown) => value is number, tests);
}

/* @__NO_SIDE_EFFECTS__ */
function atMost(max: number): Test<string> {
  return {
    ok: (value) => value.length <= max || [...value].length <= max,
    describe: (input, locale) => messageFor({ code: 'too_big', origin: 'string', maximum: max, input }, locale),
  };
}

/** Text with at least one character (zod's `minLength(1)`). */
export const NOT_EMPTY: Test<string> = {
  ok: (value) => value.length > 0,
  describe: (input, locale) => messageFor({ code: 'too_small', origin: 'string', minimum: 1, input }, locale),
};

/** `textSchema(max)`: text of at most `max` characters, with no control characters, then passing each of `more`. */
/* @__NO_SIDE_EFFECTS__ */
export function text(max: number, ...more: Test<string>[]): Check<string> {
  return string(atMost(max), PLAIN_TEXT, ...more);
}

/** A real calendar date `YYYY-MM-DD` (`IsoDateSchema`). */
export const date: Check<string> = /* @__PURE__ */ string(DATE);

/** A clock time `HH:mm` (`TimeSchema`). */
export const time: Check<string> = /* @__PURE__ */ string(TIME_OF_DAY);

/**
 * A finite number in `min` … `max`, whole when `int` (zod's `number().check(int(), gte(min), lte(max))`): a fraction
 * is the only issue; a whole number past the safe range, or outside the bounds, is named by each bound it passes.
 */
/* @__NO_SIDE_EFFECTS__ */
export function number(min: number, max: number, int = true): Check<number> {
  // A whole number is first held to the safe range, as zod's int() holds it.
  const bounds: readonly (readonly [number, number])[] = int
    ? [
        [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
        [min, max],
      ]
    : [[min, max]];
  return (value, path, issues) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) issues.push({ code: 'invalid_type', expected: 'number', input: value, path });
    else if (int && !Number.isInteger(value)) issues.push({ code: 'invalid_type', expected: 'int', input: value, path });
    else {
      for (const [low, high] of bounds) {
        if (value < low) issues.push({ code: 'too_small', origin: 'number', minimum: low, input: value, path, continue: true });
        if (value > high) issues.push({ code: 'too_big', origin: 'number', maximum: high, input: value, path, continue: true });
      }
    }
    return value as number;
  };
}

/** One of `values` (zod's `enum` and `literal`). */
/* @__NO_SIDE_EFFECTS__ */
export function oneOf<const T>(values: readonly T[]): Check<T> {
  return (value, path, issues) => {
    if (!values.includes(value as T)) issues.push({ code: 'invalid_value', values, input: value, path });
    return value as T;
  };
}

/** `true` or `false`. */
export const boolean: Check<boolean> = (value, path, issues) => {
  if (typeof value !== 'boolean') issues.push({ code: 'invalid_type', expected: 'boolean', input: value, path });
  return value as boolean;
};

/** The employment status (`EmploymentSchema`). */
export const employment = /* @__PURE__ */ oneOf(EMPLOYMENTS);

/** `check`, or no value at all (zod's `optional`): an object leaves an absent key out. */
/* @__NO_SIDE_EFFECTS__ */
export function optional<T>(check: Check<T>): Check<T | undefined> & { readonly optional: true } {
  return Object.assign((value: unknown, path: Path, issues: RawIssue[]) => (value === undefined ? undefined : check(value, path, issues)), {
    optional: true as const,
  });
}

type Shape = { readonly [key: string]: Check };
type Read<C> = C extends Check<infer T> ? T : never;
/** What an object check gives: its shape's keys, those of optional checks optional. */
export type Parsed<S extends Shape> = {
  -readonly [K in keyof S as S[K] extends { readonly optional: true } ? never : K]: Read<S[K]>;
} & { -readonly [K in keyof S as S[K] extends { readonly optional: true } ? K : never]?: Read<S[K]> };

/**
 * An object with exactly the keys of `shape` (zod's `strictObject`): each field checked in the shape's order, then one
 * issue naming every unknown key, then `refine` unless a field's issue stops it, as zod runs a `superRefine`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function object<S extends Shape>(shape: S, refine?: Refine<Parsed<S>>): Check<Parsed<S>> {
  type T = Parsed<S>;
  const keys = Object.keys(shape);
  const known = new Set(keys);
  return (value, path, issues) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      issues.push({ code: 'invalid_type', expected: 'object', input: value, path });
      return value as T;
    }
    const record = value as Record<string, unknown>;
    const start = issues.length;
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const check = shape[key] as Check;
      const present = key in record;
      if (!present && check.optional) continue;
      const read = check(record[key], path.length === 0 ? [key] : [...path, key], issues);
      if (present) out[key] = read;
    }
    const unknown: string[] = [];
    for (const key in record) if (!known.has(key)) unknown.push(key);
    if (unknown.length > 0) issues.push({ code: 'unrecognized_keys', keys: unknown, input: value, path, continue: true });
    if (refine !== undefined && !stops(issues, start)) {
      refine(out as T, (input, at, text) => {
        issues.push({ code: 'custom', input, path: [...path, ...at], params: { describe: (_: unknown, locale: Locale) => text[locale] } });
      });
    }
    return out as T;
  };
}

/**
 * A list of at most `max` items (`boundedArray`): its length is checked before any item, and a list over it has that
 * one issue.
 */
/* @__NO_SIDE_EFFECTS__ */
export function list<T>(item: Check<T>, max: number): Check<T[]> {
  return (value, path, issues) => {
    if (!Array.isArray(value)) issues.push({ code: 'invalid_type', expected: 'array', input: value, path });
    else if (value.length > max) issues.push({ code: 'too_big', origin: 'array', maximum: max, input: value, path });
    else return value.map((v, i) => item(v, [...path, i], issues));
    return value as T[];
  };
}

/** The library's issues for raw issues: paths joined, messages written, one issue per unknown key (decision 24). */
function issuesOf(raw: readonly RawIssue[], locale: Locale): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of raw) {
    const path = issue.path ?? [];
    const message = messageFor(issue, locale);
    if (issue.keys === undefined) out.push({ path: joinPath(path), message });
    else {
      const messages = perKey(issue.keys, message);
      issue.keys.forEach((key, i) => {
        out.push({ path: joinPath([...path, key]), message: messages[i] as string });
      });
    }
  }
  return out;
}

/** Checks a value that is already a snapshot: the parsed value, or every issue. */
export function checkValue<T>(
  check: Check<T>,
  value: unknown,
  locale: Locale,
): { readonly data: T; readonly issues?: undefined } | { readonly data?: undefined; readonly issues: InputIssue[] } {
  const raw: RawIssue[] = [];
  const data = check(value, [], raw);
  return raw.length === 0 ? { data } : { issues: issuesOf(raw, locale) };
}

/** Reads input once, then checks it: the parsed value, or every issue. */
export function checkInput<T>(
  check: Check<T>,
  input: unknown,
  locale: Locale,
): { readonly data: T; readonly issues?: undefined } | { readonly data?: undefined; readonly issues: InputIssue[] } {
  const read = snapshot(input, locale);
  return read.issues === undefined ? checkValue(check, read.value, locale) : { issues: read.issues };
}

/** Validates input at a public boundary: reads it once, then checks it; the parsed value or `InvalidInputError`. */
export function parseWith<T>(check: Check<T>, input: unknown, locale: Locale): T {
  const checked = checkInput(check, input, locale);
  if (checked.issues !== undefined) throw new InvalidInputError(checked.issues, locale);
  return checked.data;
}
