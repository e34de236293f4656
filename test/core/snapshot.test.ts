import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { emptyRecord, holdsExactly, snapshot } from '../../src/core/snapshot.js';
import { planStay, type StayPlan } from '../../src/schedule/plan.js';

const data = { a: 1, b: 'x', list: [{ c: true }, { c: false }], nested: { d: null } };
const read = (value: unknown) => {
  const taken = snapshot(value, 'nb');
  if (taken.issues !== undefined) throw new Error('not readable');
  return taken.value;
};
/** holdsExactly of `value`'s snapshot, with the count of values the snapshot read. */
const holds = (value: unknown, data: unknown) => {
  const taken = snapshot(value, 'nb');
  if (taken.issues !== undefined) throw new Error('not readable');
  return holdsExactly(taken.value, data, taken.count);
};

describe('holdsExactly: a snapshot that holds exactly some plain data', () => {
  test('a snapshot of an equal copy does, whatever the order of its keys', () => {
    expect(holds(structuredClone(data), data)).toBe(true);
    expect(holds({ nested: { d: null }, list: data.list, b: 'x', a: 1 }, data)).toBe(true);
  });

  test.each([
    ['a changed value', { ...data, a: 2 }],
    ['a missing key', { b: 'x', list: data.list, nested: data.nested }],
    ['an extra key', { ...data, e: 1 }],
    ['a shorter list', { ...data, list: [{ c: true }] }],
    ['a list where a record was', { ...data, nested: [] }],
    ['a record where a list was', { ...data, list: { 0: { c: true }, 1: { c: false }, length: 2 } }],
    ['null where a record was', { ...data, nested: null }],
    ['a number as text', { ...data, a: '1' }],
  ])('%s does not', (_, value) => {
    expect(holds(value, data)).toBe(false);
  });

  // What a snapshot leaves out (a key holding undefined, a hidden key, a prototype's) is not there to compare.
  test('a snapshot reads a value as the library reads any input', () => {
    const hidden = Object.defineProperty({ ...data, extra: 1 }, 'extra', { enumerable: false });
    expect(holds(hidden, data)).toBe(true);
    expect(holds({ ...data, e: undefined }, data)).toBe(true);
    const inherited = Object.assign(Object.create({ a: 1 }), { b: 'x', list: data.list, nested: data.nested });
    expect(holds(inherited, data)).toBe(false);
  });

  test.prop([fc.jsonValue(), fc.jsonValue()])('true for a snapshot of a copy; true only for data equal to it', (a, b) => {
    expect(holds(structuredClone(a), a)).toBe(true);
    // Through JSON, -0 is 0 as === sees it; toEqual ignores the order of keys, as holdsExactly does.
    const [x, y] = [JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b))];
    if (holds(a, b)) expect(x).toEqual(y);
    else expect(x).not.toEqual(y);
  });
});

describe('snapshot: the rules\u2019 own source lists', () => {
  const plan = planStay({ start: '2027-03-01', employment: 'employed', weeks: 8 }, { locale: 'en' });
  test('are kept as they are, frozen, and counted as a copy of them would be', () => {
    const kept = snapshot(plan, 'nb');
    const copied = snapshot(structuredClone(plan), 'nb');
    if (kept.issues !== undefined || copied.issues !== undefined) throw new Error('no issues expected');
    const first = (kept.value as StayPlan).milestones[0]?.sources;
    expect(first).toBe(plan.milestones[0]?.sources);
    expect(Object.isFrozen(first) && first?.every((s) => Object.isFrozen(s))).toBe(true);
    expect((copied.value as StayPlan).milestones[0]?.sources).not.toBe(plan.milestones[0]?.sources);
    expect(kept.count).toBe(copied.count);
    expect(copied.value).toEqual(kept.value);
    expect(holdsExactly(kept.value, plan, kept.count)).toBe(true);
    expect(holdsExactly(copied.value, plan, copied.count)).toBe(true);
  });
  test('a list equal to one of them but not it is copied and compared value by value', () => {
    const changed = { ...plan, milestones: plan.milestones.map((m) => ({ ...m, sources: [...m.sources] })) };
    const read = snapshot(changed, 'nb');
    if (read.issues !== undefined) throw new Error('no issues expected');
    expect((read.value as StayPlan).milestones[0]?.sources).not.toBe(plan.milestones[0]?.sources);
    expect(holdsExactly(read.value, plan, read.count)).toBe(true);
    const other = { ...plan, milestones: plan.milestones.map((m, i) => (i === 0 ? { ...m, sources: plan.phases[0]?.sources } : m)) };
    const wrong = snapshot(other, 'nb');
    if (wrong.issues !== undefined) throw new Error('no issues expected');
    expect(holdsExactly(wrong.value, plan, wrong.count)).toBe(false);
  });
});

describe('snapshot: what is read', () => {
  test('an own key a getter deletes before it is read is not read from the prototype', () => {
    const input = Object.create({ workAbilityReduced: true, inherited: 1 }) as Record<string, unknown>;
    Object.defineProperty(input, 'referral', {
      enumerable: true,
      get() {
        delete input.workAbilityReduced;
        return 'nav';
      },
    });
    input.workAbilityReduced = false;
    expect(read(input)).toEqual(Object.assign(Object.create(null), { referral: 'nav' }));
  });

  test('a Proxy is read through its get trap, once per key it lists as its own and enumerable', () => {
    const gets: PropertyKey[] = [];
    const proxy = new Proxy(
      { a: 1, b: 2 },
      {
        get(target, key) {
          gets.push(key);
          return Reflect.get(target, key);
        },
      },
    );
    expect(read(proxy)).toEqual(Object.assign(Object.create(null), { a: 1, b: 2 }));
    expect(gets).toEqual(['a', 'b']);
  });

  test('a record read inherits nothing, even from a polluted Object.prototype, and `__proto__` is one of its keys', () => {
    const polluted = Object.prototype as Record<string, unknown>;
    polluted.referral = 'nav';
    try {
      const record = read(JSON.parse('{"__proto__":{"a":1},"b":2}')) as Record<string, unknown>;
      const listed: string[] = [];
      for (const key in record) listed.push(key);
      expect(listed).toEqual(['__proto__', 'b']);
      expect(Object.keys(record)).toEqual(['__proto__', 'b']);
      expect(Object.hasOwn(record, '__proto__')).toBe(true);
      expect('referral' in record || 'toString' in record || 'hasOwnProperty' in record).toBe(false);
      expect(record.referral).toBeUndefined();
      // Every new record starts empty, with nothing it could inherit or be given.
      // Object.assign sets the key as `record[key] = value` does.
      const fresh = Object.assign(emptyRecord(), JSON.parse('{"__proto__":{"a":1}}'));
      expect(Object.keys(fresh)).toEqual(['__proto__']);
      expect(Object.keys(emptyRecord())).toEqual([]);
      expect(Object.isFrozen(Object.getPrototypeOf(fresh))).toBe(true);
    } finally {
      delete polluted.referral;
    }
  });
});

describe('snapshot: what stops it, named by its path, in the caller\u2019s language', () => {
  const issuesOf = (value: unknown, locale: 'nb' | 'en') => {
    const taken = snapshot(value, locale);
    if (taken.issues === undefined) throw new Error('read');
    return taken.issues;
  };
  /** `n` objects, each the value of the one around it under `d`, the innermost holding 1. */
  const nested = (n: number): unknown => {
    let value: unknown = 1;
    for (let i = 0; i < n; i += 1) value = { d: value };
    return value;
  };
  const UNREADABLE = {
    nb: 'Verdien kunne ikke leses (en getter eller en Proxy kastet en feil).',
    en: 'The value could not be read (a getter or a Proxy threw an error).',
  };

  test('a field named by a symbol is an issue at its path when it is enumerable, and not read at all when it is not', () => {
    const s = Symbol('x');
    const input = { a: [{ b: 1 }, { [s]: 1 }] };
    expect(issuesOf(input, 'nb')).toEqual([{ path: 'a.1.Symbol(x)', message: 'Ukjent felt med et symbol som navn.' }]);
    expect(issuesOf(input, 'en')).toEqual([{ path: 'a.1.Symbol(x)', message: 'Unknown field named by a symbol.' }]);
    const hidden = { a: 1 };
    Object.defineProperty(hidden, s, { value: 2, enumerable: false });
    expect(read({ list: [hidden] })).toEqual({ list: [{ a: 1 }] });
  });

  test('a value that cannot be read is named by where it is: an item of a list, a field of an item, a symbol-named field', () => {
    const list: unknown[] = [1, 2];
    Object.defineProperty(list, 1, {
      get() {
        throw new Error('no');
      },
    });
    expect(issuesOf({ a: list }, 'en')).toEqual([{ path: 'a.1', message: UNREADABLE.en }]);
    const item = {};
    Object.defineProperty(item, 'c', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(issuesOf({ a: [0, item] }, 'nb')).toEqual([{ path: 'a.1.c', message: UNREADABLE.nb }]);
    const s = Symbol('y');
    const described = new Proxy({ [s]: 1 } as object, {
      getOwnPropertyDescriptor(target, key) {
        if (typeof key === 'symbol') throw new Error('no');
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
    });
    expect(issuesOf({ a: [described] }, 'en')).toEqual([{ path: 'a.0.Symbol(y)', message: UNREADABLE.en }]);
    // Something deeper inside an item is named through the item too.
    expect(issuesOf({ a: [0, nested(14)] }, 'en').map((i) => i.path)).toEqual([`a.1.${'d.'.repeat(10)}d`]);
  });

  test('nesting past every input (or a value that holds itself) is named where it starts going too deep, in both languages', () => {
    // Thirteen levels are read; the fourteenth object is one too deep.
    expect(issuesOf(nested(14), 'nb')).toEqual([
      {
        path: `${'d.'.repeat(12)}d`,
        message: 'Verdien er nestet dypere enn noen inndata til biblioteket (eller refererer til seg selv).',
      },
    ]);
    const self: Record<string, unknown> = {};
    self.self = self;
    expect(issuesOf(self, 'en')).toEqual([
      { path: `${'self.'.repeat(12)}self`, message: 'The value is nested deeper than any input of the library (or refers to itself).' },
    ]);
    expect(snapshot(nested(13), 'en').issues).toBeUndefined();
  });

  test('more values than any case is one issue for the whole input, from one value past the bound on, in both languages', () => {
    // A list and its 9,999 items are 10,000 values: twenty of them and the list around them are 200,001.
    const lists = (last: number) => Array.from({ length: 20 }, (_, i) => new Array(i === 19 ? last : 9_999).fill(0));
    expect(snapshot(lists(9_998), 'en').issues).toBeUndefined();
    expect(snapshot(lists(9_998), 'en')).toMatchObject({ count: 200_000 });
    expect(issuesOf(lists(9_999), 'nb')).toEqual([
      { path: '', message: 'Inndata har flere enn 200000 verdier, langt flere enn noen sak har.' },
    ]);
    expect(issuesOf(lists(9_999), 'en')).toEqual([
      { path: '', message: 'The input holds more than 200000 values, far more than any case has.' },
    ]);
  });
});
