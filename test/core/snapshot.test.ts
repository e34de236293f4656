import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { holdsExactly } from '../../src/core/snapshot.js';

const data = { a: 1, b: 'x', list: [{ c: true }, { c: false }], nested: { d: null } };

describe('holdsExactly: a value that holds exactly some plain data', () => {
  test('an equal copy does; the data itself does', () => {
    expect(holdsExactly(structuredClone(data), data)).toBe(true);
    expect(holdsExactly(data, data)).toBe(true);
  });

  test.each([
    ['a changed value', { ...data, a: 2 }],
    ['a missing key', { b: 'x', list: data.list, nested: data.nested }],
    ['an extra key', { ...data, e: 1 }],
    ['an extra key holding undefined', { ...data, e: undefined }],
    ['a shorter list', { ...data, list: [{ c: true }] }],
    ['a list where a record was', { ...data, nested: [] }],
    ['a record where a list was', { ...data, list: { 0: { c: true }, 1: { c: false }, length: 2 } }],
    ['a symbol key', { ...data, [Symbol('s')]: 1 }],
    ['null where a record was', { ...data, nested: null }],
    ['a number as text', { ...data, a: '1' }],
  ])('%s does not', (_, value) => {
    expect(holdsExactly(value, data)).toBe(false);
  });

  test('a key that is inherited, not own, does not count', () => {
    const value = Object.assign(Object.create({ a: 1 }), { b: 'x', list: data.list, nested: data.nested, z: 0 });
    expect(holdsExactly(value, data)).toBe(false);
  });

  test('a getter that throws, or a revoked Proxy, is false, not a throw', () => {
    const getter = Object.defineProperty({ ...data }, 'a', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(holdsExactly(getter, data)).toBe(false);
    const { proxy, revoke } = Proxy.revocable({ ...data }, {});
    revoke();
    expect(holdsExactly(proxy, data)).toBe(false);
  });

  test.prop([fc.jsonValue(), fc.jsonValue()])('true for a copy; true only for data equal to it', (a, b) => {
    expect(holdsExactly(structuredClone(a), a)).toBe(true);
    // Through JSON, -0 is 0 as === sees it; toEqual ignores the order of keys, as holdsExactly does.
    if (holdsExactly(a, b)) expect(JSON.parse(JSON.stringify(a))).toEqual(JSON.parse(JSON.stringify(b)));
    else expect(JSON.parse(JSON.stringify(a))).not.toEqual(JSON.parse(JSON.stringify(b)));
  });
});
