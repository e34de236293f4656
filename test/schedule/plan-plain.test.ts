import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isoOf, MAX_DAY, readDate } from '../../src/core/dates.js';
import { planToICalendar } from '../../src/schedule/ics.js';
import { planStay } from '../../src/schedule/plan.js';
import { planPlain } from '../../src/schedule/plan-build.js';

// planPlain is the command line's way past zod: it must give planStay's plan exactly where planStay gives one, and
// step aside (undefined) wherever planStay would name a problem.
const outcome = (input: unknown, locale: 'nb' | 'en') => {
  try {
    return { plan: planStay(input as never, { locale }) };
  } catch (error) {
    return { error };
  }
};

const first = readDate('1583-01-01') as number;
const date = fc.oneof(
  fc.integer({ min: readDate('2020-01-01') as number, max: readDate('2030-12-31') as number }).map(isoOf),
  fc.integer({ min: first, max: MAX_DAY }).map(isoOf),
  fc.constantFrom('2027-02-29', '2027-13-01', '9999-12-06', '9999-12-03', '1583-01-03', '27-01-04', ' 2027-01-04', ''),
  fc.anything(),
);
const stay = fc.record(
  {
    start: date,
    employment: fc.oneof(fc.constantFrom('employed', 'not-employed', 'retired', 'Employed'), fc.anything()),
    weeks: fc.oneof(fc.constantFrom(4, 8, 12, 5, 0, '4', undefined), fc.anything()),
    week: fc.constant(4),
  },
  { requiredKeys: [] },
);

describe('planPlain: planStay without zod, for plain data', () => {
  test.prop([stay, fc.constantFrom('nb' as const, 'en' as const)], { numRuns: 2_000 })(
    'gives planStay’s plan where it gives one, and undefined where planStay throws',
    (input, locale) => {
      const fast = planPlain(input, locale);
      const slow = outcome(input, locale);
      if ('plan' in slow) expect(fast).toEqual(slow.plan);
      else expect(fast).toBeUndefined();
      // Not remembered for planToICalendar (the batch's and the service's; test/schedule/ics-trusted.test.ts): the same plan.
      expect(planPlain(input, locale, false)).toEqual(fast);
    },
  );

  test('the edges: the last start the range allows, a holiday, a weekend, an extra or symbol key, a class instance', () => {
    expect(planPlain({ start: '9999-12-03', employment: 'employed' }, 'nb')?.end).toBe('9999-12-30');
    expect(planPlain({ start: '9999-12-06', employment: 'employed' }, 'nb')).toBeUndefined();
    expect(planPlain({ start: '2027-05-17', employment: 'employed' }, 'nb')).toBeUndefined();
    expect(planPlain({ start: '2027-01-09', employment: 'employed' }, 'nb')).toBeUndefined();
    expect(planPlain({ start: '2027-01-04', employment: 'employed', weeks: undefined }, 'en')?.weeks).toBe(4);
    expect(planPlain({ start: '2027-01-04', employment: 'employed', note: 'x' }, 'nb')).toBeUndefined();
    expect(planPlain({ start: '2027-01-04', employment: 'employed', [Symbol('x')]: 1 }, 'nb')).toBeUndefined();
    expect(planPlain(new (class {})(), 'nb')).toBeUndefined();
    expect(planPlain([], 'nb')).toBeUndefined();
    expect(planPlain(null, 'nb')).toBeUndefined();
    const withoutPrototype = Object.assign(Object.create(null), { start: '2027-01-04', employment: 'employed' });
    expect(planPlain(withoutPrototype, 'nb')).toEqual(planStay(withoutPrototype));
  });

  test('what is not its own enumerable key is not read, as the schema does not read it; a getter is not run', () => {
    const hidden = Object.defineProperty({ employment: 'employed' }, 'start', { value: '2027-01-04', enumerable: false });
    expect(planPlain(hidden, 'nb')).toBeUndefined();
    expect(() => planStay(hidden as never)).toThrow();
    let reads = 0;
    const getter = {
      get start() {
        reads += 1;
        return '2027-01-04';
      },
      employment: 'employed',
    };
    // A getter is not run: the input goes to planStay, which reads it once.
    expect(planPlain(getter, 'nb')).toBeUndefined();
    expect(reads).toBe(0);
    expect(planStay(getter as never).start).toBe('2027-01-04');
    expect(reads).toBe(1);
  });

  test('a list, a Proxy that lies about its prototype or throws, is left to planStay', () => {
    const list = Object.assign([], { start: '2027-01-04', employment: 'employed' });
    expect(planPlain(list, 'en')).toBeUndefined();
    expect(planPlain(new Proxy(list, { getPrototypeOf: () => Object.prototype }), 'en')).toBeUndefined();
    const { proxy, revoke } = Proxy.revocable({ start: '2027-01-04', employment: 'employed' }, {});
    revoke();
    expect(planPlain(proxy, 'nb')).toBeUndefined();
    const throwing = new Proxy(
      { start: '2027-01-04', employment: 'employed' },
      {
        getPrototypeOf() {
          throw new Error('no');
        },
      },
    );
    expect(planPlain(throwing, 'nb')).toBeUndefined();
    expect(planStay(throwing as never).end).toBe('2027-01-31');
  });

  test('its plan is one planToICalendar trusts, like planStay’s', () => {
    const input = { start: '2027-03-01', employment: 'employed' as const, weeks: 12 as const };
    const fast = planPlain(input, 'en');
    expect(fast).toBeDefined();
    expect(planToICalendar(fast as never, '2026-11-22T12:00:00Z')).toBe(
      planToICalendar(planStay(input, { locale: 'en' }), '2026-11-22T12:00:00Z'),
    );
    // A plan not remembered makes the same calendar (checked as any caller's plan: test/schedule/ics-trusted.test.ts).
    expect(planToICalendar(planPlain(input, 'en', false) as never, '2026-11-22T12:00:00Z')).toBe(
      planToICalendar(fast as never, '2026-11-22T12:00:00Z'),
    );
  });
});
