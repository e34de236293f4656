/**
 * Inputs built to break the promise "only InvalidInputError, nothing lost": lists far over their bounds,
 * objects with thousands of unknown keys, getters that answer twice differently or throw, Proxies and
 * revoked Proxies, options of every wrong kind, and results that a caller then changes.
 */
import { describe, expect, test } from 'vitest';
import { LIMITS } from '../src/core/limits.js';
import * as api from '../src/index.js';
import { invalid } from './helpers.js';

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

describe('sizes far over the bounds', () => {
  test('a list of 130 000 bad dates is one issue about its length, not a stack overflow', () => {
    const e = invalid(() => api.followUpStatus({ returnHome: '2027-01-31', held: Array(130_000).fill('x'), asOf: '2027-03-01' }));
    expect(e.issues).toEqual([{ path: 'held', message: `Listen har 130000 elementer; høyst ${LIMITS.held} er tillatt.` }]);
  });

  test('a plan of a million phases is refused by its length before any phase is read', () => {
    const plan = api.planStay({ start: '2027-01-04', employment: 'employed' });
    const phase = plan.phases[0];
    const e = invalid(() =>
      api.planToICalendar({ ...plan, phases: Array(1_000_000).fill(phase) }, '2026-11-22T12:00:00Z', { locale: 'en' }),
    );
    expect(e.issues).toEqual([{ path: 'phases', message: `The list has 1000000 items; at most ${LIMITS.planItems} are allowed.` }]);
  });

  test('a title longer than any title is named with its length', () => {
    const plan = api.planStay({ start: '2027-01-04', employment: 'employed' });
    const long = { ...plan, milestones: [{ ...plan.milestones[0], title: 'x'.repeat(5000) }] };
    expect(invalid(() => api.planToICalendar(long as never, '2026-11-22T12:00:00Z')).issues).toEqual([
      { path: 'milestones.0.title', message: `Teksten har 5000 tegn; høyst ${LIMITS.titleLength} er tillatt.` },
    ]);
  });

  test('16 000 unknown keys: the first 100 named, then how many more', () => {
    const input: Record<string, unknown> = { referral: 'nav', employment: 'employed' };
    for (let i = 0; i < 16_000; i += 1) input[`k${i}`] = i;
    const e = invalid(() => api.assessEligibility(input as never, { locale: 'en' }));
    expect(e.issues).toHaveLength(LIMITS.issues + 1);
    expect(e.issues[0]).toEqual({ path: 'k0', message: 'Unknown field: k0. Check the spelling.' });
    expect(e.issues.at(-1)).toEqual({ path: '', message: '… and 15900 more problems, not listed here.' });
  });

  test('a cycle or a nesting deeper than any input is named, not followed', () => {
    const cyclic: Record<string, unknown> = { referral: 'nav', employment: 'employed' };
    cyclic.prognosis = cyclic;
    const e = invalid(() => api.assessEligibility(cyclic as never, { locale: 'en' }));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]?.message).toBe('The value is nested deeper than any input of the library (or refers to itself).');
  });
});

describe('a Proxy that lies about a list, and lists that hold one list many times', () => {
  test('a length that is no length is InvalidInputError at the list', () => {
    for (const length of [-1, 1.5, Number.NaN, 10n]) {
      const meetings = new Proxy([], { get: (t, k) => (k === 'length' ? length : Reflect.get(t, k)) });
      expect(invalid(() => api.assessFollowUpPlan({ returnHome: '2027-01-31', meetings } as never)).issues[0]?.path).toBe('meetings');
    }
  });

  // Found by the fuzzing: zod ran its length checks on any value with a `length`, even after the type check failed,
  // and a record read without a prototype cannot be compared with a number.
  test('a record with a length where a list or a text belongs is a wrong type, not a TypeError', () => {
    expect(
      invalid(() => api.assessFollowUpPlan({ returnHome: '2027-01-31', meetings: { length: new Number(0) } } as never)).issues,
    ).toEqual([{ path: 'meetings', message: 'Fikk et objekt; forventet en liste.' }]);
    const plan = api.planStay({ start: '2027-01-04', employment: 'employed' });
    const titled = { ...plan, phases: plan.phases.map((p, i) => (i === 0 ? { ...p, title: { length: {} } } : p)) };
    expect(invalid(() => api.planToICalendar(titled as never, '2026-11-22T12:00:00Z', { locale: 'en' })).issues).toEqual([
      { path: 'phases.0.title', message: 'Got an object; expected text.' },
    ]);
    const result = api.agenda([{ id: { length: {} }, stay: { start: '2027-01-04', employment: 'employed' } }] as never, '2027-01-04');
    expect(result.problems.map((p) => p.issues.map((i) => i.path))).toEqual([['id']]);
  });

  test('one list shared many times is not copied past a bound', () => {
    const row = Array(3000).fill(0);
    const activities = Array(3000).fill(row);
    const e = invalid(() =>
      api.validateActivityPlan({ stay: { start: '2027-01-04', employment: 'employed' }, activities } as never, { locale: 'en' }),
    );
    expect(e.issues).toEqual([{ path: '', message: 'The input holds more than 200000 values, far more than any case has.' }]);
  });
});

describe('reading the input once', () => {
  test('a getter that answers differently the second time: the rules see what the check saw', () => {
    let reads = 0;
    const input = {
      referral: 'nav',
      get employment() {
        reads += 1;
        return reads === 1 ? 'employed' : { evil: 1 };
      },
      sickLeaveGrade: 80,
    };
    const result = api.assessEligibility(input as never);
    expect(reads).toBe(1);
    expect(result.evaluation.children.find((c) => c.rule === 'eligibility.target-group')?.reason).toMatch(/^Personen har arbeidsforhold/);
    expect(result.targetGroup).toBeNull();
  });

  test('a getter or a Proxy trap that throws is InvalidInputError naming the path it was reading', () => {
    const throwing = {
      referral: 'nav',
      employment: 'employed',
      get sickLeaveGrade(): number {
        throw new TypeError('boom');
      },
    };
    expect(invalid(() => api.assessEligibility(throwing as never)).issues).toEqual([
      { path: 'sickLeaveGrade', message: 'Verdien kunne ikke leses (en getter eller en Proxy kastet en feil).' },
    ]);
    const trap = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(
      invalid(() => api.planStay({ start: '2027-01-04', employment: 'employed', nested: trap } as never, { locale: 'en' })).issues,
    ).toEqual([{ path: 'nested', message: 'The value could not be read (a getter or a Proxy threw an error).' }]);
    expect(invalid(() => api.assessExtension(revoked() as never)).issues[0]?.path).toBe('');
    expect(
      invalid(() => api.assessEligibility({ referral: 'nav', employment: 'employed', prognosis: revoked() } as never)).issues[0]?.path,
    ).toBe('prognosis');
  });

  test('a field that is undefined is absent: a week-booked meeting with date: undefined is judged as a week', () => {
    const e = api.assessFollowUpPlan({
      returnHome: '2027-01-31',
      meetings: [
        { date: '2027-02-10', time: '10:00', mode: 'phone' },
        { date: undefined, isoWeek: { year: 2027, week: 9 }, mode: 'phone' } as never,
        { isoWeek: { year: 2027, week: 12 }, mode: 'on-site' },
      ],
    });
    expect(e.verdict).toBe('yes');
    expect(JSON.stringify(e)).not.toContain('undefined');
  });

  test('a field named by a symbol is named as unknown, not dropped', () => {
    const input = { referral: 'nav', employment: 'employed', [Symbol('x')]: 1 };
    expect(invalid(() => api.assessEligibility(input as never, { locale: 'en' })).issues).toEqual([
      { path: 'Symbol(x)', message: 'Unknown field named by a symbol.' },
    ]);
  });
});

describe('options', () => {
  test.each([
    ['a Map', new Map([['locale', 'en']])],
    ['a Date', new Date(0)],
    ['a Set', new Set()],
    ['a RegExp', /en/],
    ['an Error', new Error('en')],
    ['a Promise', Promise.resolve()],
    ['an ArrayBuffer', new ArrayBuffer(1)],
    [
      'arguments',
      (function (this: unknown) {
        // biome-ignore lint/complexity/noArguments: the point is the arguments object itself
        return arguments;
      })(),
    ],
    [
      'a class instance',
      new (class Options {
        locale = 'en';
      })(),
    ],
    ['a revoked Proxy', revoked()],
  ])('%s is InvalidInputError at options', (_name, options) => {
    expect(
      invalid(() => api.planStay({ start: '2027-01-04', employment: 'employed' }, options as never)).issues.map((i) => i.path),
    ).toEqual(['options']);
  });

  test('a locale getter is read once; a throwing one is InvalidInputError at options', () => {
    let reads = 0;
    const once = {
      get locale() {
        reads += 1;
        return reads === 1 ? 'en' : 'de';
      },
    };
    expect(api.planStay({ start: '2027-01-04', employment: 'employed' }, once as never).phases[0]?.title).toBe('Mapping and goal setting');
    expect(reads).toBe(1);
    const throwing = {
      get locale(): string {
        throw new Error('x');
      },
    };
    expect(invalid(() => api.isWorkingDay('2027-01-04', throwing as never)).issues.map((i) => i.path)).toEqual(['options']);
  });
});

/** Tries to change every object and list in a value (frozen ones refuse); returns how many changes took. */
function vandalise(value: unknown, seen = new Set<unknown>()): number {
  if (value === null || typeof value !== 'object' || seen.has(value)) return 0;
  seen.add(value);
  let changed = 0;
  for (const key of Object.keys(value)) changed += vandalise((value as Record<string, unknown>)[key], seen);
  try {
    if (Array.isArray(value)) value.push('vandalised');
    else (value as Record<string, unknown>).vandalised = true;
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (typeof v === 'string') (value as Record<string, unknown>)[key] = 'vandalised';
    }
    changed += 1;
  } catch {
    // frozen: refused, as it should be for anything the library shares
  }
  return changed;
}

describe('results share nothing mutable with the library', () => {
  const calls: [string, () => unknown][] = [
    ['planStay', () => api.planStay({ start: '2027-03-22', employment: 'employed', weeks: 8 })],
    ['assessEligibility', () => api.assessEligibility({ referral: 'nav', employment: 'employed' })],
    ['assessOutcome', () => api.assessOutcome({ targetGroup: 'employed', returnHome: '2027-01-31', asOf: '2027-03-01' })],
    ['assessExtension', () => api.assessExtension({ currentWeeks: 4, additionalWeeks: 4 })],
    ['assessFollowUpPlan', () => api.assessFollowUpPlan({ returnHome: '2027-01-31', meetings: [], employment: 'employed' })],
    ['followUpStatus', () => api.followUpStatus({ returnHome: '2027-01-31', held: ['2027-02-03'], asOf: '2027-03-01' })],
    ['travelCosts', () => api.travelCosts({ benefit: 'dagpenger' })],
    ['participationTerms', () => api.participationTerms({ benefit: 'aap' })],
    ['norwegianPublicHolidays', () => api.norwegianPublicHolidays(2027)],
    ['validateActivityPlan', () => api.validateActivityPlan({ stay: { start: '2027-01-04', employment: 'employed' }, activities: [] })],
    ['followUpWindow', () => api.followUpWindow('2027-01-31')],
    ['isoWeek', () => api.isoWeek('2027-01-31')],
  ];
  test.each(calls)('%s: changing one result changes no later one', (_name, call) => {
    const expected = structuredClone(call());
    vandalise(call());
    expect(call()).toEqual(expected);
  });

  test('what results share with the library is frozen: sources, RULES to the last string', () => {
    const plan = api.planStay({ start: '2027-01-04', employment: 'employed' });
    const sources = plan.phases[0]?.sources as unknown as { section: string }[];
    expect(() => {
      (sources[0] as { section: string }).section = 'X';
    }).toThrow(TypeError);
    expect(() => sources.push({ section: 'X' })).toThrow(TypeError);
    expect(vandalise(api.RULES)).toBe(0);
    expect(vandalise(api.RULES_VERSION)).toBe(0);
  });
});
