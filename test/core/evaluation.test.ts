import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { allOf, anyOf, type Evaluation, leaf, noneOf, type Reasons, type Verdict } from '../../src/core/evaluation.js';

const rule = { id: 'test', sources: [] };
const reasons: Reasons = {
  yes: { nb: 'ja', en: 'yes' },
  no: { nb: 'nei', en: 'no' },
  undetermined: { nb: 'kanskje', en: 'maybe' },
};
const verdict = fc.constantFrom<Verdict>('yes', 'no', 'undetermined');
const node = fc
  .tuple(verdict, fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 3 }))
  .map(([v, m]) => leaf(rule, v, v, m.length ? m : ['x']));
const and = (...c: Evaluation[]) => allOf(rule, reasons, 'en', c);
const or = (...c: Evaluation[]) => anyOf(rule, reasons, 'en', c);
const not = (c: Evaluation) => noneOf(rule, reasons, 'en', c);
const YES = leaf(rule, 'yes', 'y');
const NO = leaf(rule, 'no', 'n');
const same = (a: Evaluation, b: Evaluation) => {
  expect(a.verdict).toBe(b.verdict);
  expect([...a.missing].sort()).toEqual([...b.missing].sort());
};

describe('three-valued combinators (Kleene logic, as navikt/nare)', () => {
  test('truth tables', () => {
    const u = leaf(rule, 'undetermined', 'u', ['p']);
    expect(and(YES, u).verdict).toBe('undetermined');
    expect(and(NO, u).verdict).toBe('no');
    expect(and(NO, u).missing).toEqual([]);
    expect(or(YES, u).verdict).toBe('yes');
    expect(or(NO, u).verdict).toBe('undetermined');
    expect(or(NO, u).missing).toEqual(['p']);
    expect(not(u).verdict).toBe('undetermined');
    expect(not(YES).verdict).toBe('no');
    expect(and().verdict).toBe('yes');
    expect(or().verdict).toBe('no');
  });

  test('a decided leaf never carries missing inputs', () => {
    expect(leaf(rule, 'yes', 'y', ['p']).missing).toEqual([]);
  });

  test('the reason is the rule’s text for the verdict, in the locale', () => {
    expect(allOf(rule, reasons, 'nb', [NO]).reason).toBe('nei');
    expect(anyOf(rule, reasons, 'en', [YES]).reason).toBe('yes');
  });

  test.prop([node, node])('De Morgan: not(a and b) = not a or not b; not(a or b) = not a and not b', (a, b) => {
    same(not(and(a, b)), or(not(a), not(b)));
    same(not(or(a, b)), and(not(a), not(b)));
  });

  test.prop([node])('identities and double negation', (a) => {
    same(and(a, YES), a);
    same(or(a, NO), a);
    expect(and(a, NO).verdict).toBe('no');
    expect(or(a, YES).verdict).toBe('yes');
    same(not(not(a)), a);
  });

  test.prop([node, node, node])('commutativity and associativity', (a, b, c) => {
    same(and(a, b), and(b, a));
    same(or(a, b), or(b, a));
    same(and(and(a, b), c), and(a, and(b, c)));
    same(or(or(a, b), c), or(a, or(b, c)));
  });

  test.prop([node, node])('missing lists each path once, only for undetermined results', (a, b) => {
    for (const result of [and(a, b), or(a, b)]) {
      expect(new Set(result.missing).size).toBe(result.missing.length);
      if (result.verdict !== 'undetermined') expect(result.missing).toEqual([]);
      else expect(result.missing.length).toBeGreaterThan(0);
    }
  });
});
