/**
 * `assessEligibility`'s own reading of its input: one pass that reads each property once, as the snapshot does, and
 * checks it as `EligibilityInputSchema` does. For what forms and services send (a plain object of plain values) it
 * gives the valid input, or every issue with the paths, messages and order zod gives, so that neither the general
 * snapshot nor zod runs. Anything else (a list, a class instance, a symbol key, an object where a value should be, a
 * number that is not finite) it hands on, with what it has read, to the general path, which reads the rest once and
 * names every issue with zod. A property test holds it to the general path for generated inputs of every kind.
 */
import type { InputIssue } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import { describeGrade, messageFor } from '../core/schema.js';
import { unreadable } from '../core/snapshot.js';
import type { EligibilityInput } from './assess.js';

/** A valid input, its issues, or (`rest`) plain data read from it that the general path must finish. */
export type EligibilityRead =
  | { readonly value: EligibilityInput; readonly issues?: undefined; readonly rest?: undefined }
  | { readonly issues: InputIssue[]; readonly value?: undefined; readonly rest?: undefined }
  | { readonly rest: Record<string, unknown>; readonly value?: undefined; readonly issues?: undefined };

const REFERRALS = ['nav', 'gp', 'self', 'other'];
const EMPLOYMENTS = ['employed', 'not-employed'];
const OFFERS = ['residential', 'day'];
const TOP = ['referral', 'employment', 'offer', 'sickLeaveGrade', 'workAbilityReduced', 'prognosis', 'residentialGrounds'];
const PROGNOSIS = ['sickLeaveHalvedTwoWeeksAfter', 'inWorkOrJobSeekingEightWeeksAfter'];
const GROUNDS = ['noSuitableDayOffer', 'environmentChangeEssential', 'complexHealthProblems'];

/** The own enumerable keys of a plain object with no symbol key, or undefined for anything else. */
function plainKeys(value: object): string[] | undefined {
  if (Array.isArray(value)) return undefined;
  const proto = Object.getPrototypeOf(value);
  if ((proto !== Object.prototype && proto !== null) || Object.getOwnPropertySymbols(value).length > 0) return undefined;
  return Object.keys(value);
}

/** An object's own keys and the values read from them (`undefined` where a key is absent), in the same order. */
class Fields {
  readonly #brand = true;

  /** Without touching `value`: a revoked Proxy among the values read must not throw here. */
  static is(value: unknown): value is Fields {
    return typeof value === 'object' && value !== null && #brand in value;
  }

  constructor(
    readonly keys: readonly string[],
    readonly values: unknown[],
    /** Every value is a primitive or Fields that are plain too. */
    readonly plain: boolean,
  ) {}

  /** The record the snapshot would have made of what was read, for the general path to finish. */
  record(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.create(null);
    for (let i = 0; i < this.keys.length; i += 1) {
      const item = this.values[i];
      if (item !== undefined) out[this.keys[i] as string] = Fields.is(item) ? item.record() : item;
    }
    return out;
  }
}

/**
 * Reads `keys` of `value` once each, as the snapshot does (a key a getter deleted is skipped, `undefined` is absent);
 * an object value is read by `inner` where it can, else kept as it is for the general path to read. A value that
 * could not be read is its issue.
 */
function readFields(
  value: Record<string, unknown>,
  keys: readonly string[],
  path: readonly string[],
  locale: Locale,
  inner?: (key: string, item: object) => Fields | InputIssue | undefined,
): Fields | InputIssue {
  const values: unknown[] = new Array(keys.length);
  let plain = true;
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] as string;
    let item: unknown;
    try {
      if (!Object.hasOwn(value, key)) continue;
      item = value[key];
    } catch {
      return unreadable([...path, key], locale);
    }
    if (item !== null && (typeof item === 'object' || typeof item === 'function')) {
      const fields = typeof item === 'object' ? inner?.(key, item) : undefined;
      if (fields !== undefined && !(fields instanceof Fields)) return fields;
      plain &&= fields?.plain === true;
      values[i] = fields ?? item;
    } else {
      values[i] = item;
    }
  }
  return new Fields(keys, values, plain);
}

/** prognosis and residentialGrounds, when they are plain objects: read here; anything else is the general path's. */
function nested(key: string, item: object, locale: Locale): Fields | InputIssue | undefined {
  if (key !== 'prognosis' && key !== 'residentialGrounds') return undefined;
  let keys: string[] | undefined;
  try {
    keys = plainKeys(item);
  } catch {
    return undefined;
  }
  return keys === undefined ? undefined : readFields(item as Record<string, unknown>, keys, [key], locale);
}

function oneOf(value: unknown, values: readonly string[], path: string, locale: Locale, issues: InputIssue[]): void {
  if (typeof value === 'string' && values.includes(value)) return;
  issues.push({ path, message: messageFor({ code: 'invalid_value', values, input: value } as never, locale) });
}

function boolean(value: unknown, path: string, locale: Locale, issues: InputIssue[]): void {
  if (value !== undefined && typeof value !== 'boolean') {
    issues.push({ path, message: messageFor({ code: 'invalid_type', expected: 'boolean', input: value } as never, locale) });
  }
}

/** zod's issues for an object's keys it does not know: one per key, in the order of the object's keys. */
function unknownKeys(fields: Fields, known: readonly string[], prefix: string, locale: Locale, issues: InputIssue[]) {
  for (let i = 0; i < fields.keys.length; i += 1) {
    const key = fields.keys[i] as string;
    if (fields.values[i] !== undefined && !known.includes(key)) {
      issues.push({ path: `${prefix}${key}`, message: messageFor({ code: 'unrecognized_keys', keys: [key] } as never, locale) });
    }
  }
}

/**
 * The values read for `names`, in an ordinary object (built from these names only, so no key of it is `__proto__`), and
 * whether another key holds a value.
 */
function known(fields: Fields, names: readonly string[]): { readonly record: Record<string, unknown>; readonly other: boolean } {
  const record: Record<string, unknown> = {};
  let other = false;
  for (let i = 0; i < fields.keys.length; i += 1) {
    const key = fields.keys[i] as string;
    const value = fields.values[i];
    if (names.includes(key)) record[key] = value;
    else other ||= value !== undefined;
  }
  return { record, other };
}

/** A nested object of optional booleans, checked; its values, to go in the valid input. */
function booleans(fields: Fields, names: readonly string[], name: string, locale: Locale, issues: InputIssue[]) {
  const { record, other } = known(fields, names);
  for (const key of names) boolean(record[key], `${name}.${key}`, locale, issues);
  if (other) unknownKeys(fields, names, `${name}.`, locale, issues);
  return record;
}

function check(top: Fields, locale: Locale): EligibilityRead {
  const { record: r, other } = known(top, TOP);
  const grade = r.sickLeaveGrade;
  // A value of a kind zod names in its own way (null or a primitive where an object goes, a number that is not finite).
  if (
    (r.prognosis !== undefined && !Fields.is(r.prognosis)) ||
    (r.residentialGrounds !== undefined && !Fields.is(r.residentialGrounds)) ||
    (typeof grade === 'number' && !Number.isFinite(grade))
  ) {
    return { rest: top.record() };
  }
  const issues: InputIssue[] = [];
  oneOf(r.referral, REFERRALS, 'referral', locale, issues);
  oneOf(r.employment, EMPLOYMENTS, 'employment', locale, issues);
  if (r.offer !== undefined) oneOf(r.offer, OFFERS, 'offer', locale, issues);
  if (grade !== undefined) {
    if (typeof grade !== 'number') {
      issues.push({
        path: 'sickLeaveGrade',
        message: messageFor({ code: 'invalid_type', expected: 'number', input: grade } as never, locale),
      });
    } else if (!(Number.isInteger(grade) && (grade === 0 || (grade >= 20 && grade <= 100)))) {
      issues.push({ path: 'sickLeaveGrade', message: describeGrade(grade, locale) });
    }
  }
  boolean(r.workAbilityReduced, 'workAbilityReduced', locale, issues);
  if (r.prognosis !== undefined) r.prognosis = booleans(r.prognosis as Fields, PROGNOSIS, 'prognosis', locale, issues);
  if (r.residentialGrounds !== undefined) {
    r.residentialGrounds = booleans(r.residentialGrounds as Fields, GROUNDS, 'residentialGrounds', locale, issues);
  }
  if (other) unknownKeys(top, TOP, '', locale, issues);
  return issues.length > 0 ? { issues } : { value: r as unknown as EligibilityInput };
}

/**
 * Reads and checks an eligibility input in one pass; see the module's comment. Undefined when nothing was read (not a
 * plain object, a symbol key, or a Proxy trap that threw while it was listed): the general path starts from the
 * caller's own value.
 */
export function readEligibility(input: unknown, locale: Locale): EligibilityRead | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  let keys: string[] | undefined;
  try {
    keys = plainKeys(input);
  } catch {
    return undefined;
  }
  if (keys === undefined) return undefined;
  const top = readFields(input as Record<string, unknown>, keys, [], locale, (key, item) => nested(key, item, locale));
  if (!(top instanceof Fields)) return { issues: [top] };
  return top.plain ? check(top, locale) : { rest: top.record() };
}
