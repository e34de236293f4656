import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { InputIssue } from '../../src/core/errors.js';
import type { Locale } from '../../src/core/locale.js';
import { checkSnapshot } from '../../src/core/schema.js';
import { snapshot } from '../../src/core/snapshot.js';
import { type EligibilityInput, evaluateEligibility } from '../../src/eligibility/assess.js';
import { GROUNDS, PROGNOSIS, TOP } from '../../src/eligibility/fields.js';
import { readEligibility } from '../../src/eligibility/read.js';
import { EligibilityInputSchema } from '../../src/eligibility/schemas.js';
import { eligibilityInput } from './arbitraries.js';

/** The general path: the snapshot, then zod. */
function general(input: unknown, locale: Locale): { value: EligibilityInput } | { issues: InputIssue[] } {
  const read = snapshot(input, locale);
  if (read.issues !== undefined) return { issues: read.issues };
  const checked = checkSnapshot(EligibilityInputSchema, read.value, locale);
  return checked.issues === undefined ? { value: checked.data as EligibilityInput } : { issues: checked.issues };
}

const FIELDS = TOP;
const NESTED = [...PROGNOSIS, ...GROUNDS];

/**
 * That a valid answer is the reader's own, not the general check's (which gives the same value): the reader builds its
 * value in one shape, every field of the schema present and in its order (and so inside `prognosis` and
 * `residentialGrounds`), where the general check keeps only the fields given.
 */
function expectReadersOwn(value: EligibilityInput | undefined): void {
  expect(Object.keys(value ?? {})).toEqual(TOP);
  if (value?.prognosis !== undefined) expect(Object.keys(value.prognosis)).toEqual(PROGNOSIS);
  if (value?.residentialGrounds !== undefined) expect(Object.keys(value.residentialGrounds)).toEqual(GROUNDS);
}
const key = fc.oneof(
  fc.constantFrom(...FIELDS, ...NESTED, '__proto__', 'constructor', 'toString', '0', '12', 'Referral', ''),
  fc.string({ maxLength: 4 }),
);
const value = fc.oneof(
  fc.constantFrom(
    'nav',
    'gp',
    'day',
    'residential',
    'employed',
    'not-employed',
    'Nav',
    '',
    '50',
    true,
    false,
    null,
    0,
    15,
    20,
    50.5,
    100,
    101,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ),
  fc.anything({ maxDepth: 1 }),
);
const record = fc.dictionary(key, value, { maxKeys: 4 });

/** Valid inputs, and inputs with one to three things wrong of every kind: the reading must agree with the general path. */
const input = fc.oneof(
  eligibilityInput,
  fc.tuple(eligibilityInput, record).map(([v, extra]) => ({ ...v, ...extra })),
  fc.tuple(eligibilityInput, fc.constantFrom(...FIELDS)).map(([v, k]) => {
    const copy: Record<string, unknown> = { ...v };
    delete copy[k];
    return copy;
  }),
  fc.tuple(eligibilityInput, record, record).map(([v, p, g]) => ({ ...v, prognosis: { ...v.prognosis, ...p }, residentialGrounds: g })),
  fc.tuple(eligibilityInput, fc.constantFrom('prognosis', 'residentialGrounds'), value).map(([v, k, x]) => ({ ...v, [k]: x })),
  record,
  fc.anything({ maxDepth: 2 }),
);

/** What a hostile input is made of: a base object, some of whose keys become getters, and a nested object made odd. */
interface Hostile {
  readonly base: Record<string, unknown>;
  readonly getters: readonly {
    readonly key: string;
    readonly mode: 'value' | 'throw' | 'mutate';
    readonly other: string;
    readonly set: unknown;
  }[];
  readonly odd: 'none' | 'class' | 'revoked' | 'list' | 'cycle';
  readonly oddKey: string;
}

/** A fresh input each time (getters that count or change things must start anew for each path). */
function build(spec: Hostile): Record<string, unknown> {
  const input: Record<string, unknown> = { ...spec.base };
  const set = (key: string, value: unknown) =>
    Object.defineProperty(input, key, { value, enumerable: true, configurable: true, writable: true });
  if (spec.odd === 'class') {
    class Grounds {}
    const grounds = Object.assign(new Grounds(), { noSuitableDayOffer: true });
    Object.defineProperty(grounds, 'complexHealthProblems', {
      enumerable: true,
      get() {
        set('employment', 'employed');
        return false;
      },
    });
    input[spec.oddKey] = grounds;
  } else if (spec.odd === 'revoked') {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    input[spec.oddKey] = proxy;
  } else if (spec.odd === 'list') input[spec.oddKey] = [1, { a: 2 }];
  else if (spec.odd === 'cycle') {
    const a: Record<string, unknown> = {};
    a.a = a;
    input[spec.oddKey] = a;
  }
  for (const g of spec.getters) {
    const value = Object.getOwnPropertyDescriptor(input, g.key)?.value;
    Object.defineProperty(input, g.key, {
      enumerable: true,
      configurable: true,
      get() {
        if (g.mode === 'throw') throw new Error('no');
        if (g.mode === 'mutate' && g.other !== g.key) set(g.other, g.set);
        return value;
      },
    });
  }
  return input;
}

const hostile: fc.Arbitrary<Hostile> = fc
  .record({
    base: fc.oneof(
      eligibilityInput,
      fc.tuple(eligibilityInput, record).map(([v, extra]) => ({ ...v, ...extra })),
    ),
    getters: fc.array(
      fc.record({
        key: fc.constantFrom(...FIELDS, 'x'),
        mode: fc.constantFrom('value' as const, 'throw' as const, 'mutate' as const),
        other: fc.constantFrom(...FIELDS),
        set: value,
      }),
      { maxLength: 3 },
    ),
    odd: fc.constantFrom('none' as const, 'class' as const, 'revoked' as const, 'list' as const, 'cycle' as const),
    oddKey: fc.constantFrom('prognosis', 'residentialGrounds', 'referral', 'x', 'sickLeaveGrade'),
  })
  .map((spec) => ({ ...spec, base: spec.base as Record<string, unknown> }));

describe('readEligibility, the one-pass reading of assessEligibility', () => {
  test.prop([hostile, fc.constantFrom<Locale>('nb', 'en')], { numRuns: 3_000 })(
    'getters that throw or change other fields, and odd values anywhere, give what the general path gives',
    (spec, locale) => {
      const want = general(build(spec), locale);
      const got = readEligibility(build(spec), locale);
      const finished = got === undefined ? general(build(spec), locale) : got.rest !== undefined ? general(got.rest, locale) : got;
      if ('value' in finished && finished.value !== undefined) {
        expect('value' in want).toBe(true);
        if ('value' in want) expect(evaluateEligibility(finished.value, locale)).toEqual(evaluateEligibility(want.value, locale));
      } else expect((finished as { issues: InputIssue[] }).issues).toEqual((want as { issues: InputIssue[] }).issues);
    },
  );

  test('an object whose keys cannot be listed is unreadable at its path, as the snapshot says, at once', () => {
    const make = () => {
      let calls = 0;
      return new Proxy(
        { referral: 'nav', employment: 'employed' },
        {
          ownKeys(target) {
            calls += 1;
            if (calls === 1) throw new Error('once');
            return Reflect.ownKeys(target);
          },
        },
      );
    };
    expect(readEligibility(make(), 'en')).toEqual(general(make(), 'en'));
    const nestedInput = () => ({ referral: 'nav', employment: 'employed', prognosis: make() });
    expect(readEligibility(nestedInput(), 'en')).toEqual(general(nestedInput(), 'en'));
    expect(readEligibility(nestedInput(), 'en')?.issues?.[0]?.path).toBe('prognosis');
  });

  test('an object of more keys than any input has is the general path’s, which bounds what it reads', () => {
    const wide: Record<string, unknown> = { referral: 'nav', employment: 'employed' };
    for (let i = 0; i < 300_000; i += 1) wide[`k${i}`] = i;
    expect(readEligibility(wide, 'en')).toBeUndefined();
    const nestedWide = { referral: 'nav', employment: 'employed', prognosis: wide };
    const got = readEligibility(nestedWide, 'en');
    expect(general(got?.rest, 'en')).toEqual(general(nestedWide, 'en'));
    expect((general(nestedWide, 'en') as { issues: InputIssue[] }).issues).toHaveLength(1);
  });

  test.prop([input, fc.constantFrom<Locale>('nb', 'en')], { numRuns: 6_000 })(
    'agrees with the snapshot and zod: the same valid input and answer, or the same issues in the same order',
    (x, locale) => {
      const want = general(x, locale);
      const got = readEligibility(x, locale);
      if (got === undefined) return;
      if (got.rest !== undefined) {
        expect(general(got.rest, locale)).toEqual(want);
        return;
      }
      if (got.issues !== undefined) {
        expect(want).toEqual({ issues: got.issues });
        return;
      }
      expect('value' in want).toBe(true);
      if ('value' in want) expect(evaluateEligibility(got.value, locale)).toEqual(evaluateEligibility(want.value, locale));
    },
  );

  test.prop([eligibilityInput, fc.constantFrom<Locale>('nb', 'en')])(
    'answers every valid input of plain data itself, with the value the schema parses: none is handed on to the general path',
    (x, locale) => {
      const plain = JSON.parse(JSON.stringify(x)) as unknown;
      const got = readEligibility(plain, locale);
      expect(got?.value).toBeDefined();
      expect(got).toEqual(general(plain, locale));
      expectReadersOwn(got?.value);
    },
  );

  test('answers the common invalid kinds itself, in zod’s order, and hands on what it does not know', () => {
    const bad = readEligibility(
      { x: 1, sickLeaveGrade: '50', referral: 'fastlege', prognosis: { y: 2, sickLeaveHalvedTwoWeeksAfter: 'ja' } },
      'en',
    );
    expect(bad?.issues).toEqual(
      (
        general({ x: 1, sickLeaveGrade: '50', referral: 'fastlege', prognosis: { y: 2, sickLeaveHalvedTwoWeeksAfter: 'ja' } }, 'en') as {
          issues: InputIssue[];
        }
      ).issues,
    );
    expect(bad?.issues?.map((i) => i.path)).toEqual([
      'referral',
      'employment',
      'sickLeaveGrade',
      'prognosis.sickLeaveHalvedTwoWeeksAfter',
      'prognosis.y',
      'x',
    ]);
    expect(readEligibility({ referral: 'nav', employment: 'employed', sickLeaveGrade: 15 }, 'nb')?.issues).toEqual([
      { path: 'sickLeaveGrade', message: expect.stringContaining('15 er ikke en gyldig sykmeldingsgrad') },
    ]);
    for (const odd of [
      { referral: 'nav', employment: 'employed', sickLeaveGrade: Number.NaN },
      { referral: 'nav', employment: 'employed', sickLeaveGrade: Number.NEGATIVE_INFINITY },
      { referral: 'nav', employment: 'employed', prognosis: null },
      { referral: 'nav', employment: 'employed', residentialGrounds: () => true },
    ]) {
      expect(readEligibility(odd, 'nb')?.issues).toEqual((general(odd, 'nb') as { issues: InputIssue[] }).issues);
    }
    expect(readEligibility({ referral: 'nav', employment: 'employed', prognosis: [] }, 'nb')?.rest).toBeDefined();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [
      { referral: 'nav', x: proxy },
      { referral: 'nav', prognosis: proxy },
      { employment: 'employed', residentialGrounds: { a: proxy } },
    ]) {
      const got = readEligibility(input, 'en');
      expect(got?.rest === undefined ? got : general(got.rest, 'en')).toEqual(general(input, 'en'));
    }
    expect(readEligibility(proxy, 'nb')).toEqual(general(proxy, 'nb'));
    expect(readEligibility([], 'nb')).toBeUndefined();
    expect(readEligibility({ [Symbol('s')]: 1 }, 'nb')).toBeUndefined();
  });

  test('reads each property once, and a getter that throws is an issue at its path', () => {
    let reads = 0;
    const input = {
      referral: 'nav',
      employment: 'employed',
      get sickLeaveGrade() {
        reads += 1;
        return reads === 1 ? 50 : 15;
      },
    };
    expect(readEligibility(input, 'en')?.value?.sickLeaveGrade).toBe(50);
    expect(reads).toBe(1);
    const throwing = {
      referral: 'nav',
      prognosis: {
        get sickLeaveHalvedTwoWeeksAfter(): boolean {
          throw new Error('no');
        },
      },
    };
    expect(readEligibility(throwing, 'en')).toEqual(general(throwing, 'en'));
    expect(readEligibility(throwing, 'en')?.issues?.[0]?.path).toBe('prognosis.sickLeaveHalvedTwoWeeksAfter');
  });

  test('undefined is absent wherever it stands, and the reader answers such an input itself', () => {
    const inputs = [
      { referral: 'nav', employment: 'employed', note: undefined },
      { referral: 'nav', employment: 'employed', prognosis: undefined, residentialGrounds: undefined },
      { referral: 'nav', employment: 'not-employed', prognosis: { inWorkOrJobSeekingEightWeeksAfter: true, note: undefined } },
      { referral: 'gp', employment: 'employed', residentialGrounds: { noSuitableDayOffer: undefined, note: undefined } },
    ];
    for (const input of inputs) {
      const got = readEligibility(input, 'nb');
      expect(got).toEqual(general(input, 'nb'));
      expectReadersOwn(got?.value);
    }
  });

  test('a key a getter deleted is not read, even where the prototype has a property of its name', () => {
    // Read from the prototype, `toString` would be a function under an unknown key: an issue the input does not have.
    const input = {
      get referral() {
        delete (this as { toString?: unknown }).toString;
        return 'nav';
      },
      employment: 'employed',
      toString: undefined,
    };
    const got = readEligibility(input, 'en');
    expect(got?.value?.referral).toBe('nav');
    expect(got).toEqual(general(input, 'en'));
  });

  test('a class instance is read as the snapshot reads it (its own fields); a list is left to the general path, and read once', () => {
    let reads = 0;
    class Grounds {}
    const grounds = new Grounds();
    Object.defineProperty(grounds, 'noSuitableDayOffer', {
      enumerable: true,
      get: () => {
        reads += 1;
        return true;
      },
    });
    const got = readEligibility({ referral: 'nav', employment: 'not-employed', residentialGrounds: grounds }, 'en');
    expect(reads).toBe(1);
    expect(got?.value?.residentialGrounds).toEqual({ noSuitableDayOffer: true });
    let later = 0;
    const input = {
      referral: 'nav',
      prognosis: [true],
      get employment() {
        later += 1;
        return 'employed';
      },
    };
    const rest = readEligibility(input, 'en')?.rest;
    // Stopped at the list: the field after it is not read yet, and the general path reads it once, after the list.
    expect(later).toBe(0);
    expect(general(rest, 'en')).toEqual(general({ referral: 'nav', prognosis: [true], employment: 'employed' }, 'en'));
    expect(later).toBe(1);
    // Stopped inside prognosis, at an object: what was read of it is kept, the rest of it and of the input read after.
    let inner = 0;
    const deep = {
      referral: 'nav',
      prognosis: {
        get sickLeaveHalvedTwoWeeksAfter() {
          inner += 1;
          return true;
        },
        x: { y: 1 },
      },
      employment: 'employed',
    };
    const deepRest = readEligibility(deep, 'en')?.rest;
    expect(inner).toBe(1);
    expect(general(deepRest, 'en')).toEqual(
      general({ referral: 'nav', prognosis: { sickLeaveHalvedTwoWeeksAfter: true, x: { y: 1 } }, employment: 'employed' }, 'en'),
    );
    expect(inner).toBe(1);
  });
});
