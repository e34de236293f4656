/**
 * `assessEligibility`'s own reading of its input: one pass that reads each property once, in the order the snapshot
 * reads them, and checks what it read as `EligibilityInputSchema` does. For what forms and services send (an object of
 * plain values) it gives the valid input, or every issue with the paths, messages and order the schema gives, so that
 * neither the general snapshot nor the general check (`EligibilityInputCheck`) runs. At the first value it does not read itself (a list, an object where a value
 * belongs, an object with a symbol key or with more keys than any input has) it stops, and hands on what it has read
 * with the rest still to read, in the same order, from the caller's object: the general path reads it from there, once,
 * and names every issue with the general check. A property test holds it to the schema for generated inputs of every kind.
 */
import type { InputIssue } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import { describeGrade, EMPLOYMENTS, messageFor } from '../core/messages.js';
import { unreadable } from '../core/snapshot.js';
import type { EligibilityInput } from './assess.js';

/** A valid input, its issues, or (`rest`) what was read and what is still to read, for the general path to finish. */
export type EligibilityRead =
  | { readonly value: EligibilityInput; readonly issues?: undefined; readonly rest?: undefined }
  | { readonly issues: InputIssue[]; readonly value?: undefined; readonly rest?: undefined }
  | { readonly rest: Record<string, unknown>; readonly value?: undefined; readonly issues?: undefined };

// The values and fields EligibilityInputSchema takes, in its order; the batch's own check (fast.ts) reads them too.
export const REFERRALS = ['nav', 'gp', 'self', 'other'] as const;
export const OFFERS = ['residential', 'day'] as const;
export const TOP: readonly string[] = [
  'referral',
  'employment',
  'offer',
  'sickLeaveGrade',
  'workAbilityReduced',
  'prognosis',
  'residentialGrounds',
];
export const PROGNOSIS: readonly string[] = ['sickLeaveHalvedTwoWeeksAfter', 'inWorkOrJobSeekingEightWeeksAfter'];
export const GROUNDS: readonly string[] = ['noSuitableDayOffer', 'environmentChangeEssential', 'complexHealthProblems'];

/** More keys than any eligibility input or its parts has: such an object is the general path's, which bounds it. */
const MAX_KEYS = 16;

/**
 * The own enumerable keys of an object, listed as the snapshot lists them, or undefined for a list, an object with a
 * symbol key or more keys than MAX_KEYS (the general path lists and reads those).
 */
function keysOf(value: object): string[] | undefined {
  if (Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length > MAX_KEYS || Object.getOwnPropertySymbols(value).length > 0 ? undefined : keys;
}

/**
 * An object's keys and the values read from them (`undefined` where a key is absent), in the same order. When the
 * reading stopped at a value it did not read inside (`stop`), the keys after it are not read yet.
 */
class Fields {
  readonly #brand = true;

  /** Without touching `value`: a revoked Proxy among the values read must not throw here. */
  static is(value: unknown): value is Fields {
    return typeof value === 'object' && value !== null && #brand in value;
  }

  declare readonly source: object;
  declare readonly keys: readonly string[];
  declare readonly values: unknown[];
  /** The key at which the reading stopped, or -1 when every key was read (and every object in them). */
  declare readonly stop: number;

  constructor(source: object, keys: readonly string[], values: unknown[], stop: number) {
    this.source = source;
    this.keys = keys;
    this.values = values;
    this.stop = stop;
  }

  /**
   * What the general path reads instead of the caller's object: the values read so far, then the keys not read yet as
   * getters that read them from the caller's object when the general path comes to them, in the same order.
   */
  record(): Record<string, unknown> {
    const out: Record<string, unknown> = Object.create(null);
    const source = this.source as Record<string, unknown>;
    for (let i = 0; i < this.keys.length; i += 1) {
      const key = this.keys[i] as string;
      const item = this.values[i];
      if (this.stop >= 0 && i > this.stop) {
        Object.defineProperty(out, key, {
          enumerable: true,
          get: () => (Object.hasOwn(source, key) ? source[key] : undefined),
        });
      } else if (item !== undefined) out[key] = Fields.is(item) ? item.record() : item;
    }
    return out;
  }
}

/**
 * Reads `keys` of `value` once each, as the snapshot does (a key a getter deleted is skipped, `undefined` is absent);
 * at the top, prognosis and residentialGrounds are read inside (`nested`). At an object it cannot read inside, or
 * whose own reading stopped, it stops. A value that could not be read is its issue.
 */
function readFields(value: object, keys: readonly string[], path: readonly string[], locale: Locale, top: boolean): Fields | InputIssue {
  const source = value as Record<string, unknown>;
  const values: unknown[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] as string;
    let item: unknown;
    try {
      if (!Object.hasOwn(source, key)) continue;
      item = source[key];
    } catch {
      return unreadable([...path, key], locale);
    }
    values[i] = item;
    // A function is kept as it is (the snapshot does not read inside one either); an object is read inside before the
    // next key is, as the snapshot reads it.
    if (item === null || typeof item !== 'object') continue;
    const fields = top ? nested(key, item, locale) : undefined;
    if (fields !== undefined && !(fields instanceof Fields)) return fields;
    // Read inside as far as it was: the general path reads the rest of it, and then the keys after this one.
    if (fields !== undefined) values[i] = fields;
    if (fields === undefined || fields.stop >= 0) return new Fields(value, keys, values, i);
  }
  return new Fields(value, keys, values, -1);
}

/** prognosis and residentialGrounds, when they can be listed as above: read here; anything else is the general path's. */
function nested(key: string, item: object, locale: Locale): Fields | InputIssue | undefined {
  if (key !== 'prognosis' && key !== 'residentialGrounds') return undefined;
  let keys: string[] | undefined;
  try {
    keys = keysOf(item);
  } catch {
    // As the snapshot says it: a value that cannot even be listed cannot be read.
    return unreadable([key], locale);
  }
  return keys === undefined ? undefined : readFields(item, keys, [key], locale, false);
}

/** The issues found so far, and the language they are written in. */
interface Found {
  readonly issues: InputIssue[];
  readonly locale: Locale;
}

/** An issue at `path`, its message written from `raw` as the error map writes zod's issue of that shape. */
function add(found: Found, path: string, raw: object): void {
  found.issues.push({ path, message: messageFor(raw as never, found.locale) });
}

function oneOf(found: Found, value: unknown, values: readonly string[], path: string): void {
  if (!(typeof value === 'string' && values.includes(value))) add(found, path, { code: 'invalid_value', values, input: value });
}

function boolean(found: Found, value: unknown, path: string): void {
  if (value !== undefined && typeof value !== 'boolean') add(found, path, { code: 'invalid_type', expected: 'boolean', input: value });
}

/** zod's issues for an object's keys it does not know: one per key, in the order of the object's keys. */
function unknownKeys(found: Found, fields: Fields, known: readonly string[], prefix: string): void {
  for (let i = 0; i < fields.keys.length; i += 1) {
    const key = fields.keys[i] as string;
    if (fields.values[i] !== undefined && !known.includes(key)) add(found, `${prefix}${key}`, { code: 'unrecognized_keys', keys: [key] });
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

/**
 * An optional nested object of optional booleans, checked; its values, to go in the valid input. What is here and not
 * an object read above is a primitive, a function or null (a list stops the reading before this): not an object to zod.
 */
function booleans(found: Found, fields: unknown, names: readonly string[], name: string) {
  if (fields === undefined) return undefined;
  if (!Fields.is(fields)) return add(found, name, { code: 'invalid_type', expected: 'object', input: fields });
  const { record, other } = known(fields, names);
  for (const key of names) boolean(found, record[key], `${name}.${key}`);
  if (other) unknownKeys(found, fields, names, `${name}.`);
  return record;
}

function check(top: Fields, locale: Locale): EligibilityRead {
  const { record: r, other } = known(top, TOP);
  const grade = r.sickLeaveGrade;
  const found: Found = { issues: [], locale };
  oneOf(found, r.referral, REFERRALS, 'referral');
  oneOf(found, r.employment, EMPLOYMENTS, 'employment');
  if (r.offer !== undefined) oneOf(found, r.offer, OFFERS, 'offer');
  // zod's number is finite: NaN and Infinity are not numbers to it, and their message says what they are.
  if (!Number.isFinite(grade)) {
    if (grade !== undefined) add(found, 'sickLeaveGrade', { code: 'invalid_type', expected: 'number', input: grade });
  } else if (!(Number.isInteger(grade) && (grade === 0 || ((grade as number) >= 20 && (grade as number) <= 100)))) {
    found.issues.push({ path: 'sickLeaveGrade', message: describeGrade(grade, locale) });
  }
  boolean(found, r.workAbilityReduced, 'workAbilityReduced');
  if (r.prognosis !== undefined) r.prognosis = booleans(found, r.prognosis as Fields, PROGNOSIS, 'prognosis');
  if (r.residentialGrounds !== undefined)
    r.residentialGrounds = booleans(found, r.residentialGrounds as Fields, GROUNDS, 'residentialGrounds');
  if (other) unknownKeys(found, top, TOP, '');
  const { issues } = found;
  return issues.length > 0 ? { issues } : { value: r as unknown as EligibilityInput };
}

/**
 * Reads and checks an eligibility input in one pass; see the module's comment. Undefined when nothing was read (not
 * an object, a list, a symbol key, too many keys): the general path starts from the caller's own value, and lists its
 * keys again (a Proxy's `ownKeys` trap then runs twice; its `get` traps, as every getter, run once).
 */
export function readEligibility(input: unknown, locale: Locale): EligibilityRead | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  let keys: string[] | undefined;
  try {
    keys = keysOf(input);
  } catch {
    return { issues: [unreadable([], locale)] };
  }
  if (keys === undefined) return undefined;
  const top = readFields(input, keys, [], locale, true);
  if (!(top instanceof Fields)) return { issues: [top] };
  return top.stop < 0 ? check(top, locale) : { rest: top.record() };
}
