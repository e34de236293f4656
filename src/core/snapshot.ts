/**
 * Reading a caller's input once. Every public function that validates an object works on a snapshot:
 * plain data made by reading each own enumerable property exactly once. So a getter that answers
 * differently on a second read, or a Proxy, cannot make the check see one value and the rule another;
 * a throw while reading (a getter, a Proxy trap, a revoked Proxy) becomes InvalidInputError at the path
 * it was reading; and nothing of the caller's object is kept in a result.
 */
import { type InputIssue, joinPath } from './errors.js';
import type { Locale } from './locale.js';

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

function unreadable(path: readonly PropertyKey[], locale: Locale): InputIssue {
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

function copy(value: unknown, path: PropertyKey[], depth: number, reading: Reading): unknown {
  reading.values += 1;
  if (reading.values > MAX_VALUES) throw new TooLarge();
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  if (typeof value === 'function') return value;
  if (depth > MAX_DEPTH) throw new TooDeep(path);
  let isArray: boolean;
  let keys: PropertyKey[];
  try {
    isArray = Array.isArray(value);
    keys = Reflect.ownKeys(value);
  } catch {
    throw new Unreadable(path);
  }
  if (isArray) {
    const source = value as unknown[];
    let length: number;
    try {
      length = source.length;
    } catch {
      throw new Unreadable(path);
    }
    // A Proxy may say any length: only a real one is a list's.
    if (!Number.isSafeInteger(length) || length < 0) throw new Unreadable(path);
    const out: unknown[] = new Array(length);
    const copied = Math.min(length, MAX_COPIED_ITEMS);
    for (let i = 0; i < copied; i += 1) {
      let item: unknown;
      try {
        item = source[i];
      } catch {
        throw new Unreadable([...path, i]);
      }
      out[i] = copy(item, [...path, i], depth + 1, reading);
    }
    return out;
  }
  // A plain record: own enumerable string keys, each read once. Keeping the prototype out also keeps `__proto__` a key.
  const out: Record<string, unknown> = Object.create(null);
  for (const key of keys) {
    let descriptor: PropertyDescriptor | undefined;
    try {
      descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    } catch {
      throw new Unreadable([...path, typeof key === 'symbol' ? String(key) : key]);
    }
    if (descriptor === undefined || !descriptor.enumerable) continue;
    if (typeof key === 'symbol') {
      reading.symbols.push({
        path: joinPath([...path, String(key)]),
        message: reading.locale === 'nb' ? 'Ukjent felt med et symbol som navn.' : 'Unknown field named by a symbol.',
      });
      continue;
    }
    let item: unknown;
    try {
      item = 'value' in descriptor ? descriptor.value : descriptor.get?.call(value);
    } catch {
      throw new Unreadable([...path, key]);
    }
    // undefined is how JavaScript says "not given"; JSON cannot say it at all. It is read as absent.
    if (item === undefined) continue;
    out[key] = copy(item, [...path, key], depth + 1, reading);
  }
  // Plain objects and class instances alike become plain records: a schema sees the fields, never a prototype's.
  return out;
}

/**
 * A plain-data copy of `value`, each property read once, or the issues that stop it: a value that could not be read
 * (named by path), one nested deeper than any input, a field named by a symbol.
 */
export function snapshot(
  value: unknown,
  locale: Locale,
): { readonly value: unknown; readonly issues?: undefined } | { readonly issues: InputIssue[] } {
  const reading: Reading = { symbols: [], locale, values: 0 };
  try {
    const out = copy(value, [], 0, reading);
    return reading.symbols.length > 0 ? { issues: reading.symbols } : { value: out };
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
 * True when `value` holds exactly `data` (plain data: records, lists, primitives) as a snapshot would read it:
 * the same own enumerable keys and nothing more (no symbol key, no key holding undefined), a list's items and
 * no more, and equal values, each read once. A throw while
 * reading is false. For a value that is the library's own result, so that a check may be skipped; when this
 * says false the value is validated as any other.
 */
export function holdsExactly(value: unknown, data: unknown): boolean {
  try {
    return same(value, data);
  } catch {
    return false;
  }
}

function same(value: unknown, data: unknown): boolean {
  if (data === null || typeof data !== 'object') return value === data;
  if (value === null || typeof value !== 'object' || Array.isArray(value) !== Array.isArray(data)) return false;
  if (Array.isArray(data)) {
    // A list is its items, as a snapshot reads it (other keys of an array are not read there either).
    const list = value as unknown[];
    if (list.length !== data.length) return false;
    for (let i = 0; i < data.length; i += 1) if (!same(list[i], data[i])) return false;
    return true;
  }
  // Every key of the data, own and equal; then no key beyond them.
  let keys = 0;
  for (const key in data) {
    keys += 1;
    if (!Object.hasOwn(value, key) || !same((value as Record<string, unknown>)[key], (data as Record<string, unknown>)[key])) return false;
  }
  // Hidden keys are not read by a snapshot either; a symbol key is never the library's.
  return Object.keys(value).length === keys && Object.getOwnPropertySymbols(value).length === 0;
}
