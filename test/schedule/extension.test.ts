import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { assessExtension, type ExtensionInput } from '../../src/schedule/extension.js';
import { expectCatalogued, invalid } from '../helpers.js';

const verdict = (input: ExtensionInput) => assessExtension(input).verdict;

describe('assessExtension, profile rnnk (default)', () => {
  test('4 + 4 + 4 with a documented need; not a third, not other block sizes', () => {
    expect(verdict({ currentWeeks: 4, additionalWeeks: 4, need: true })).toBe('yes');
    expect(verdict({ currentWeeks: 8, additionalWeeks: 4, extensionsSoFar: 1, need: true })).toBe('yes');
    expect(verdict({ currentWeeks: 12, additionalWeeks: 4, extensionsSoFar: 2, need: true })).toBe('no');
    expect(verdict({ currentWeeks: 4, additionalWeeks: 3, need: true })).toBe('no');
    expect(verdict({ currentWeeks: 4, additionalWeeks: 5, need: true })).toBe('no');
    expect(verdict({ baseWeeks: 3, currentWeeks: 3, additionalWeeks: 4, need: true })).toBe('no');
  });
  test('need: false is no, absent is undetermined naming it', () => {
    expect(verdict({ currentWeeks: 4, additionalWeeks: 4, need: false })).toBe('no');
    const open = assessExtension({ currentWeeks: 4, additionalWeeks: 4 });
    expect(open.verdict).toBe('undetermined');
    expect(open.missing).toEqual(['need']);
    expect(verdict({ currentWeeks: 12, additionalWeeks: 4, extensionsSoFar: 2 })).toBe('no');
  });
});

describe('assessExtension, profile nav', () => {
  test('up to 8 more weeks in all, in any whole weeks, base up to 4', () => {
    const nav = (x: Omit<ExtensionInput, 'profile' | 'need'>) => verdict({ ...x, profile: 'nav', need: true });
    expect(nav({ currentWeeks: 4, additionalWeeks: 8 })).toBe('yes');
    expect(nav({ currentWeeks: 4, additionalWeeks: 1 })).toBe('yes');
    expect(nav({ baseWeeks: 2, currentWeeks: 2, additionalWeeks: 8 })).toBe('yes');
    expect(nav({ baseWeeks: 2, currentWeeks: 2, additionalWeeks: 9 })).toBe('no');
    expect(nav({ currentWeeks: 10, additionalWeeks: 2, extensionsSoFar: 3 })).toBe('yes');
    expect(nav({ currentWeeks: 10, additionalWeeks: 3 })).toBe('no');
    expect(nav({ baseWeeks: 5, currentWeeks: 5, additionalWeeks: 1 })).toBe('no');
  });
});

describe('assessExtension, bad input', () => {
  test('weeks must be whole numbers ≥ 1; the current stay cannot be shorter than the base', () => {
    expect(invalid(() => assessExtension({ currentWeeks: 4, additionalWeeks: 0 })).issues[0]?.path).toBe('additionalWeeks');
    expect(invalid(() => assessExtension({ currentWeeks: 4, additionalWeeks: 1.5 })).issues[0]?.path).toBe('additionalWeeks');
    expect(invalid(() => assessExtension({ currentWeeks: 2, additionalWeeks: 4 })).issues[0]?.path).toBe('currentWeeks');
    expect(invalid(() => assessExtension({ currentWeeks: 4, additionalWeeks: 4, profile: 'x' } as never)).issues[0]?.path).toBe('profile');
  });
});

type Model = { weeks: number; extensions: number };
type Real = { weeks: number; extensions: number; profile: 'rnnk' | 'nav' };

class Request implements fc.Command<Model, Real> {
  constructor(
    readonly additional: number,
    readonly need: boolean,
  ) {}
  check = () => true;
  run(model: Model, real: Real): void {
    const result = assessExtension({
      currentWeeks: real.weeks,
      additionalWeeks: this.additional,
      extensionsSoFar: real.extensions,
      need: this.need,
      profile: real.profile,
    });
    expectCatalogued(result);
    if (result.verdict === 'yes') {
      real.weeks += this.additional;
      real.extensions += 1;
      model.weeks += this.additional;
      model.extensions += 1;
    }
    expect(real.weeks).toBeLessThanOrEqual(12);
    if (real.profile === 'rnnk') expect(real.extensions).toBeLessThanOrEqual(2);
    if (real.profile === 'nav') expect(real.weeks - 4).toBeLessThanOrEqual(8);
    if (!this.need) expect(result.verdict).toBe('no');
  }
  toString = () => `request(${this.additional}, need=${this.need})`;
}

describe('assessExtension, model-based', () => {
  test.prop([
    fc.constantFrom<'rnnk' | 'nav'>('rnnk', 'nav'),
    fc.commands([fc.record({ a: fc.integer({ min: 1, max: 12 }), n: fc.boolean() }).map(({ a, n }) => new Request(a, n))], {
      maxCommands: 30,
    }),
  ])('no sequence of approved extensions passes 12 weeks; rnnk never approves a third', (profile, commands) => {
    fc.modelRun(() => ({ model: { weeks: 4, extensions: 0 }, real: { weeks: 4, extensions: 0, profile } }), commands);
  });
});
