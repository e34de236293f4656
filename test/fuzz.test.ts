/**
 * Fuzzing every public function: arbitrary values, wrong types, impossible
 * dates, huge numbers, `__proto__` / `constructor` keys, deep nesting, and
 * mutations of valid inputs. The only error that may escape is
 * InvalidInputError with at least one issue; no input is mutated (they are
 * deep-frozen); nothing on Object.prototype changes.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import * as api from '../src/index.js';
import { deepFreeze } from './helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI === 'true' ? 10_000 : 1_000));
const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();

function expectOnlyInvalidInput(call: () => unknown): void {
  try {
    const result = call();
    expect(JSON.parse(JSON.stringify(result ?? null))).toEqual(result ?? null);
  } catch (error) {
    if (!(error instanceof api.InvalidInputError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.message.length).toBeGreaterThan(0);
    }
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'polluted');
const weird = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true, withBoxedValues: true }),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '2027-02-29',
    '0000-01-01',
    '99999-01-01',
    '',
    '__proto__',
  ),
  fc.dictionary(hostileKey, fc.anything({ maxDepth: 2 })),
  fc.letrec((tie) => ({ node: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.record({ child: tie('node') })) })).node,
);
const date = fc.oneof(
  fc.integer({ min: -1000, max: 40000 }).map(
    (d) =>
      // Month 13 and day 31 come up on purpose: impossible dates next to real ones.
      `20${String(Math.abs(d) % 100).padStart(2, '0')}-${String((Math.abs(d) % 13) + 1).padStart(2, '0')}-${String((Math.abs(d) % 31) + 1).padStart(2, '0')}`,
  ),
  weird,
);
// The options argument: left out, well formed or with a weird locale, not an object at all, or with misspelt keys.
const locale = fc.oneof(
  fc.constant(undefined),
  fc.record({ locale: fc.oneof(fc.constantFrom('nb', 'en'), weird) }, { requiredKeys: [] }),
  weird,
  fc.dictionary(fc.string(), fc.anything(), { maxKeys: 3 }),
);

/** A valid input with one field replaced, removed, or a hostile key added. */
function mutate<T extends object>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), weird, hostileKey, fc.constantFrom('replace', 'delete', 'add'))
    .map(([value, pick, replacement, key, how]) => {
      const copy = structuredClone(value) as Record<string, unknown>;
      const keys = Object.keys(copy);
      const target = keys[pick % Math.max(keys.length, 1)];
      if (how === 'add') Object.defineProperty(copy, key, { value: replacement, enumerable: true, configurable: true, writable: true });
      else if (target !== undefined && how === 'delete') delete copy[target];
      else if (target !== undefined) copy[target] = replacement;
      return copy;
    });
}

const eligibility = fc.record({
  referral: fc.constantFrom('nav', 'gp'),
  employment: fc.constantFrom('employed', 'not-employed'),
  sickLeaveGrade: fc.constantFrom(0, 50),
  prognosis: fc.record({ sickLeaveHalvedTwoWeeksAfter: fc.boolean() }),
  residentialGrounds: fc.record({ noSuitableDayOffer: fc.boolean() }),
});
const stay = fc.record({
  start: fc.constantFrom('2027-01-04', '2027-03-04', '2027-05-18'),
  employment: fc.constantFrom('employed', 'not-employed'),
  weeks: fc.constantFrom(4, 8, 12),
});
const booking = fc.record({
  returnHome: fc.constantFrom('2027-01-31', '2026-12-20'),
  meetings: fc.constant([
    { date: '2027-02-10', time: '10:00', mode: 'phone' },
    { isoWeek: { year: 2027, week: 9 }, mode: 'phone' },
  ]),
});
const anyInput = (valid: fc.Arbitrary<object>) => fc.oneof(weird, mutate(valid), valid);

const cases: [string, fc.Arbitrary<unknown[]>, (args: unknown[]) => unknown][] = [
  ['assessEligibility', fc.tuple(anyInput(eligibility), locale), ([i, o]) => api.assessEligibility(i as never, o as never)],
  [
    'assessOutcome',
    fc.tuple(
      anyInput(
        fc.record({
          targetGroup: fc.constantFrom('employed', 'not-employed'),
          returnHome: fc.constant('2027-01-31'),
          asOf: fc.constant('2027-05-01'),
          sickLeaveGradeAtStart: fc.constant(80),
        }),
      ),
      locale,
    ),
    ([i, o]) => api.assessOutcome(i as never, o as never),
  ],
  ['planStay', fc.tuple(anyInput(stay), locale), ([i, o]) => api.planStay(i as never, o as never)],
  [
    'assessExtension',
    fc.tuple(
      anyInput(
        fc.record({
          currentWeeks: fc.constantFrom(4, 8, 12),
          additionalWeeks: fc.integer({ min: 1, max: 9 }),
          need: fc.boolean(),
          profile: fc.constantFrom('rnnk', 'nav'),
        }),
      ),
      locale,
    ),
    ([i, o]) => api.assessExtension(i as never, o as never),
  ],
  [
    'validateActivityPlan',
    fc.tuple(
      anyInput(
        fc.record({
          stay,
          activities: fc.constant([{ date: '2027-01-04', start: '09:00', end: '15:00', kind: 'group' }]),
          balanceTolerance: fc.double({ min: 0, max: 0.5, noNaN: true }),
        }),
      ),
      locale,
    ),
    ([i, o]) => api.validateActivityPlan(i as never, o as never),
  ],
  ['assessFollowUpPlan', fc.tuple(anyInput(booking), locale), ([i, o]) => api.assessFollowUpPlan(i as never, o as never)],
  [
    'agenda',
    fc.tuple(
      fc.oneof(
        weird,
        fc.array(
          anyInput(
            fc.record(
              {
                id: fc.string({ minLength: 1, maxLength: 5 }),
                stay,
                returnHome: fc.constantFrom('2027-01-31', '2027-03-31'),
                followUps: fc.record({ booked: booking.map((b) => b.meetings), held: fc.constant(['2027-02-02']) }, { requiredKeys: [] }),
                outcome: fc.record({ sickLeaveGradeAtStart: fc.constantFrom(0, 80, 15) }, { requiredKeys: [] }),
              },
              { requiredKeys: ['id', 'stay'] },
            ),
          ),
          { maxLength: 4 },
        ),
      ),
      fc.oneof(date, fc.constantFrom('2027-02-15', '2027-06-01')),
      fc.oneof(locale, fc.record({ days: fc.oneof(fc.integer({ min: -2, max: 400 }), weird) }, { requiredKeys: [] })),
    ),
    ([c, d, o]) => api.agenda(c as never, d as never, o as never),
  ],
  [
    'followUpStatus',
    fc.tuple(
      anyInput(fc.record({ returnHome: fc.constant('2027-01-31'), held: fc.constant(['2027-02-02']), asOf: fc.constant('2027-03-01') })),
      locale,
    ),
    ([i, o]) => api.followUpStatus(i as never, o as never),
  ],
  [
    'travelCosts',
    fc.tuple(anyInput(fc.record({ benefit: fc.constantFrom('aap', 'none') })), locale),
    ([i, o]) => api.travelCosts(i as never, o as never),
  ],
  [
    'participationTerms',
    fc.tuple(anyInput(fc.record({ benefit: fc.constantFrom('aap', 'none') })), locale),
    ([i, o]) => api.participationTerms(i as never, o as never),
  ],
  ['followUpWindow', fc.tuple(date, locale), ([d, o]) => api.followUpWindow(d as never, o as never)],
  [
    'outcomeCheckpoint',
    fc.tuple(fc.oneof(fc.constantFrom('employed', 'not-employed'), weird), date, locale),
    ([g, d, o]) => api.outcomeCheckpoint(g as never, d as never, o as never),
  ],
  [
    'easterSunday',
    fc.tuple(fc.oneof(fc.integer({ min: -5, max: 12000 }), weird), locale),
    ([y, o]) => api.easterSunday(y as never, o as never),
  ],
  [
    'norwegianPublicHolidays',
    fc.tuple(fc.oneof(fc.integer({ min: -5, max: 12000 }), weird), locale),
    ([y, o]) => api.norwegianPublicHolidays(y as never, o as never),
  ],
  ['isWorkingDay', fc.tuple(date, locale), ([d, o]) => api.isWorkingDay(d as never, o as never)],
  [
    'addWorkingDays',
    fc.tuple(date, fc.oneof(fc.integer({ min: -3_000_000, max: 3_000_000 }), weird), locale),
    ([d, n, o]) => api.addWorkingDays(d as never, n as never, o as never),
  ],
  ['isoWeek', fc.tuple(date, locale), ([d, o]) => api.isoWeek(d as never, o as never)],
  ['isIsoDate', fc.tuple(date), ([d]) => api.isIsoDate(d)],
  ['isInvalidInputError', fc.tuple(weird), ([v]) => api.isInvalidInputError(v)],
  [
    'planToICalendar',
    fc.tuple(
      fc.oneof(
        stay.map((s) => api.planStay(s as never)),
        weird,
      ),
      fc.oneof(fc.constant('2026-11-22T12:00:00Z'), weird),
      locale,
    ),
    ([p, s, o]) => api.planToICalendar(p as never, s as never, o as never),
  ],
];

/** Values made to break a reader: each factory builds a fresh one (a revoked Proxy cannot be cloned or frozen). */
const hostileShapes: (() => unknown)[] = [
  () =>
    Object.defineProperty({}, 'referral', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    }),
  () => {
    let n = 0;
    return {
      get date() {
        n += 1;
        return n === 1 ? '2027-01-04' : { evil: 1 };
      },
    };
  },
  () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  () =>
    new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('ownKeys');
        },
      },
    ),
  () =>
    new Proxy(
      { a: 1 },
      {
        getOwnPropertyDescriptor() {
          throw new Error('descriptor');
        },
      },
    ),
  () => new Proxy([], { get: (t, k) => (k === 'length' ? -5 : Reflect.get(t, k)) }),
  () => ({ [Symbol('s')]: 1, referral: 'nav' }),
  () => new Array(150_000),
  () => Array(2_000).fill({ date: 'x' }),
  () => Object.fromEntries(Array.from({ length: 3_000 }, (_, i) => [`k${i}`, i])),
  () => new Map([['locale', 'en']]),
  () => new Date(0),
  () => /x/,
  () => Promise.resolve(1),
  () => new ArrayBuffer(8),
  () => 50n,
  () => Symbol('x'),
  () => () => 1,
];

describe('fuzzing the public API with hostile shapes', () => {
  for (const [name, args, call] of cases) {
    test.prop([args, fc.nat(), fc.nat(), fc.nat()], { numRuns: Math.min(RUNS, 300) })(
      `${name}: a getter, a Proxy, a revoked Proxy, a huge list or a non-plain object anywhere is InvalidInputError or an answer`,
      (values, shape, position, key) => {
        const hostile = (hostileShapes[shape % hostileShapes.length] as () => unknown)();
        const at = position % values.length;
        const target = values[at];
        const mixed = [...values];
        if (target !== null && typeof target === 'object' && !Array.isArray(target) && position % 2 === 0) {
          const keys = Object.keys(target);
          const copy: Record<string, unknown> = { ...(target as Record<string, unknown>) };
          copy[keys[key % Math.max(keys.length, 1)] ?? 'extra'] = hostile;
          mixed[at] = copy;
        } else mixed[at] = hostile;
        try {
          call(mixed);
        } catch (error) {
          if (!(error instanceof api.InvalidInputError)) throw error;
          expect(error.issues.length).toBeGreaterThan(0);
        }
      },
      120_000,
    );
  }
});

describe('fuzzing the public API', () => {
  test('every exported function is fuzzed', () => {
    const fuzzed = new Set(cases.map(([name]) => name));
    const functions = Object.entries(api)
      .filter(([, v]) => typeof v === 'function' && v !== api.InvalidInputError)
      .map(([k]) => k);
    expect(functions.filter((f) => !fuzzed.has(f))).toEqual([]);
  });

  for (const [name, args, call] of cases) {
    test.prop([args], { numRuns: RUNS })(
      `${name}: only InvalidInputError escapes; inputs stay untouched`,
      (values) => {
        const frozen = values.map((v) => deepFreeze(v));
        const before = JSON.stringify(frozen, (_k, v) => (v === undefined ? '<undefined>' : typeof v === 'bigint' ? `${v}n` : v));
        expectOnlyInvalidInput(() => call(frozen));
        expect(JSON.stringify(frozen, (_k, v) => (v === undefined ? '<undefined>' : typeof v === 'bigint' ? `${v}n` : v))).toBe(before);
      },
      120_000,
    );
  }
});
