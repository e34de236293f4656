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

  test('an RNNK stay is 4, 8 or 12 weeks: any other length is no, saying so', () => {
    for (const currentWeeks of [1, 3, 5, 6, 7, 9, 10, 11]) {
      const result = assessExtension({ currentWeeks, additionalWeeks: 4, need: true });
      expect(result.verdict, `${currentWeeks}`).toBe('no');
      const blocks = result.children.find((c) => c.rule === 'extension.rnnk-blocks');
      expect(blocks?.reason).toBe(
        `RNNK tilbyr opphold på 4, 8 eller 12 uker; et opphold på ${currentWeeks} ${currentWeeks === 1 ? 'uke' : 'uker'} er ikke ett av dem.`,
      );
      // How often such a stay was extended is not known, so nothing is said of it.
      expect(result.children.map((c) => c.rule)).not.toContain('extension.rnnk-at-most-two');
    }
    const en = assessExtension({ currentWeeks: 5, additionalWeeks: 4, need: true }, { locale: 'en' });
    expect(en.children.find((c) => c.rule === 'extension.rnnk-blocks')?.reason).toBe(
      'RNNK offers stays of 4, 8 or 12 weeks; a stay of 5 weeks is not one of them.',
    );
  });

  test('the count of extensions follows from the stay when not given, and a contradiction names both fields', () => {
    const second = assessExtension({ currentWeeks: 8, additionalWeeks: 4, need: true });
    expect(second.verdict).toBe('yes');
    expect(second.children.find((c) => c.rule === 'extension.rnnk-at-most-two')?.reason).toBe(
      'Dette blir forlengelse nummer 2 av høyst to.',
    );
    const third = assessExtension({ currentWeeks: 12, additionalWeeks: 4, need: true }, { locale: 'en' });
    expect(third.children.find((c) => c.rule === 'extension.rnnk-at-most-two')?.reason).toBe(
      'The stay has already been extended 2 times; RNNK extends at most twice.',
    );
    const error = invalid(() => assessExtension({ currentWeeks: 8, additionalWeeks: 4, extensionsSoFar: 0, need: true }));
    expect(error.issues).toEqual([
      {
        path: 'currentWeeks',
        message: 'Et RNNK-opphold på 8 uker er forlenget 1 gang, men antall forlengelser så langt er oppgitt som 0.',
      },
      { path: 'extensionsSoFar', message: 'Med 0 forlengelser er et RNNK-opphold 4 uker, men oppholdet er oppgitt til 8 uker.' },
    ]);
    const en = invalid(() => assessExtension({ currentWeeks: 4, additionalWeeks: 4, extensionsSoFar: 1 }, { locale: 'en' }));
    expect(en.issues).toEqual([
      { path: 'currentWeeks', message: 'An RNNK stay of 4 weeks has been extended 0 times, but the extensions so far are given as 1.' },
      { path: 'extensionsSoFar', message: 'With 1 extension, an RNNK stay is 8 weeks, but the stay is given as 4 weeks.' },
    ]);
    // Under nav, extensionsSoFar says nothing about the length, so nothing contradicts it.
    expect(verdict({ currentWeeks: 8, additionalWeeks: 4, extensionsSoFar: 0, need: true, profile: 'nav' })).toBe('yes');
  });

  test('the extension is 4 weeks; other sizes are no, naming the size in the right number', () => {
    const one = assessExtension({ currentWeeks: 4, additionalWeeks: 1, need: true });
    expect(one.children.find((c) => c.rule === 'extension.rnnk-blocks')?.reason).toBe(
      'Ved RNNK forlenges oppholdet med nøyaktig 4 uker om gangen, ikke 1 uke.',
    );
    const base = assessExtension({ baseWeeks: 2, currentWeeks: 4, additionalWeeks: 4, need: true }, { locale: 'en' });
    expect(base.children.find((c) => c.rule === 'extension.rnnk-blocks')?.reason).toBe("RNNK's base stay is 4 weeks, not 2 weeks.");
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

  test('a stay of 1–4 weeks is itself the base stay: no baseWeeks needed', () => {
    const nav = (currentWeeks: number, additionalWeeks: number) =>
      assessExtension({ currentWeeks, additionalWeeks, profile: 'nav', need: true });
    expect(nav(3, 4).verdict).toBe('yes');
    expect(nav(3, 8).verdict).toBe('yes');
    expect(nav(3, 9).verdict).toBe('no'); // 9 extension weeks, although the stay would be 12
    expect(nav(1, 8).verdict).toBe('yes');
    expect(nav(2, 1).children.find((c) => c.rule === 'extension.nav-base-stay')?.reason).toBe(
      'Grunnoppholdet er 2 uker, innenfor NAVs grense på 4 uker.',
    );
    expect(nav(4, 1).children.find((c) => c.rule === 'extension.nav-at-most-8-more')?.reason).toBe(
      'Forlengelsene blir 1 uke i alt, innenfor NAVs grense på 8 uker.',
    );
    // A longer stay takes the base of 4 weeks: 10 + 3 would be 9 extension weeks.
    expect(nav(10, 3).children.find((c) => c.rule === 'extension.nav-at-most-8-more')?.reason).toBe(
      'Forlengelsene ville bli 9 uker i alt; NAV forlenger med inntil 8 uker.',
    );
  });
});

describe('assessExtension, bad input', () => {
  test('weeks must be whole numbers ≥ 1; the current stay cannot be shorter than the base', () => {
    expect(invalid(() => assessExtension({ currentWeeks: 4, additionalWeeks: 0 })).issues[0]?.path).toBe('additionalWeeks');
    expect(invalid(() => assessExtension({ currentWeeks: 4, additionalWeeks: 1.5 })).issues[0]?.path).toBe('additionalWeeks');
    expect(invalid(() => assessExtension({ baseWeeks: 4, currentWeeks: 2, additionalWeeks: 4 })).issues[0]?.path).toBe('currentWeeks');
    expect(invalid(() => assessExtension({ baseWeeks: 3, currentWeeks: 2, additionalWeeks: 4, profile: 'nav' })).issues).toEqual([
      { path: 'currentWeeks', message: 'Oppholdet er planlagt til 2 uker, kortere enn det oppgitte grunnoppholdet på 3 uker.' },
    ]);
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
