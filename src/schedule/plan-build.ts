/**
 * The stay plan without its input check: the types, the template and `buildPlan`, which `planStay` runs on a checked
 * input. Free of checks, so that a command that plans one stay from plain flags loads no validation (`planPlain`).
 */
import { holidaysBetween, isWorkingDayNumber, shiftWorkingDays } from '../core/calendar.js';
import { type IsoDate, isoOf, MAX_DAY, readDate, weekdayOf } from '../core/dates.js';
import type { SourceRef } from '../core/evaluation.js';
import type { Locale, Text } from '../core/locale.js';
import type { Employment } from '../core/types.js';
import { RULES_VERSION } from '../core/version.js';
import { S } from './rules.js';

/** The stay to plan: a start on a working day, the employment status, and 4 (default), 8 or 12 weeks. */
export interface StayInput {
  /** Day one of the stay; must be a Norwegian working day. */
  readonly start: IsoDate;
  /** Employed participants do a work trial in week 4; others a workshop. */
  readonly employment: Employment;
  /** Length of the stay in weeks: 4 (default), or 8 or 12 with extensions. */
  readonly weeks?: 4 | 8 | 12 | undefined;
}

/** A phase of the stay. */
export type PhaseId = 'mapping' | 'work-trial' | 'workshop' | 'evaluation' | 'extension' | 'last-week';

/** A dated meeting or session of the stay. */
export type MilestoneId =
  | 'welcome-meeting'
  | 'goal-setting-class'
  | 'intake-meeting'
  | 'intake-conversation'
  | 'physio-follow-up'
  | 'midway-conversation'
  | 'employer-meeting-before-trial'
  | 'employer-meeting-after-trial'
  | 'anchoring-meeting'
  | 'final-conversation';

/** A phase with its first and last day (inclusive). */
export interface Phase {
  readonly id: PhaseId;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Title in the requested locale. */
  readonly title: string;
  readonly sources: readonly SourceRef[];
}

/** A milestone on its day. */
export interface Milestone {
  readonly id: MilestoneId;
  readonly date: IsoDate;
  /** Title in the requested locale. */
  readonly title: string;
  readonly sources: readonly SourceRef[];
}

/** Where the calendar defeats the template: a stable code and a message in the requested locale. */
export interface PlanWarning {
  /** Stable code, e.g. `week4-fewer-than-three-working-days`. */
  readonly code: PlanWarningCode;
  readonly message: string;
}

/** The stable codes of plan warnings (decision 11). */
export type PlanWarningCode =
  | 'week4-fewer-than-three-working-days'
  | 'no-evaluation-days'
  | 'employer-meeting-after-trial-on-trial-day'
  | 'final-conversation-on-trial-day'
  | 'anchoring-meeting-on-final-conversation-day'
  | 'no-physio-day-in-week';

/** The dated plan of a stay. */
export interface StayPlan {
  readonly start: IsoDate;
  /** Last day of the stay: start + 7 × weeks − 1. */
  readonly end: IsoDate;
  readonly weeks: number;
  readonly employment: Employment;
  /** Sorted by first day. */
  readonly phases: readonly Phase[];
  /** Sorted by date; on one day, in the order of the source. */
  readonly milestones: readonly Milestone[];
  readonly warnings: readonly PlanWarning[];
  /** Where the sources give no plan, said in the requested locale. */
  readonly notes: readonly string[];
  /** The public holidays from `start` to `end`, weekends included, with names in the requested locale. */
  readonly holidays: readonly { readonly date: IsoDate; readonly name: string }[];
  readonly rulesVersion: string;
}

const PHASE_TITLES: Record<PhaseId, Text> = {
  mapping: { nb: 'Kartlegging og målsetting', en: 'Mapping and goal setting' },
  'work-trial': { nb: 'Arbeidsutprøving på egen arbeidsplass', en: 'Work trial at own workplace' },
  workshop: { nb: 'Arbeidsforberedende workshop', en: 'Work-preparation workshop' },
  evaluation: { nb: 'Evaluering og revidering av handlingsplan og mål', en: 'Evaluation and revision of the action plan and goals' },
  extension: { nb: 'Forlengelse: videre program', en: 'Extension: continued programme' },
  'last-week': { nb: 'Siste uke', en: 'Last week' },
};

const MILESTONES: Record<MilestoneId, { order: number; title: Text; sources: readonly SourceRef[] }> = {
  'welcome-meeting': { order: 0, title: { nb: 'Velkomstmøte i gruppe', en: 'Group welcome meeting' }, sources: S.dayOne.sources },
  'goal-setting-class': {
    order: 1,
    title: { nb: 'Undervisning om målsetting og handlingsplan', en: 'Class on goal setting and the action plan' },
    sources: S.dayOne.sources,
  },
  'intake-meeting': {
    order: 2,
    title: { nb: 'Innkomstmøte med tverrfaglig team', en: 'Intake meeting with the interdisciplinary team' },
    sources: S.dayOne.sources,
  },
  'intake-conversation': {
    order: 3,
    title: { nb: 'Innkomstsamtale med kontaktperson', en: 'Intake conversation with the contact person' },
    sources: S.dayOne.sources,
  },
  'employer-meeting-before-trial': {
    order: 6,
    title: { nb: 'Telefonmøte med arbeidsgiver før arbeidsutprøvingen', en: 'Phone meeting with the employer before the work trial' },
    sources: S.workTrial.sources,
  },
  'physio-follow-up': {
    order: 4,
    title: { nb: 'Oppfølging av fysioterapeut', en: 'Physiotherapist follow-up' },
    sources: S.physio.sources,
  },
  'midway-conversation': { order: 5, title: { nb: 'Midtveissamtale', en: 'Midway conversation' }, sources: S.midway.sources },
  'employer-meeting-after-trial': {
    order: 7,
    title: { nb: 'Telefonmøte med arbeidsgiver etter arbeidsutprøvingen', en: 'Phone meeting with the employer after the work trial' },
    sources: S.workTrial.sources,
  },
  'anchoring-meeting': {
    order: 8,
    title: { nb: 'Forankringsmøte med arbeidsgiver og kontaktperson i NAV', en: 'Anchoring meeting with the employer and the NAV contact' },
    sources: S.lastWeek.sources,
  },
  'final-conversation': {
    order: 9,
    title: { nb: 'Sluttsamtale der oppfølgingssamtalene avtales', en: 'Final conversation, where the follow-ups are booked' },
    sources: S.lastWeek.sources,
  },
};

const ANCHORING_WITHOUT_EMPLOYER: Text = { nb: 'Forankringsmøte med kontaktperson i NAV', en: 'Anchoring meeting with the NAV contact' };

const WARNINGS: Record<PlanWarningCode, (detail: string) => Text> = {
  'week4-fewer-than-three-working-days': (days) => ({
    nb: `Uke 4 av oppholdet har bare ${days} virkedager, så arbeidsutprøvingen eller workshopen får færre enn de tre dagene kilden beskriver.`,
    en: `Week 4 of the stay has only ${days} working days, so the work trial or workshop gets fewer than the three days the source describes.`,
  }),
  'no-evaluation-days': () => ({
    nb: 'Uke 4 av oppholdet har ingen virkedager igjen etter arbeidsutprøvingen eller workshopen, så det er ingen dager til evaluering.',
    en: 'Week 4 of the stay has no working days left after the work trial or workshop, so there are no evaluation days.',
  }),
  'employer-meeting-after-trial-on-trial-day': (date) => ({
    nb: `Det er ingen virkedag i oppholdet etter arbeidsutprøvingen, så telefonmøtet etter utprøvingen er lagt til siste utprøvingsdag ${date}.`,
    en: `No working day of the stay follows the work trial, so the phone meeting after the trial is placed on its last day, ${date}.`,
  }),
  'final-conversation-on-trial-day': (date) => ({
    nb: `Oppholdets siste virkedag ${date} er også en dag med arbeidsutprøving eller workshop; sluttsamtalen legges likevel dit.`,
    en: `The stay's last working day, ${date}, is also a work-trial or workshop day; the final conversation is placed there anyway.`,
  }),
  'anchoring-meeting-on-final-conversation-day': (date) => ({
    nb: `Siste uke har ingen annen ledig virkedag før sluttsamtalen, så forankringsmøtet er lagt til samme dag, ${date}.`,
    en: `The last week has no other free working day before the final conversation, so the anchoring meeting is placed on the same day, ${date}.`,
  }),
  'no-physio-day-in-week': (week) => ({
    nb: `Uke ${week} av oppholdet har ingen virkedag utenom arbeidsutprøving eller workshop, så den ukentlige fysioterapioppfølgingen har ingen dag.`,
    en: `Week ${week} of the stay has no working day outside the work trial or workshop, so the weekly physiotherapist follow-up has no day.`,
  }),
};

const EXTENSION_NOTE: Text = {
  nb: 'Kildene gir ingen ukeplan for forlengelsen; fra uke 5 følger oppholdet det faste programmet, og siste ukes møter er lagt til oppholdets siste uke.',
  en: "The sources give no week plan for the extension; from week 5 onward the stay follows the regular programme, and the last week's meetings are placed in the stay's last week.",
};

/**
 * The `YYYY-MM-DD` of recent plans' days, kept by day number modulo 1,024: a plan names its first day six times and
 * most others twice, and plans that start near in time share their days.
 */
const keptDays: number[] = [];
const keptDates: string[] = [];

function dateOf(day: number): IsoDate {
  const slot = day & 1023;
  if (keptDays[slot] !== day) {
    keptDays[slot] = day;
    keptDates[slot] = isoOf(day);
  }
  return keptDates[slot] as IsoDate;
}

/** Builds the plan of an already-validated stay; total (never throws). */
export function buildPlan(startDay: number, employment: Employment, weeks: number, locale: Locale): StayPlan {
  const end = startDay + 7 * weeks - 1;
  const holidays = holidaysBetween(startDay, end);
  // The stay's holidays, found once: a day of the stay is then a working day by its weekday and this set alone.
  const holidayDays = new Set(holidays.map((h) => h.day));
  const working = (day: number) => weekdayOf(day) <= 5 && !holidayDays.has(day);
  const weekStart = (k: number) => startDay + 7 * (k - 1);
  const weekDays = (k: number) => {
    const days: number[] = [];
    for (let d = weekStart(k), last = d + 6; d <= last; d += 1) if (working(d)) days.push(d);
    return days;
  };
  const employed = employment === 'employed';
  const warnings: PlanWarning[] = [];
  const warn = (code: PlanWarningCode, detail: string) => warnings.push({ code, message: WARNINGS[code](detail)[locale] });
  const milestones: { id: MilestoneId; day: number; title?: string }[] = [];
  const phases: { id: PhaseId; from: number; to: number }[] = [];

  for (const id of ['welcome-meeting', 'goal-setting-class', 'intake-meeting', 'intake-conversation'] as const)
    milestones.push({ id, day: startDay });
  // "De første 2,5 ukene": two weeks and three days, the half day rounded down (decision 5).
  phases.push({ id: 'mapping', from: startDay, to: startDay + 16 });

  // Every seven days hold at least two working days (tested over the calendar), so week 3, week 4 and the last week are
  // never empty: the casts below state that, and are not guards.
  const week4 = weekDays(4);
  const trial = week4.slice(0, 3);
  const trialDays = new Set(trial);
  const firstTrial = trial[0] as number;
  const lastTrial = trial.at(-1) as number;
  if (trial.length < 3) warn('week4-fewer-than-three-working-days', String(week4.length));
  phases.push({ id: employed ? 'work-trial' : 'workshop', from: firstTrial, to: lastTrial });
  if (employed) {
    milestones.push({ id: 'employer-meeting-before-trial', day: shiftWorkingDays(firstTrial, -1) ?? firstTrial });
    const after = shiftWorkingDays(lastTrial, 1);
    if (after === null || after > end) {
      warn('employer-meeting-after-trial-on-trial-day', dateOf(lastTrial));
      milestones.push({ id: 'employer-meeting-after-trial', day: lastTrial });
    } else {
      milestones.push({ id: 'employer-meeting-after-trial', day: after });
    }
  }
  const evaluationDays = week4.slice(3);
  if (evaluationDays.length === 0) warn('no-evaluation-days', '');
  else phases.push({ id: 'evaluation', from: evaluationDays[0] as number, to: evaluationDays.at(-1) as number });

  for (let k = 1; k <= weeks; k += 1) {
    const day = weekDays(k).find((d) => !trialDays.has(d));
    if (day === undefined) warn('no-physio-day-in-week', String(k));
    else {
      const week = locale === 'nb' ? `uke ${k}` : `week ${k}`;
      milestones.push({ id: 'physio-follow-up', day, title: `${MILESTONES['physio-follow-up'].title[locale]} (${week})` });
    }
  }

  milestones.push({ id: 'midway-conversation', day: weekDays(3).at(-1) as number });

  if (weeks > 4) phases.push({ id: 'extension', from: weekStart(5), to: end });
  phases.push({ id: 'last-week', from: weekStart(weeks), to: end });
  const lastWeek = weekDays(weeks);
  const final = lastWeek.at(-1) as number;
  if (trialDays.has(final)) warn('final-conversation-on-trial-day', dateOf(final));
  const anchoring = lastWeek.filter((d) => d < final && !trialDays.has(d)).pop();
  if (anchoring === undefined) warn('anchoring-meeting-on-final-conversation-day', dateOf(final));
  // Without an employment relationship there is no employer to meet: the meeting is with the NAV contact
  // (rnnk-arr-dogn «Hovedtrekk ved tilbudet»: "med arbeidsgiver eller kontaktperson på NAV").
  milestones.push({ id: 'anchoring-meeting', day: anchoring ?? final, ...(employed ? {} : { title: ANCHORING_WITHOUT_EMPLOYER[locale] }) });
  milestones.push({ id: 'final-conversation', day: final });

  milestones.sort((a, b) => a.day - b.day || MILESTONES[a.id].order - MILESTONES[b.id].order);
  phases.sort((a, b) => a.from - b.from || a.to - b.to);
  return {
    start: dateOf(startDay),
    end: dateOf(end),
    weeks,
    employment,
    phases: phases.map((p) => ({
      id: p.id,
      from: dateOf(p.from),
      to: dateOf(p.to),
      title: PHASE_TITLES[p.id][locale],
      sources: PHASE_SOURCES[p.id],
    })),
    milestones: milestones.map((m) => ({
      id: m.id,
      date: dateOf(m.day),
      title: m.title ?? MILESTONES[m.id].title[locale],
      sources: MILESTONES[m.id].sources,
    })),
    warnings,
    notes: weeks > 4 ? [EXTENSION_NOTE[locale]] : [],
    holidays: holidays.map((h) => ({ date: dateOf(h.day), name: h.name[locale] })),
    rulesVersion: RULES_VERSION,
  };
}

const PHASE_SOURCES: Record<PhaseId, readonly SourceRef[]> = {
  mapping: S.mapping.sources,
  'work-trial': S.workTrial.sources,
  workshop: S.workshop.sources,
  evaluation: S.evaluation.sources,
  extension: S.extension.sources,
  'last-week': S.lastWeek.sources,
};

/** What each plan `planStay` gave was made from (held no longer than the plan is). */
const MADE = new WeakMap<object, readonly [number, Employment, number, Locale]>();

/** The plan of a checked stay, remembered for `remade`: what `planStay` returns once its input has passed. */
export function madePlan(start: number, employment: Employment, weeks: number, locale: Locale): StayPlan {
  const plan = buildPlan(start, employment, weeks, locale);
  MADE.set(plan, [start, employment, weeks, locale]);
  return plan;
}

const EMPLOYMENTS: readonly unknown[] = ['employed', 'not-employed'];
const WEEKS: readonly unknown[] = [undefined, 4, 8, 12];

/**
 * The plan `planStay(input, { locale })` gives, for an input that is plain data: an object with Object's prototype or
 * none, whose own properties are nothing but a working-day `start` in range, an `employment` and `weeks` of 4, 8 or
 * 12 (or none), each a data property (no getter runs). Undefined for anything else, a list, a Proxy that throws or a
 * getter included, which `planStay` then reads and checks as any input and names. It runs no schema: for a caller
 * that plans from parsed JSON or the command line's flags, so that it need not load a check unless the input is wrong.
 * A plan that will not go on to `planToICalendar` (a batch's, the service's) need not be `remembered` for it.
 */
export function planPlain(input: unknown, locale: Locale, remembered = true): StayPlan | undefined {
  let start: unknown;
  let employment: unknown;
  let weeks: unknown;
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
    const proto = Object.getPrototypeOf(input);
    if (proto !== Object.prototype && proto !== null) return undefined;
    if (Object.getOwnPropertySymbols(input).length > 0) return undefined;
    // Own enumerable keys only, what the schema would see; values from data properties only, so nothing is run.
    for (const key of Object.keys(input)) {
      const property = Object.getOwnPropertyDescriptor(input, key);
      if (property === undefined || !('value' in property)) return undefined;
      if (key === 'start') start = property.value;
      else if (key === 'employment') employment = property.value;
      else if (key === 'weeks') weeks = property.value;
      else return undefined;
    }
  } catch {
    return undefined;
  }
  if (!EMPLOYMENTS.includes(employment) || !WEEKS.includes(weeks)) return undefined;
  const day = readDate(start);
  const length = (weeks as number | undefined) ?? 4;
  if (typeof day !== 'number' || !isWorkingDayNumber(day) || day + 7 * length - 1 > MAX_DAY) return undefined;
  return (remembered ? madePlan : buildPlan)(day, employment as Employment, length, locale);
}

/**
 * The plan `planStay` would make again for a plan it gave, or undefined for any other value. A caller may have
 * changed the plan since: compare before trusting it.
 */
export function remade(value: unknown): StayPlan | undefined {
  const made = typeof value === 'object' && value !== null ? MADE.get(value) : undefined;
  return made === undefined ? undefined : buildPlan(...made);
}
