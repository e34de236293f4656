/**
 * Reading a caller's input once. Every public function that validates an object works on a snapshot:
 * plain data made by reading each own enumerable property exactly once. So a getter that answers
 * differently on a second read, or a Proxy, cannot make the check see one value and the rule another;
 * a throw while reading (a getter, a Proxy trap, a revoked Proxy) becomes InvalidInputError at the path
 * it was reading; and nothing of the caller's object is kept in a result. The one thing kept as it is, not copied, is
 * one of the rules' own source lists (a plan handed back to `planToICalendar` holds them): the library made and froze
 * it and its sources, so nothing in it can change or run (core/rule.ts, `SHARED`).
 */
import { type InputIssue, joinPath } from './errors.js';
import type { Locale } from './locale.js';
import { SHARED } from './rule.js';

/** Deeper than any input of the library (four levels); past it a value is not read (a cycle, or not an input). */
const MAX_DEPTH = 12;
/** Items of a list copied at the most; the schemas' bounds are far lower, and a longer list keeps its length only. */
const MAX_COPIED_ITEMS = 10_000;
/** Values read in one snapshot at the most: a list that holds itself or another list many times is not read past it. */
const MAX_VALUES = 200_000;

class Unreadable {
  constructor(readonly path: readonly PropertyKey[]) {}
}

class TooDeep {
  constructor(readonly path: readonly PropertyKey[]) {}
}

class TooLarge {}

/**
 * A new empty object for a record read from a caller, that inherits nothing: its prototype is NOTHING, an empty
 * frozen object without a prototype, so a polluted Object.prototype adds no key and `__proto__` is a key like any
 * other, as with `Object.create(null)`. V8 keeps such an object in its fast form, where `Object.create(null)` makes a
 * hash table: the checks that list and read a record (`for…in` above all) ran several times slower on one, and an
 * invalid eligibility input, named by the general check on such records, cost 8 % more instructions.
 */
export function emptyRecord(): Record<string, unknown> {
  return Object.create(NOTHING);
}
const NOTHING: object = Object.freeze(Object.create(null));

/** The issue of a value that could not be read (a getter or a Proxy trap threw). */
export function unreadable(path: readonly PropertyKey[], locale: Locale): InputIssue {
  return {
    path: joinPath(path),
    message:
      locale === 'nb'
        ? 'Verdien kunne ikke leses (en getter eller en Proxy kastet en feil).'
        : 'The value could not be read (a getter or a Proxy threw an error).',
  };
}

interface Reading {
  readonly symbols: InputIssue[];
  readonly locale: Locale;
  values: number;
}

/** Where a value sits, as a chain to its parent: made into a list only for an issue, not for every value read. */
type At = { readonly up: At; readonly key: PropertyKey } | undefined;

function pathOf(at: At): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let step = at; step !== undefined; step = step.up) path.push(step.key);
  return path.reverse();
}

function copy(value: unknown, at: At, depth: number, reading: Reading): unknown {
  reading.values += 1;
  if (reading.values > MAX_VALUES) throw new TooLarge();
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  if (typeof value === 'function') return value;
  const shared = SHARED.get(value);
  if (shared !== undefined) {
    // One of the rules' frozen source lists (a plan handed back holds them): kept, its values counted.
    reading.values += shared - 1;
    return value;
  }
  if (depth > MAX_DEPTH) throw new TooDeep(pathOf(at));
  let isArray: boolean;
  try {
    isArray = Array.isArray(value);
  } catch {
    throw new Unreadable(pathOf(at));
  }
  if (isArray) {
    const source = value as unknown[];
    let length: number;
    try {
      length = source.length;
    } catch {
      throw new Unreadable(pathOf(at));
    }
    // A Proxy may say any length: only a real one is a list's.
    if (!Number.isSafeInteger(length) || length < 0) throw new Unreadable(pathOf(at));
    const out: unknown[] = new Array(length);
    const copied = Math.min(length, MAX_COPIED_ITEMS);
    for (let i = 0; i < copied; i += 1) {
      let item: unknown;
      try {
        item = source[i];
      } catch {
        throw new Unreadable(pathOf({ up: at, key: i }));
      }
      out[i] = copy(item, { up: at, key: i }, depth + 1, reading);
    }
    return out;
  }
  // A plain record: own enumerable string keys, each read once. Keeping the prototype out also keeps `__proto__` a key.
  // Object.keys lists them (reading only which keys there are); an own enumerable symbol key is an issue.
  let keys: string[];
  let symbols: symbol[];
  try {
    keys = Object.keys(value);
    symbols = Object.getOwnPropertySymbols(value);
  } catch {
    throw new Unreadable(pathOf(at));
  }
  for (const symbol of symbols) {
    let enumerable: boolean | undefined;
    try {
      enumerable = Reflect.getOwnPropertyDescriptor(value, symbol)?.enumerable;
    } catch {
      throw new Unreadable(pathOf({ up: at, key: String(symbol) }));
    }
    if (enumerable !== true) continue;
    reading.symbols.push({
      path: joinPath([...pathOf(at), String(symbol)]),
      message: reading.locale === 'nb' ? 'Ukjent felt med et symbol som navn.' : 'Unknown field named by a symbol.',
    });
  }
  const out = emptyRecord();
  for (const key of keys) {
    // Object.keys lists only own enumerable keys (of a Proxy too: it asks the Proxy to describe each), so each is
    // read as any code reads it: a getter runs once, a Proxy's get trap once. No descriptor is made for it. A key a
    // getter has since deleted is not read either, as it would now come from the prototype.
    let item: unknown;
    try {
      if (!Object.hasOwn(value, key)) continue;
      item = (value as Record<string, unknown>)[key];
    } catch {
      throw new Unreadable(pathOf({ up: at, key }));
    }
    // undefined is how JavaScript says "not given"; JSON cannot say it at all. It is read as absent.
    if (item === undefined) continue;
    out[key] = copy(item, { up: at, key }, depth + 1, reading);
  }
  // Plain objects and class instances alike become plain records: a schema sees the fields, never a prototype's.
  return out;
}

/**
 * A plain-data copy of `value`, each property read once, or the issues that stop it: a value that could not be read
 * (named by path), one nested deeper than any input, a field named by a symbol. `count` is how many values it read.
 */
export function snapshot(
  value: unknown,
  locale: Locale,
): { readonly value: unknown; readonly count: number; readonly issues?: undefined } | { readonly issues: InputIssue[] } {
  const reading: Reading = { symbols: [], locale, values: 0 };
  try {
    const out = copy(value, undefined, 0, reading);
    return reading.symbols.length > 0 ? { issues: reading.symbols } : { value: out, count: reading.values };
  } catch (error) {
    if (error instanceof Unreadable) return { issues: [unreadable(error.path, locale)] };
    if (error instanceof TooLarge) {
      return {
        issues: [
          {
            path: '',
            message:
              locale === 'nb'
                ? `Inndata har flere enn ${MAX_VALUES} verdier, langt flere enn noen sak har.`
                : `The input holds more than ${MAX_VALUES} values, far more than any case has.`,
          },
        ],
      };
    }
    if (error instanceof TooDeep) {
      return {
        issues: [
          {
            path: joinPath(error.path),
            message:
              locale === 'nb'
                ? 'Verdien er nestet dypere enn noen inndata til biblioteket (eller refererer til seg selv).'
                : 'The value is nested deeper than any input of the library (or refers to itself).',
          },
        ],
      };
    }
    throw error;
  }
}

/**
 * True when `value`, a snapshot that read `count` values (`snapshot` gives both), holds exactly `data`, plain data
 * (records, lists, primitives): every key and item of `data` with an equal value, and nothing more, since it read no
 * more values than `data` has. For a snapshot compared with the library's own result, so that a check may be
 * skipped; when this says false the snapshot is validated as any other.
 */
export function holdsExactly(value: unknown, data: unknown, count: number): boolean {
  return matched(value, data) === count;
}

/** How many values of `data` `value` holds equal, itself included, or -1 at the first that differs. */
function matched(value: unknown, data: unknown): number {
  if (data === null || typeof data !== 'object') return value === data ? 1 : -1;
  if (value === data) return SHARED.get(data) ?? -1;
  if (value === null || typeof value !== 'object' || Array.isArray(value) !== Array.isArray(data)) return -1;
  let n = 1;
  if (Array.isArray(data)) {
    const list = value as unknown[];
    if (list.length !== data.length) return -1;
    for (let i = 0; i < data.length; i += 1) {
      const m = matched(list[i], data[i]);
      if (m < 0) return -1;
      n += m;
    }
    return n;
  }
  // A snapshot's records inherit nothing and have no key holding undefined: a key it lacks reads as undefined.
  for (const key in data) {
    const item = (value as Record<string, unknown>)[key];
    const m = item === undefined ? -1 : matched(item, (data as Record<string, unknown>)[key]);
    if (m < 0) return -1;
    n += m;
  }
  return n;
}
