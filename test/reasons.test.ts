/**
 * Every sentence the library can say, collected over grids of inputs that
 * reach every verdict of every rule, in both languages, and compared with
 * test/__snapshots__/reasons.txt. A reviewer reads that file as the
 * library's whole vocabulary; a changed or lost sentence fails here.
 * Dates and counts inside sentences are written as <date> and <n>, so that
 * each sentence appears once whatever the input.
 */
import { describe, expect, test } from 'vitest';
import { addWorkingDays, isWorkingDay } from '../src/core/calendar.js';
import { InvalidInputError } from '../src/core/errors.js';
import type { Evaluation } from '../src/core/evaluation.js';
import type { Locale } from '../src/core/locale.js';
import * as api from '../src/index.js';

const LOCALES: readonly Locale[] = ['nb', 'en'];
const generic = (text: string) => text.replace(/\d{4}-\d{2}-\d{2}/g, '<date>').replace(/\b\d+(\.\d+)?\b/g, '<n>');

/** Runs `fn`; an InvalidInputError's issues join the vocabulary too, since they are sentences a caseworker reads. */
function attempt(into: Set<string>, locale: Locale, fn: () => void): void {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    for (const issue of error.issues) into.add(`${locale} invalid ${issue.path}: ${generic(issue.message)}`);
  }
}

function collectTree(into: Set<string>, locale: Locale, evaluation: Evaluation): void {
  into.add(`${locale} ${evaluation.rule} ${evaluation.verdict}: ${generic(evaluation.reason)}`);
  for (const child of evaluation.children) collectTree(into, locale, child);
}

const u = <T>(...values: T[]) => [undefined, ...values];
function* grid<T extends Record<string, readonly unknown[]>>(axes: T): Generator<{ [K in keyof T]: T[K][number] }> {
  const keys = Object.keys(axes);
  const sizes = keys.map((k) => axes[k]?.length ?? 1);
  const total = sizes.reduce((a, b) => a * b, 1);
  for (let n = 0; n < total; n += 1) {
    let rest = n;
    const point: Record<string, unknown> = {};
    keys.forEach((k, i) => {
      const size = sizes[i] ?? 1;
      point[k] = axes[k]?.[rest % size];
      rest = Math.floor(rest / size);
    });
    yield point as { [K in keyof T]: T[K][number] };
  }
}
const defined = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function vocabulary(): string {
  const out = new Map<string, Set<string>>();
  const area = (name: string) => out.get(name) ?? out.set(name, new Set()).get(name) ?? new Set<string>();

  const tri = u(true, false);
  for (const c of grid({
    referral: ['nav', 'gp'],
    employment: ['employed', 'not-employed'],
    offer: u('day'),
    sickLeaveGrade: u(0, 50),
    workAbilityReduced: tri,
    halved: tri,
    eightWeeks: tri,
    noSuitableDayOffer: tri,
    environmentChangeEssential: tri,
    complexHealthProblems: tri,
  })) {
    const input = defined({
      referral: c.referral,
      employment: c.employment,
      offer: c.offer,
      sickLeaveGrade: c.sickLeaveGrade,
      workAbilityReduced: c.workAbilityReduced,
      prognosis: defined({ sickLeaveHalvedTwoWeeksAfter: c.halved, inWorkOrJobSeekingEightWeeksAfter: c.eightWeeks }),
      residentialGrounds: defined({
        noSuitableDayOffer: c.noSuitableDayOffer,
        environmentChangeEssential: c.environmentChangeEssential,
        complexHealthProblems: c.complexHealthProblems,
      }),
    });
    for (const locale of LOCALES)
      collectTree(area('assessEligibility'), locale, api.assessEligibility(input as never, { locale }).evaluation);
  }

  for (const c of grid({
    targetGroup: ['employed', 'not-employed'],
    asOf: ['2027-01-05', '2027-03-31'],
    start: u(80),
    atCheckpoint: u(40, 41, 80, 100),
    declaredFit: tri,
    registeredJobSeeker: tri,
    inWork: tri,
    inWorkOrientedActivity: tri,
  })) {
    const input = defined({
      targetGroup: c.targetGroup,
      returnHome: '2027-01-01',
      asOf: c.asOf,
      sickLeaveGradeAtStart: c.start,
      sickLeaveGradeAtCheckpoint: c.atCheckpoint,
      declaredFit: c.declaredFit,
      registeredJobSeeker: c.registeredJobSeeker,
      inWork: c.inWork,
      inWorkOrientedActivity: c.inWorkOrientedActivity,
    });
    const into = area('assessOutcome');
    for (const locale of LOCALES)
      attempt(into, locale, () => collectTree(into, locale, api.assessOutcome(input as never, { locale }).evaluation));
  }

  for (const c of grid({
    profile: u('nav'),
    baseWeeks: u(1, 2, 8),
    currentWeeks: [1, 3, 4, 5, 8, 12],
    additionalWeeks: [1, 4, 8, 9],
    extensionsSoFar: u(1, 2),
    need: tri,
  })) {
    const into = area('assessExtension');
    for (const locale of LOCALES)
      attempt(into, locale, () => collectTree(into, locale, api.assessExtension(defined(c) as never, { locale })));
  }
  // Who follows up: a note on the booking's answer, in the vocabulary beside the verdicts.
  for (const employment of ['employed', 'not-employed'] as const) {
    for (const locale of LOCALES) {
      const booked = api.assessFollowUpPlan({ returnHome: '2027-01-31', meetings: [], employment }, { locale });
      for (const note of booked.notes ?? []) area('assessFollowUpPlan').add(`${locale} note ${note.rule}: ${generic(note.text)}`);
    }
  }

  const plans = area('planStay');
  for (let d = api.addWorkingDays('2027-01-01', 0); d < '2028-12-31'; d = addWorkingDays(d, 1)) {
    if (!isWorkingDay(d)) continue;
    for (const c of grid({ employment: ['employed', 'not-employed'], weeks: [4, 8, 12] })) {
      for (const locale of LOCALES) {
        const plan = api.planStay({ start: d, employment: c.employment as 'employed', weeks: c.weeks as 4 }, { locale });
        for (const p of plan.phases) plans.add(`${locale} phase ${p.id}: ${generic(p.title)}`);
        for (const m of plan.milestones) plans.add(`${locale} milestone ${m.id}: ${generic(m.title)}`);
        for (const w of plan.warnings) plans.add(`${locale} warning ${w.code}: ${generic(w.message)}`);
        for (const n of plan.notes) plans.add(`${locale} note: ${generic(n)}`);
      }
    }
  }

  const activities = area('validateActivityPlan');
  const day = (date: string, ...slots: [string, string, string, string?][]) =>
    slots.map(([start, end, kind, professional]) => defined({ date, start, end, kind, professional }));
  const scenarios = [
    day('2027-01-04', ['08:00', '11:00', 'individual'], ['11:00', '11:30', 'meal'], ['11:30', '14:30', 'group']),
    day('2027-01-04', ['08:00', '09:00', 'individual', 'physician'], ['08:30', '10:00', 'group']),
    day('2027-01-04', ['08:00', '14:00', 'group']),
    day('2027-01-04', ['08:00', '14:00', 'individual']),
    day('2027-02-15', ['08:00', '09:00', 'group']),
    day('2027-01-09', ['08:00', '09:00', 'group']),
    day('2027-01-04', ['10:00', '09:00', 'group']),
  ];
  for (const activityList of scenarios)
    for (const locale of LOCALES) {
      attempt(activities, locale, () => {
        const input = { stay: { start: '2027-01-04', employment: 'employed' }, activities: activityList };
        for (const issue of api.validateActivityPlan(input as never, { locale }).issues)
          activities.add(`${locale} ${issue.code}: ${generic(issue.message)}`);
      });
    }

  const followUps = area('assessFollowUpPlan');
  const meetings = [
    [],
    [{ date: '2027-01-05', mode: 'on-site' }],
    [{ date: '2027-01-05', mode: 'phone' }],
    [
      { isoWeek: { year: 2027, week: 2 }, mode: 'on-site' },
      { date: '2027-02-20', mode: 'phone' },
      { date: '2027-02-27', mode: 'phone' },
    ],
    [
      { date: '2027-01-05', mode: 'on-site' },
      { date: '2027-01-20', mode: 'phone' },
      { date: '2027-02-10', mode: 'phone' },
    ],
    [
      { date: '2027-01-05', mode: 'on-site' },
      { date: '2027-01-20', mode: 'phone' },
      { date: '2027-06-10', mode: 'phone' },
    ],
    [
      { date: '2027-01-01', mode: 'on-site' },
      { date: '2027-01-20', mode: 'phone' },
      { date: '2027-02-10', mode: 'phone' },
    ],
    [
      { date: '2027-01-05', time: '10:00', mode: 'phone' },
      { isoWeek: { year: 2027, week: 5 }, mode: 'phone' },
      { isoWeek: { year: 2027, week: 5 }, mode: 'phone' },
    ],
    [
      { date: '2027-01-05', time: '10:00', mode: 'phone' },
      { isoWeek: { year: 2027, week: 1 }, mode: 'phone' },
      { isoWeek: { year: 2027, week: 5 }, mode: 'phone' },
    ],
    [
      { date: '2027-01-05', time: '10:00', mode: 'phone' },
      { isoWeek: { year: 2027, week: 3 }, mode: 'phone' },
      { isoWeek: { year: 2027, week: 5 }, mode: 'phone' },
      { isoWeek: { year: 2027, week: 5 }, mode: 'phone' },
    ],
    [
      { date: '2027-01-05', time: '10:00', mode: 'phone' },
      { date: '2027-01-05', mode: 'phone' },
      { date: '2027-01-05', mode: 'phone' },
    ],
  ];
  for (const list of meetings)
    for (const employment of u('employed', 'not-employed'))
      for (const locale of LOCALES)
        attempt(followUps, locale, () =>
          collectTree(
            followUps,
            locale,
            api.assessFollowUpPlan(defined({ returnHome: '2027-01-01', meetings: list, employment }) as never, { locale }),
          ),
        );
  const status = area('followUpStatus');
  for (const c of grid({
    held: [[], ['2027-01-05'], ['2027-01-05', '2027-01-20', '2027-02-10'], ['2026-12-20']],
    asOf: ['2027-01-10', '2027-03-31'],
  }))
    for (const locale of LOCALES)
      attempt(status, locale, () =>
        collectTree(
          status,
          locale,
          api.followUpStatus({ returnHome: '2027-01-01', held: c.held as string[], asOf: c.asOf as string }, { locale }).evaluation,
        ),
      );

  const money = area('entitlements');
  for (const benefit of ['sykepenger', 'aap', 'tiltakspenger', 'dagpenger', 'none', 'other'] as const)
    for (const locale of LOCALES) {
      collectTree(money, locale, api.travelCosts({ benefit }, { locale }).evaluation);
      collectTree(money, locale, api.participationTerms({ benefit }, { locale }).evaluation);
    }

  return [...out].map(([name, lines]) => `## ${name}\n${[...lines].sort().join('\n')}\n`).join('\n');
}

describe('the vocabulary', () => {
  test('every sentence the rules can give, by rule and verdict, in both languages', async () => {
    await expect(vocabulary()).toMatchFileSnapshot('./__snapshots__/reasons.txt');
  }, 60_000);
});
