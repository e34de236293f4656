/**
 * `assessEligibility`'s own reading of its input: one pass that reads each property once, in the order the snapshot
 * reads them. For what forms and services send (an object of plain values) it tells a valid input itself, so that
 * neither the general snapshot nor the general check runs; an invalid one it hands, as read, to the general check
 * (`EligibilityInputCheck`), which names every issue with the paths, messages and order the schema gives. At the first
 * value it does not read itself (a list, an object where a value belongs, an object with a symbol key or with more keys
 * than any input has) it stops, and hands on what it has read with the rest still to read, in the same order, from the
 * caller's object: the general path reads it from there, once, and names every issue with the general check. A property
 * test holds it to the schema for generated inputs of every kind.
 */
import { checkValue } from '../core/check.js';
import type { InputIssue } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import { EMPLOYMENTS, GRADE } from '../core/messages.js';
import { emptyRecord, unreadable } from '../core/snapshot.js';
import type { EligibilityInput } from './assess.js';
import { EligibilityInputCheck } from './checks.js';
import { GROUNDS, OFFERS, PROGNOSIS, REFERRALS } from './fields.js';

/** A valid input, its issues, or (`rest`) what was read and what is still to read, for the general path to finish. */
export type EligibilityRead =
  | { readonly value: EligibilityInput; readonly issues?: undefined; readonly rest?: undefined }
  | { readonly issues: InputIssue[]; readonly value?: undefined; readonly rest?: undefined }
  | { readonly rest: Record<string, unknown>; readonly value?: undefined; readonly issues?: undefined };

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
    const out = emptyRecord();
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
function readFields(value: object, keys: readonly string[], locale: Locale, parent?: string): Fields | InputIssue {
  const values: unknown[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i += 1) {
    const key = keys[i] as string;
    let item: unknown;
    try {
      if (!Object.hasOwn(value, key)) continue;
      item = (value as Record<string, unknown>)[key];
    } catch {
      return unreadable(parent === undefined ? [key] : [parent, key], locale);
    }
    values[i] = item;
    // A function is kept as it is (the snapshot does not read inside one either); an object is read inside before the
    // next key is, as the snapshot reads it.
    if (item === null || typeof item !== 'object') continue;
    const fields = parent === undefined ? nested(key, item, locale) : undefined;
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
  return keys === undefined ? undefined : readFields(item, keys, locale, key);
}

/** An optional boolean. */
const isFlag = (v: unknown) => v === undefined || typeof v === 'boolean';

/** The values of `prognosis` or `residentialGrounds` in the order of their names; undefined: absent; false: not valid. */
type Flags = (boolean | undefined)[] | false | undefined;

/**
 * The valid input, when `top` (read whole) is one; else undefined. Each value is put in its place once: a top-level one
 * by a switch on the key's name (TOP's names written out: looking each key up in the list was most of what reading a
 * valid input cost; a property test holds the names to TOP), a nested one by `flagsOf`. The input is built in one shape
 * (an object built key by key, in the caller's order, slows everything that reads it).
 */
function valid(top: Fields): EligibilityInput | undefined {
  let referral: unknown;
  let employment: unknown;
  let offer: unknown;
  let grade: unknown;
  let work: unknown;
  let prognosis: Flags;
  let grounds: Flags;
  const { keys, values } = top;
  for (let i = 0; i < keys.length; i += 1) {
    const v = values[i];
    switch (keys[i]) {
      case 'referral':
        referral = v;
        break;
      case 'employment':
        employment = v;
        break;
      case 'offer':
        offer = v;
        break;
      case 'sickLeaveGrade':
        grade = v;
        break;
      case 'workAbilityReduced':
        work = v;
        break;
      case 'prognosis':
        prognosis = flagsOf(v, PROGNOSIS);
        break;
      case 'residentialGrounds':
        grounds = flagsOf(v, GROUNDS);
        break;
      default:
        // A key the input does not have, with a value: not valid (undefined is absent).
        if (v !== undefined) return undefined;
    }
  }
  // The same lists and grade test the schema and the general check use (fields.ts, core/messages.ts).
  return (REFERRALS as readonly unknown[]).includes(referral) &&
    (EMPLOYMENTS as readonly unknown[]).includes(employment) &&
    (offer === undefined || (OFFERS as readonly unknown[]).includes(offer)) &&
    (grade === undefined || (typeof grade === 'number' && GRADE.ok(grade))) &&
    isFlag(work) &&
    prognosis !== false &&
    grounds !== false
    ? ({
        referral,
        employment,
        offer,
        sickLeaveGrade: grade,
        workAbilityReduced: work,
        prognosis: prognosis && { sickLeaveHalvedTwoWeeksAfter: prognosis[0], inWorkOrJobSeekingEightWeeksAfter: prognosis[1] },
        residentialGrounds: grounds && {
          noSuitableDayOffer: grounds[0],
          environmentChangeEssential: grounds[1],
          complexHealthProblems: grounds[2],
        },
      } as EligibilityInput)
    : undefined;
}

/**
 * A nested object read whole (`prognosis`: PROGNOSIS, `residentialGrounds`: GROUNDS), when it holds optional booleans
 * named in `names` and no other key with a value: its values in the order of `names`; undefined when it is absent; else
 * false. The names, two or three (as many as either list has), are compared as they stand, not looked up in the list.
 */
function flagsOf(value: unknown, names: readonly string[]): Flags {
  if (value === undefined) return undefined;
  if (!Fields.is(value)) return false;
  const [a, b, c] = names;
  const out: (boolean | undefined)[] = [undefined, undefined, undefined];
  const { keys, values } = value;
  for (let i = 0; i < keys.length; i += 1) {
    const v = values[i];
    const key = keys[i];
    const at = key === a ? 0 : key === b ? 1 : key === c ? 2 : -1;
    if (at >= 0 && isFlag(v)) out[at] = v as boolean | undefined;
    else if (v !== undefined) return false;
  }
  return out;
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
  const top = readFields(input, keys, locale);
  if (!(top instanceof Fields)) return { issues: [top] };
  if (top.stop >= 0) return { rest: top.record() };
  const value = valid(top);
  if (value !== undefined) return { value };
  // Not valid: the general check names every issue, on what was read (plain data now, read once: no snapshot needed).
  const checked = checkValue(EligibilityInputCheck, top.record(), locale);
  return checked.issues === undefined ? { value: checked.data as EligibilityInput } : { issues: checked.issues };
}
