import { isWorkingDayNumber } from '../core/calendar.js';
import { parseWith } from '../core/check.js';
import { type IsoDate, isoOf, MAX_DAY, outOfRange, readDate } from '../core/dates.js';
import { counted, type Options, type Text } from '../core/locale.js';
import { minutesOf } from '../core/messages.js';
import { localeOf } from '../core/options.js';
import { RULES_VERSION } from '../core/version.js';
import { ActivityPlanInputCheck, type PROFESSIONALS } from './checks.js';
import type { StayInput } from './plan.js';

/** One of the 12 disciplines that take part in the stay (fagpersoner). */
export type Professional = (typeof PROFESSIONALS)[number];

/** A scheduled activity on one day of the stay. */
export interface Activity {
  /** The day of the activity, within the stay. */
  readonly date: IsoDate;
  /** Start time, `HH:mm`. */
  readonly start: string;
  /** End time, `HH:mm`, after the start on the same day. */
  readonly end: string;
  /** `individual` and `group` are structured ARR; `meal` and `break` are not. */
  readonly kind: 'individual' | 'group' | 'meal' | 'break';
  /** What the activity is called, for messages; its kind names it when left out. */
  readonly title?: string | undefined;
  /** The discipline that leads it. */
  readonly professional?: Professional | undefined;
}

/** What a message calls an activity that has no title of its own. */
const KIND_NAMES: Record<Activity['kind'], Text> = {
  individual: { nb: 'individuell aktivitet', en: 'individual activity' },
  group: { nb: 'gruppeaktivitet', en: 'group activity' },
  meal: { nb: 'måltid', en: 'meal' },
  break: { nb: 'pause', en: 'break' },
};

/** The input of `validateActivityPlan`. */
export interface ActivityPlanInput {
  /** The stay the plan belongs to, as `planStay` takes it. */
  readonly stay: StayInput;
  /** The planned activities, on any days of the stay. */
  readonly activities: readonly Activity[];
  /** Allowed distance from 50 % for each of individual and group, 0 … 0.5; default 0.10 (40–60 %). */
  readonly balanceTolerance?: number | undefined;
}

/** The stable codes of activity-plan issues. */
export type ActivityIssueCode = 'daily-minimum' | 'weekly-balance' | 'overlap' | 'outside-stay';

/** A problem with the plan: its code, where it is (date or week of the stay, 1 … W), and a message. */
export interface ActivityIssue {
  readonly code: ActivityIssueCode;
  readonly date?: IsoDate;
  /** The week of the stay, 1 … W (not the ISO week). */
  readonly week?: number;
  readonly message: string;
}

/** The answer of `validateActivityPlan`. */
export interface ActivityPlanResult {
  /** True when there are no issues. */
  readonly valid: boolean;
  readonly issues: readonly ActivityIssue[];
  readonly rulesVersion: string;
}

/** Minutes of structured activity each working day needs (rnnk-arr-dogn `Gruppetilbud`, decision 12). */
export const DAILY_MINIMUM_MINUTES = 360;
/** Default tolerance around 50 % for the weekly balance. */
export const DEFAULT_BALANCE_TOLERANCE = 0.1;

const isStructured = (kind: Activity['kind']) => kind === 'individual' || kind === 'group';
/** A share as a percentage with at most one decimal, written with a decimal comma in bokmål. */
const percent = (x: number, nb: boolean) => {
  const text = `${Math.round(x * 1000) / 10} %`;
  return nb ? text.replace('.', ',') : text;
};

/**
 * Does this activity plan meet the daily and weekly minimum? Each working day
 * of the stay needs at least 360 minutes of individual or group activity
 * (meals and breaks do not count); each week's structured minutes are about
 * half individual, half group (each within 50 % ± the tolerance, inclusive).
 * Overlapping activities and activities outside the stay are issues too.
 *
 * @throws InvalidInputError for a bad stay, a time that is not `HH:mm`, an end before the start, an unknown kind.
 * @example
 * ```ts
 * import { validateActivityPlan } from 'arr-rules';
 * const result = validateActivityPlan({
 *   stay: { start: '2027-01-04', employment: 'employed' },
 *   activities: [{ date: '2027-01-04', start: '09:00', end: '12:00', kind: 'group' }],
 * }, { locale: 'en' });
 * result.valid; // false: 180 minutes on 2027-01-04, and nothing on the other working days
 * ```
 */
export function validateActivityPlan(input: ActivityPlanInput, options?: Options): ActivityPlanResult {
  const locale = localeOf(options);
  const nb = locale === 'nb';
  const valid = parseWith(ActivityPlanInputCheck, input, locale);
  const weeks = valid.stay.weeks ?? 4;
  const start = readDate(valid.stay.start) as number;
  const end = start + 7 * weeks - 1;
  if (end > MAX_DAY) throw outOfRange('stay.start', locale);
  const tolerance = valid.balanceTolerance ?? DEFAULT_BALANCE_TOLERANCE;
  const issues: ActivityIssue[] = [];

  const kindName = (kind: Activity['kind']) => KIND_NAMES[kind][locale];
  const byDay = new Map<number, { from: number; to: number; kind: Activity['kind']; title: string }[]>();
  for (const a of valid.activities) {
    const day = readDate(a.date) as number;
    const label = a.title ?? kindName(a.kind);
    if (day < start || day > end) {
      issues.push({
        code: 'outside-stay',
        date: a.date,
        message: nb
          ? `Aktiviteten «${label}» den ${a.date} ligger utenfor oppholdet ${isoOf(start)} – ${isoOf(end)}.`
          : `The activity "${label}" on ${a.date} lies outside the stay ${isoOf(start)} – ${isoOf(end)}.`,
      });
      continue;
    }
    const list = byDay.get(day) ?? [];
    list.push({ from: minutesOf(a.start), to: minutesOf(a.end), kind: a.kind, title: `${label} ${a.start}–${a.end}` });
    byDay.set(day, list);
  }

  // Structured minutes per week of the stay, and how many of them are individual; the rest are group.
  const weekly = Array.from({ length: weeks }, () => ({ structured: 0, individual: 0 }));
  for (let day = start; day <= end; day += 1) {
    const list = (byDay.get(day) ?? []).sort((a, b) => a.from - b.from || a.to - b.to);
    const week = Math.floor((day - start) / 7) + 1;
    const date = isoOf(day);
    let structured = 0;
    let latest: (typeof list)[number] | undefined;
    for (const a of list) {
      if (latest !== undefined && a.from < latest.to) {
        issues.push({
          code: 'overlap',
          date,
          week,
          message: nb ? `${date}: «${a.title}» overlapper «${latest.title}».` : `${date}: "${a.title}" overlaps "${latest.title}".`,
        });
      }
      if (latest === undefined || a.to > latest.to) latest = a;
      if (isStructured(a.kind)) {
        structured += a.to - a.from;
        const sums = weekly[week - 1] as (typeof weekly)[number]; // week is 1 … weeks
        sums.structured += a.to - a.from;
        if (a.kind === 'individual') sums.individual += a.to - a.from;
      }
    }
    if (isWorkingDayNumber(day) && structured < DAILY_MINIMUM_MINUTES) {
      issues.push({
        code: 'daily-minimum',
        date,
        week,
        message: nb
          ? `${date} har ${counted(structured, { nb: 'minutt', en: '' }, { nb: 'minutter', en: '' }, locale)} strukturert aktivitet; hver virkedag skal ha minst ${DAILY_MINIMUM_MINUTES} minutter (6 timer), måltider og pauser ikke medregnet.`
          : `${date} has ${counted(structured, { nb: '', en: 'minute' }, { nb: '', en: 'minutes' }, locale)} of structured activity; every working day needs at least ${DAILY_MINIMUM_MINUTES} minutes (6 hours), meals and breaks excluded.`,
      });
    }
  }

  weekly.forEach(({ structured, individual }, index) => {
    // Inclusive bounds (decision 30); the margin absorbs binary rounding of e.g. 0.5 − 0.1, which also makes < and <= one test.
    // An empty week is within both bounds: it has no balance to judge, and already fails the daily minimum.
    // Stryker disable next-line EqualityOperator: equivalent within the margin.
    if (individual < (0.5 - tolerance - 1e-9) * structured || individual > (0.5 + tolerance + 1e-9) * structured) {
      const share = individual / structured;
      const week = index + 1;
      issues.push({
        code: 'weekly-balance',
        week,
        message: nb
          ? `I uke ${week} av oppholdet er ${percent(share, nb)} av aktiviteten individuell og ${percent(1 - share, nb)} i gruppe; begge andelene skal ligge mellom ${percent(0.5 - tolerance, nb)} og ${percent(0.5 + tolerance, nb)}.`
          : `In week ${week} of the stay ${percent(share, nb)} of the activity is individual and ${percent(1 - share, nb)} in groups; both shares should lie between ${percent(0.5 - tolerance, nb)} and ${percent(0.5 + tolerance, nb)}.`,
      });
    }
  });

  return { valid: issues.length === 0, issues, rulesVersion: RULES_VERSION };
}
