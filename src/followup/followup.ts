import { parseWith } from '../core/check.js';
import { type IsoDate, type IsoWeek, isoOf, isoWeekMonday, MAX_DAY, outOfRange, readDate, requireDate } from '../core/dates.js';
import { InvalidInputError } from '../core/errors.js';
import { allOf, type Evaluation, leaf, type Reasons, type Verdict } from '../core/evaluation.js';
import { counted, type Locale, type Options } from '../core/locale.js';
import { localeOf } from '../core/options.js';
import type { Employment } from '../core/types.js';
import { RULES_VERSION } from '../core/version.js';
import { FollowUpBookingCheck, FollowUpStatusInputCheck } from './checks.js';
import { F } from './rules.js';

/** Days after the return home in which follow-ups count (decision 14). */
export const FOLLOW_UP_WINDOW_DAYS = 56;
/** Follow-up conversations required. */
export const REQUIRED_FOLLOW_UPS = 3;

/** A booked follow-up conversation (oppfølgingssamtale): on a date, with an optional time, or in an ISO week. */
export type FollowUpMeeting =
  | {
      /** The day of the conversation. */
      readonly date: IsoDate;
      /** The time of day, `HH:mm`, when it is set. */
      readonly time?: string | undefined;
      /** By phone, or at RNNK. */
      readonly mode: 'phone' | 'on-site';
    }
  | {
      /** The ISO week of the conversation, when the day is not set yet. */
      readonly isoWeek: IsoWeek;
      /** By phone, or at RNNK. */
      readonly mode: 'phone' | 'on-site';
    };

/** What the final conversation booked. */
export interface FollowUpBooking {
  /** The day of the return home (hjemreise); by default the last day of the stay. */
  readonly returnHome: IsoDate;
  /** The follow-up conversations booked, each on a date or in a week. */
  readonly meetings: readonly FollowUpMeeting[];
  /** When given, the result's `notes` say who follows up after the measure (a duty the library restates, not checks). */
  readonly employment?: Employment | undefined;
}

/** The answer of `followUpStatus`. */
export interface FollowUpStatus {
  readonly required: number;
  /** Held conversations that count: inside the window, each day once. */
  readonly held: number;
  readonly remaining: number;
  /** The last day of the window. */
  readonly deadline: IsoDate;
  /** `yes`: three or more held in the window; `no`: the window has closed short; else `undetermined`. */
  readonly verdict: Verdict;
  readonly evaluation: Evaluation;
  readonly rulesVersion: string;
}

function windowOf(returnHome: number, path: string, locale: Locale): { from: number; to: number } {
  const to = returnHome + FOLLOW_UP_WINDOW_DAYS;
  if (to > MAX_DAY) throw outOfRange(path, locale);
  return { from: returnHome + 1, to };
}

/**
 * The follow-up window (decision 14): the day after the return home R up to
 * and including R + 56 (the first 8 weeks).
 *
 * @example
 * ```ts
 * import { followUpWindow } from 'arr-rules';
 * followUpWindow('2027-01-31'); // { from: '2027-02-01', to: '2027-03-28' }
 * ```
 */
export function followUpWindow(returnHome: IsoDate, options?: Options): { from: IsoDate; to: IsoDate } {
  const locale = localeOf(options);
  const w = windowOf(requireDate(returnHome, 'returnHome', locale), 'returnHome', locale);
  return { from: isoOf(w.from), to: isoOf(w.to) };
}

const BOOKING: Reasons = {
  yes: { nb: 'Oppfølgingssamtalene er avtalt etter reglene.', en: 'The follow-up conversations are booked as the rules require.' },
  no: { nb: 'Avtalen om oppfølgingssamtaler oppfyller ikke reglene.', en: 'The follow-up booking does not meet the rules.' },
  undetermined: {
    nb: 'Det kan ikke avgjøres om avtalen oppfyller reglene.',
    en: 'It cannot be decided whether the booking meets the rules.',
  },
};

function weekText(week: IsoWeek, locale: Locale): string {
  return locale === 'nb' ? `uke ${week.week} i ${week.year}` : `week ${week.week} of ${week.year}`;
}

function describeMeeting(index: number, m: FollowUpMeeting, locale: Locale): string {
  const when = 'date' in m ? m.date : weekText(m.isoWeek, locale);
  return `${locale === 'nb' ? 'Samtale' : 'Conversation'} ${index + 1} (${when})`;
}

interface Placed {
  readonly m: FollowUpMeeting;
  readonly i: number;
  readonly span: { readonly from: number; readonly to: number };
}

/**
 * At least three conversations on different days. A meeting booked by week has no day yet, so the
 * count of different days is known only as a range: at least one day for each booked date and for
 * each booked week that holds no booked date; at most one day for each meeting. Two meetings in
 * different weeks are on different days; two in one week may not be.
 */
function countRule(meetings: readonly Placed[], locale: Locale): Evaluation {
  const nb = locale === 'nb';
  const n = meetings.length;
  const required = REQUIRED_FOLLOW_UPS;
  if (n < required) {
    const booked = counted(n, { nb: 'samtale', en: 'conversation' }, { nb: 'samtaler', en: 'conversations' }, locale);
    return leaf(
      F.count,
      'no',
      nb
        ? `Bare ${booked} er avtalt; minst ${required} kreves.`
        : `Only ${booked} ${n === 1 ? 'is' : 'are'} booked; at least ${required} are required.`,
    );
  }
  const datedDays = new Set(meetings.filter(({ m }) => 'date' in m).map(({ span }) => span.from));
  const weekMeetings = meetings.filter(({ m }) => !('date' in m));
  const openWeeks = new Map<number, Placed[]>();
  for (const w of weekMeetings) {
    if ([...datedDays].some((d) => d >= w.span.from && d <= w.span.to)) continue;
    openWeeks.set(w.span.from, [...(openWeeks.get(w.span.from) ?? []), w]);
  }
  const least = datedDays.size + openWeeks.size;
  const most = datedDays.size + weekMeetings.length;
  if (least >= required) {
    const days = least === most ? `${least}` : nb ? `minst ${least}` : `at least ${least}`;
    return leaf(
      F.count,
      'yes',
      nb
        ? `Samtalene er avtalt på ${days} ulike dager; minst ${required} kreves.`
        : `The conversations are booked on ${days} different days; at least ${required} are required.`,
    );
  }
  if (most < required) {
    return leaf(
      F.count,
      'no',
      nb
        ? `Samtalene er avtalt på bare ${counted(most, { nb: 'dag', en: '' }, { nb: 'ulike dager', en: '' }, locale)}; minst ${required} samtaler på ulike dager kreves.`
        : `The conversations are booked on only ${counted(most, { nb: '', en: 'day' }, { nb: '', en: 'different days' }, locale)}; at least ${required} conversations on different days are required.`,
    );
  }
  // Some booked weeks may share a day with another meeting of the same week: the dates decide it.
  const contested = weekMeetings.filter((w) => meetings.some((o) => o.i !== w.i && o.span.from <= w.span.to && o.span.to >= w.span.from));
  const names = contested
    .map(({ m, i }, k) => (k === 0 ? describeMeeting(i, m, locale) : describeMeeting(i, m, locale).toLowerCase()))
    .join(nb ? ' og ' : ' and ');
  return leaf(
    F.count,
    'undetermined',
    nb
      ? `${names} er avtalt i en uke med en annen samtale; om det blir ${required} ulike dager, avgjøres når datoene er satt.`
      : `${names} ${contested.length === 1 ? 'is' : 'are'} booked in a week with another conversation; whether that makes ${required} different days is decided when the dates are set.`,
    contested.map(({ i }) => `meetings.${i}.date`),
  );
}

/** First and last day a meeting may fall on. */
function spanOf(m: FollowUpMeeting): { from: number; to: number } {
  if ('date' in m) {
    const day = readDate(m.date) as number;
    return { from: day, to: day };
  }
  const monday = isoWeekMonday(m.isoWeek.year, m.isoWeek.week);
  return { from: monday, to: monday + 6 };
}

const RESPONSIBILITY: Record<Employment, { nb: string; en: string }> = {
  employed: {
    nb: 'Personen har arbeidsforhold: videre oppfølging hos arbeidsgiveren skal være forankret ved tiltakets slutt.',
    en: 'The person has an employment relationship: further follow-up at the employer is to be anchored by the end of the measure.',
  },
  'not-employed': {
    nb: 'Personen har ikke arbeidsforhold: videre oppfølging etter tiltaket ivaretas hovedsakelig av NAV-kontoret.',
    en: 'The person has no employment relationship: further follow-up after the measure is mainly for the NAV office.',
  },
};

/**
 * Does the final conversation's booking meet the rules? At least three
 * follow-ups on different days, each by phone or on site, all inside the
 * window R+1 … R+56; the earliest with date and time, the others with a date
 * or an ISO week that overlaps the window. Each failed condition is its own
 * child, naming the meeting.
 *
 * @throws InvalidInputError for impossible dates or weeks (week 54, week 53 in a 52-week year), bad times, unknown modes.
 * @example
 * ```ts
 * import { assessFollowUpPlan } from 'arr-rules';
 * assessFollowUpPlan({
 *   returnHome: '2027-01-31',
 *   meetings: [
 *     { date: '2027-02-10', time: '10:00', mode: 'phone' },
 *     { isoWeek: { year: 2027, week: 9 }, mode: 'phone' },
 *     { isoWeek: { year: 2027, week: 12 }, mode: 'on-site' },
 *   ],
 * }).verdict; // 'yes'
 * ```
 */
export function assessFollowUpPlan(input: FollowUpBooking, options?: Options): Evaluation {
  const locale = localeOf(options);
  const nb = locale === 'nb';
  const valid = parseWith(FollowUpBookingCheck, input, locale) as FollowUpBooking;
  const window = windowOf(readDate(valid.returnHome) as number, 'returnHome', locale);
  const range = `${isoOf(window.from)} – ${isoOf(window.to)}`;
  const children: Evaluation[] = [];

  const meetings = valid.meetings.map((m, i) => ({ m, i, span: spanOf(m) }));
  children.push(countRule(meetings, locale));

  for (const { m, i, span } of meetings) {
    const inside = 'date' in m ? span.from >= window.from && span.to <= window.to : span.to >= window.from && span.from <= window.to;
    const name = describeMeeting(i, m, locale);
    children.push(
      leaf(
        F.inWindow,
        inside ? 'yes' : 'no',
        inside
          ? nb
            ? `${name} ligger i vinduet ${range}.`
            : `${name} lies in the window ${range}.`
          : nb
            ? `${name} ligger utenfor vinduet ${range} (de 8 første ukene etter hjemreise).`
            : `${name} lies outside the window ${range} (the first 8 weeks after the return home).`,
      ),
    );
  }

  // "First" is the earliest in time; a booked week counts from its Monday (decision 31).
  const first = [...meetings].sort((a, b) => a.span.from - b.span.from || Number('isoWeek' in a.m) - Number('isoWeek' in b.m))[0];
  if (first !== undefined) {
    const name = describeMeeting(first.i, first.m, locale);
    const ok = 'date' in first.m && first.m.time !== undefined;
    children.push(
      leaf(
        F.firstDated,
        ok ? 'yes' : 'no',
        ok
          ? nb
            ? `Den første samtalen, ${name.toLowerCase()}, har dato og klokkeslett.`
            : `The first conversation, ${name.toLowerCase()}, has a date and a time.`
          : 'date' in first.m
            ? nb
              ? `Den første samtalen, ${name.toLowerCase()}, mangler klokkeslett; den første skal avtales med dato og klokkeslett.`
              : `The first conversation, ${name.toLowerCase()}, has no time; the first must be booked with a date and a time.`
            : nb
              ? `Den første samtalen, ${name.toLowerCase()}, er avtalt bare med uke; den første skal avtales med dato og klokkeslett.`
              : `The first conversation, ${name.toLowerCase()}, is booked with a week only; the first must be booked with a date and a time.`,
      ),
    );
  }
  const evaluation = allOf(F.booking, BOOKING, locale, children);
  if (valid.employment === undefined) return evaluation;
  // A duty the sources state but no input shows met: a note on the answer, never a ✓ among the verdicts.
  const note = { rule: F.responsibility.id, text: RESPONSIBILITY[valid.employment][locale], sources: F.responsibility.sources };
  return { ...evaluation, notes: [note] };
}

/** The input of `followUpStatus`. */
export interface FollowUpStatusInput {
  /** The day the participant came home (R); the window is R + 1 … R + 56. */
  readonly returnHome: IsoDate;
  /** The days follow-up conversations were held, as recorded; none may be after `asOf`. */
  readonly held: readonly IsoDate[];
  /** The day the status is for: the library reads no clock. */
  readonly asOf: IsoDate;
}

/**
 * How far has follow-up come, as of a given day? Counts the held
 * conversations inside the window (each day once), says how many remain and
 * the deadline, and answers `yes` (three held), `no` (the window closed short)
 * or `undetermined` (still open).
 *
 * @throws InvalidInputError for bad dates, or a held date after `asOf` (it cannot have happened yet).
 * @example
 * ```ts
 * import { followUpStatus } from 'arr-rules';
 * followUpStatus({ returnHome: '2027-01-31', held: ['2027-02-10'], asOf: '2027-03-01' });
 * // { required: 3, held: 1, remaining: 2, deadline: '2027-03-28', verdict: 'undetermined', … }
 * ```
 */
export function followUpStatus(input: FollowUpStatusInput, options?: Options): FollowUpStatus {
  const locale = localeOf(options);
  const nb = locale === 'nb';
  const valid = parseWith(FollowUpStatusInputCheck, input, locale);
  const asOf = readDate(valid.asOf) as number;
  const future = valid.held
    .map((date, index) => ({ date, index }))
    .filter(({ date }) => (readDate(date) as number) > asOf)
    .map(({ date, index }) => ({
      path: `held.${index}`,
      message: nb
        ? `${date} er etter ${valid.asOf}; en holdt samtale kan ikke ligge etter dagen for sjekken.`
        : `${date} is after ${valid.asOf}; a held conversation cannot lie after the day of the check.`,
    }));
  if (future.length > 0) throw new InvalidInputError(future, locale);

  const window = windowOf(readDate(valid.returnHome) as number, 'returnHome', locale);
  const held = new Set(valid.held.map((d) => readDate(d) as number).filter((d) => d >= window.from && d <= window.to)).size;
  const remaining = Math.max(0, REQUIRED_FOLLOW_UPS - held);
  const deadline = isoOf(window.to);
  const verdict: Verdict = held >= REQUIRED_FOLLOW_UPS ? 'yes' : asOf > window.to ? 'no' : 'undetermined';
  const reason =
    verdict === 'yes'
      ? nb
        ? `${held} oppfølgingssamtaler er holdt i vinduet; minst ${REQUIRED_FOLLOW_UPS} kreves.`
        : `${held} follow-up conversations were held in the window; at least ${REQUIRED_FOLLOW_UPS} are required.`
      : verdict === 'no'
        ? nb
          ? `Vinduet ble lukket ${deadline} med bare ${counted(held, { nb: 'holdt samtale', en: '' }, { nb: 'holdte samtaler', en: '' }, locale)}; minst ${REQUIRED_FOLLOW_UPS} kreves.`
          : `The window closed on ${deadline} with only ${counted(held, { nb: '', en: 'conversation' }, { nb: '', en: 'conversations' }, locale)} held; at least ${REQUIRED_FOLLOW_UPS} are required.`
        : nb
          ? `${held} av ${REQUIRED_FOLLOW_UPS} samtaler er holdt; ${remaining} gjenstår innen ${deadline}.`
          : `${held} of ${REQUIRED_FOLLOW_UPS} conversations held; ${remaining} remain by ${deadline}.`;
  return {
    required: REQUIRED_FOLLOW_UPS,
    held,
    remaining,
    deadline,
    verdict,
    evaluation: leaf(F.status, verdict, reason, ['held']),
    rulesVersion: RULES_VERSION,
  };
}
