/**
 * The library checks its inputs without zod (src/core/check.ts); the zod schemas of `arr-rules/schemas` are what forms
 * validate with. The two must agree: for every input, the same parsed value, or the same issues (path and message, in
 * both languages) in the same order. Generated inputs start from valid ones and are changed deep inside: a value
 * replaced by a near miss or a wrong type, a key removed, an unknown key added, a list grown past its bound.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, test as plainTest } from 'vitest';
import type * as z from 'zod/mini';
import * as agendaChecks from '../../src/agenda/checks.js';
import { AgendaCaseCheck } from '../../src/agenda/checks.js';
import { AgendaCaseSchema } from '../../src/agenda/schemas.js';
import { type Check, checkValue } from '../../src/core/check.js';
import { LIMITS } from '../../src/core/limits.js';
import type { Locale } from '../../src/core/locale.js';
import { checkSnapshot } from '../../src/core/schema.js';
import { snapshot } from '../../src/core/snapshot.js';
import * as eligibilityChecks from '../../src/eligibility/checks.js';
import { EligibilityInputCheck, OutcomeInputCheck } from '../../src/eligibility/checks.js';
import { EligibilityInputSchema, OutcomeInputSchema } from '../../src/eligibility/schemas.js';
import * as entitlements from '../../src/entitlements/entitlements.js';
import { BenefitInputCheck } from '../../src/entitlements/entitlements.js';
import { BenefitInputSchema } from '../../src/entitlements/schemas.js';
import * as followUpChecks from '../../src/followup/checks.js';
import { FollowUpBookingCheck, FollowUpMeetingCheck, FollowUpStatusInputCheck, IsoWeekCheck } from '../../src/followup/checks.js';
import { FollowUpBookingSchema, FollowUpMeetingSchema, FollowUpStatusInputSchema, IsoWeekSchema } from '../../src/followup/schemas.js';
import * as scheduleChecks from '../../src/schedule/checks.js';
import { ActivityCheck, ActivityPlanInputCheck, ExtensionInputCheck, StayInputCheck, StayPlanCheck } from '../../src/schedule/checks.js';
import { planStay } from '../../src/schedule/plan.js';
import {
  ActivityPlanInputSchema,
  ActivitySchema,
  ExtensionInputSchema,
  StayInputSchema,
  StayPlanSchema,
} from '../../src/schedule/schemas.js';
import { ENUM_WORDS, pathsOf } from '../helpers.js';

const stay = { start: '2027-01-04', employment: 'employed', weeks: 8 };
const activity = { date: '2027-01-05', start: '08:30', end: '09:15', kind: 'individual', title: 'Samtale', professional: 'nurse' };
const meeting = { date: '2027-03-01', time: '10:00', mode: 'phone' };
const outcomeFacts = {
  sickLeaveGradeAtStart: 100,
  sickLeaveGradeAtCheckpoint: 50,
  declaredFit: false,
  registeredJobSeeker: true,
  inWork: false,
  inWorkOrientedActivity: true,
};

/** Each check beside its schema, with valid inputs to start from. */
const PAIRS: { name: string; schema: z.core.$ZodType; check: Check; valid: unknown[] }[] = [
  { name: 'StayInput', schema: StayInputSchema, check: StayInputCheck, valid: [stay, { start: '2027-03-01', employment: 'not-employed' }] },
  {
    name: 'ExtensionInput',
    schema: ExtensionInputSchema,
    check: ExtensionInputCheck,
    valid: [
      { baseWeeks: 4, currentWeeks: 4, additionalWeeks: 4, extensionsSoFar: 0, need: true, profile: 'nav' },
      { currentWeeks: 8, additionalWeeks: 4 },
    ],
  },
  { name: 'Activity', schema: ActivitySchema, check: ActivityCheck, valid: [activity] },
  {
    name: 'ActivityPlanInput',
    schema: ActivityPlanInputSchema,
    check: ActivityPlanInputCheck,
    valid: [{ stay, activities: [activity, { ...activity, start: '10:00', end: '11:00', kind: 'group' }], balanceTolerance: 0.2 }],
  },
  {
    name: 'StayPlan',
    schema: StayPlanSchema,
    check: StayPlanCheck,
    valid: [
      planStay({ start: '2027-03-01', employment: 'employed' }),
      planStay({ start: '2027-01-04', employment: 'not-employed', weeks: 12 }, { locale: 'en' }),
    ],
  },
  { name: 'IsoWeek', schema: IsoWeekSchema, check: IsoWeekCheck, valid: [{ year: 2026, week: 53 }] },
  {
    name: 'FollowUpMeeting',
    schema: FollowUpMeetingSchema,
    check: FollowUpMeetingCheck,
    valid: [meeting, { isoWeek: { year: 2027, week: 12 }, mode: 'on-site' }],
  },
  {
    name: 'FollowUpBooking',
    schema: FollowUpBookingSchema,
    check: FollowUpBookingCheck,
    valid: [
      { returnHome: '2027-01-29', meetings: [meeting, { isoWeek: { year: 2027, week: 20 }, mode: 'on-site' }], employment: 'employed' },
    ],
  },
  {
    name: 'FollowUpStatusInput',
    schema: FollowUpStatusInputSchema,
    check: FollowUpStatusInputCheck,
    valid: [{ returnHome: '2027-01-29', held: ['2027-03-01'], asOf: '2027-06-01' }],
  },
  {
    name: 'EligibilityInput',
    schema: EligibilityInputSchema,
    check: EligibilityInputCheck,
    valid: [
      {
        referral: 'nav',
        employment: 'employed',
        offer: 'residential',
        sickLeaveGrade: 60,
        workAbilityReduced: true,
        prognosis: { sickLeaveHalvedTwoWeeksAfter: false, inWorkOrJobSeekingEightWeeksAfter: true },
        residentialGrounds: { noSuitableDayOffer: true, environmentChangeEssential: false, complexHealthProblems: true },
      },
    ],
  },
  {
    name: 'OutcomeInput',
    schema: OutcomeInputSchema,
    check: OutcomeInputCheck,
    valid: [{ targetGroup: 'not-employed', returnHome: '2027-01-29', asOf: '2027-06-01', ...outcomeFacts }],
  },
  {
    name: 'AgendaCase',
    schema: AgendaCaseSchema,
    check: AgendaCaseCheck,
    valid: [{ id: 'a-1', stay, returnHome: '2027-03-01', followUps: { booked: [meeting], held: ['2027-03-01'] }, outcome: outcomeFacts }],
  },
  { name: 'BenefitInput', schema: BenefitInputSchema, check: BenefitInputCheck, valid: [{ benefit: 'aap' }] },
];

/** Values near what the schemas take, on both sides of each bound, and values of the wrong kind. */
const NEAR: unknown[] = [
  '',
  'x',
  '2027-01-04',
  '2027-01-02',
  '2027-02-29',
  '2024-02-29',
  '1582-12-31',
  '10000-01-01',
  '2027-1-4',
  '08:30',
  '8:30',
  '24:00',
  '23:59',
  'a\u0000b',
  'a\tb\nc',
  '\uD800',
  '😀'.repeat(150),
  'x'.repeat(LIMITS.titleLength + 1),
  'x'.repeat(LIMITS.codeLength + 1),
  'x'.repeat(LIMITS.textLength + 1),
  ...ENUM_WORDS,
  '__proto__',
  0,
  -0,
  1,
  4,
  8,
  12,
  15,
  19,
  20,
  52,
  53,
  54,
  100,
  101,
  0.5,
  0.6,
  1.5,
  -1,
  1582,
  1583,
  2026,
  2027,
  9999,
  1e20,
  -1e20,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  null,
  undefined,
  [],
  {},
  { year: 2027, week: 53 },
  { year: 2026, week: 53 },
  { year: 2027, week: 0.5 },
  { year: 1e20, week: 60 },
  '😀'.repeat(LIMITS.titleLength),
  '😀'.repeat(LIMITS.titleLength + 1),
  '😀'.repeat(LIMITS.sectionLength),
  '😀'.repeat(LIMITS.sectionLength + 1),
  '😀'.repeat(LIMITS.textLength),
  '😀'.repeat(LIMITS.textLength + 1),
  'a\u0085b',
  'a\u009Fb',
  Number.NEGATIVE_INFINITY,
  2 ** 53,
  2 ** 53 - 1,
  -(2 ** 53),
  [undefined],
  'x'.repeat(LIMITS.sectionLength + 1),
  Array.from({ length: LIMITS.meetings + 1 }, () => ({})),
];
const nearMiss = fc.oneof(
  fc.constantFrom(...NEAR),
  fc.anything({ maxDepth: 2, withNullPrototype: true }),
  fc.integer({ min: -5, max: 120 }),
  fc.string({ maxLength: 12 }),
);
const extraKey = fc.oneof(
  fc.constantFrom('extra', '__proto__', 'constructor', 'Start', 'weeks', 'date', '0', 'toString'),
  fc.string({ maxLength: 6 }),
);

type Change = { depth: number; pick: number; how: 'replace' | 'delete' | 'add' | 'grow'; value: unknown; key: string };
const change: fc.Arbitrary<Change> = fc.record({
  depth: fc.nat({ max: 4 }),
  pick: fc.nat(),
  how: fc.constantFrom('replace', 'replace', 'delete', 'add', 'grow'),
  value: nearMiss,
  key: extraKey,
});

/** Applies a change at a node `depth` levels down (or the deepest reached), along the keys `pick` chooses. */
function apply(root: unknown, c: Change): unknown {
  const top = { root };
  let parent: Record<string, unknown> = top;
  let key = 'root';
  for (let level = 0; level < c.depth; level++) {
    const node = parent[key];
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, unknown>;
    key = keys[(c.pick >> level) % keys.length] as string;
  }
  const node = parent[key];
  if (c.how === 'replace') parent[key] = c.value;
  else if (c.how === 'delete') delete parent[key];
  else if (c.how === 'grow' && Array.isArray(node)) node.push(...Array.from({ length: (c.pick % 3) * 100 + 1 }, () => node[0] ?? c.value));
  else if (typeof node === 'object' && node !== null) {
    // A key the node holds and cannot give up (a list's `length`) stays as it is: nothing can be added under its name.
    if (Object.getOwnPropertyDescriptor(node, c.key)?.configurable !== false)
      Object.defineProperty(node, c.key, { value: c.value, enumerable: true, configurable: true, writable: true });
  } else parent[key] = c.value;
  return top.root;
}

/** The snapshot of an input the snapshot reads whole. */
function plain(input: unknown): unknown {
  const read = snapshot(input, 'en');
  if (read.issues !== undefined) throw new Error('not read');
  return read.value;
}

function agree(schema: z.core.$ZodType, check: Check, input: unknown, locale: Locale): void {
  const read = snapshot(input, locale);
  if (read.issues !== undefined) return;
  const mine = checkValue(check, read.value, locale);
  const zods = checkSnapshot(schema, read.value, locale);
  expect(mine.issues).toStrictEqual(zods.issues);
  expect(mine.data).toStrictEqual(zods.data);
  // toStrictEqual does not see the order of keys; the JSON a caller writes from the value does.
  expect(JSON.stringify(mine.data)).toBe(JSON.stringify(zods.data));
}

/** Every bound a list of an input has. */
const LIST_BOUNDS = [LIMITS.activities, LIMITS.planItems, LIMITS.meetings, LIMITS.held, LIMITS.sources];

/** A copy of `root` with the value at `path` replaced by `make` of it (`root` itself at the empty path). */
function changedAt(root: unknown, path: readonly (string | number)[], make: (old: unknown) => unknown, remove = false): unknown {
  const copy = structuredClone(root);
  if (path.length === 0) return make(copy);
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path.at(-1) as string | number;
  if (remove) delete node[last];
  else node[last] = make(node[last]);
  return copy;
}

describe.each(PAIRS)('$name: the check without zod agrees with the schema', ({ schema, check, valid }) => {
  test('on each valid input: the same parsed value, and no issue', () => {
    for (const input of valid) {
      const value = plain(input);
      expect(checkValue(check, value, 'nb')).toStrictEqual(checkSnapshot(schema, value, 'nb'));
      expect(checkValue(check, value, 'nb').issues).toBeUndefined();
    }
  });

  test('on each value replaced by each near miss, each key removed, and an unknown key added to each object', () => {
    for (const start of valid) {
      for (const path of pathsOf(start, 2)) {
        for (const near of NEAR)
          agree(
            schema,
            check,
            changedAt(start, path, () => structuredClone(near)),
            'en',
          );
        agree(
          schema,
          check,
          changedAt(start, path, () => undefined, true),
          'nb',
        );
        agree(
          schema,
          check,
          changedAt(start, path, (old) => (typeof old === 'object' && old !== null ? { ...old, extra: 1 } : old)),
          'nb',
        );
      }
    }
  });

  test('on each list at each bound a list has, and one item past it', () => {
    for (const start of valid) {
      for (const path of pathsOf(start, 2)) {
        const node = path.reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], start);
        if (!Array.isArray(node)) continue;
        for (const length of LIST_BOUNDS.flatMap((bound) => [bound, bound + 1])) {
          agree(
            schema,
            check,
            changedAt(start, path, () => Array.from({ length }, () => structuredClone(node[0] ?? 'x'))),
            'en',
          );
        }
      }
    }
  });

  test.prop([fc.constantFrom(...valid), fc.array(change, { minLength: 1, maxLength: 4 }), fc.constantFrom<Locale>('nb', 'en')], {
    numRuns: 300,
  })('on inputs changed deep inside: the same value or the same issues, in order', (start, changes, locale) => {
    let input: unknown = structuredClone(start);
    for (const c of changes) input = apply(input, c);
    agree(schema, check, input, locale);
  });

  test.prop([nearMiss, fc.constantFrom<Locale>('nb', 'en')])('on values that are not inputs at all', (input, locale) => {
    agree(schema, check, input, locale);
  });
});

describe('where zod lets an object check its fields together after an issue', () => {
  const plan = planStay({ start: '2027-03-01', employment: 'employed' }, { locale: 'en' });
  const phase = plan.phases[0] as (typeof plan.phases)[number];

  test('an unknown key does not stop the object’s own check; a list over its bound does', () => {
    const tooMany = {
      ...plan,
      phases: [{ ...phase, to: '2000-01-03', sources: Array.from({ length: LIMITS.sources + 1 }, () => phase.sources[0]) }],
    };
    agree(StayPlanSchema, StayPlanCheck, tooMany, 'en');
    expect(checkValue(StayPlanCheck, plain(tooMany), 'en').issues?.map((issue) => issue.path)).toEqual(['phases.0.sources']);
    const unknown = { ...plan, phases: [{ ...phase, to: '2000-01-03', extra: 1 }] };
    agree(StayPlanSchema, StayPlanCheck, unknown, 'en');
    expect(checkValue(StayPlanCheck, plain(unknown), 'en').issues?.map((issue) => issue.path)).toEqual(['phases.0.extra', 'phases.0.to']);
  });

  test('a number past a bound does not stop it either, while a fraction where a whole number belongs does', () => {
    for (const week of [54, 1e20, 53.5, 0]) agree(IsoWeekSchema, IsoWeekCheck, { year: 2027, week }, 'nb');
    for (const year of [1583, 10_000, -1e20, 2027.5]) agree(IsoWeekSchema, IsoWeekCheck, { year, week: 53 }, 'nb');
    expect(checkValue(IsoWeekCheck, { year: 2027, week: 1e20 }, 'en').issues).toEqual([
      { path: 'week', message: 'Got 100000000000000000000; expected at most 9007199254740991.' },
      { path: 'week', message: 'Got 100000000000000000000; expected at most 53.' },
    ]);
  });
});

plainTest('every check of an input is held to its schema here', () => {
  const checks = [agendaChecks, eligibilityChecks, entitlements, followUpChecks, scheduleChecks].flatMap((module) =>
    Object.entries(module).filter(([name]) => name.endsWith('Check')),
  );
  expect(checks.length).toBeGreaterThan(10);
  const paired = new Set<unknown>(PAIRS.map((pair) => pair.check));
  expect(checks.filter(([, check]) => !paired.has(check)).map(([name]) => name)).toEqual([]);
});

plainTest('a text over its bound is said to have as many characters as the bound counts (an emoji is one)', () => {
  const long = { ...activity, title: '😀'.repeat(LIMITS.titleLength + 1) };
  agree(ActivitySchema, ActivityCheck, long, 'en');
  expect(checkValue(ActivityCheck, plain(long), 'en').issues).toEqual([
    { path: 'title', message: `The text has ${LIMITS.titleLength + 1} characters; at most ${LIMITS.titleLength} are allowed.` },
  ]);
  expect(checkValue(ActivityCheck, plain({ ...activity, title: '😀'.repeat(LIMITS.titleLength) }), 'en').issues).toBeUndefined();
});
