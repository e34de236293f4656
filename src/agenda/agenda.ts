/**
 * A coordinator's agenda: for many cases at once, the dated items the rules make due, as of a day. A front door
 * over the single-case functions (`planStay`, `followUpWindow`, `assessFollowUpPlan`, `followUpStatus`,
 * `outcomeCheckpoint`, `assessOutcome`): every item restates one of their answers, dated and cited, and no deadline
 * here is the agenda's own.
 */

import { checkInput } from '../core/check.js';
import { dateProblemMessage, type IsoDate, isoOf, isoWeekMonday, MAX_DAY, readDate } from '../core/dates.js';
import { type InputIssue, InvalidInputError } from '../core/errors.js';
import type { Evaluation, SourceRef } from '../core/evaluation.js';
import { LIMITS } from '../core/limits.js';
import type { Locale, Options, Text } from '../core/locale.js';
import { localeOf } from '../core/options.js';
import type { Employment } from '../core/types.js';
import { RULES_VERSION } from '../core/version.js';
import { assessOutcome, type OutcomeInput, outcomeCheckpoint } from '../eligibility/outcome.js';
import { O } from '../eligibility/outcome-rules.js';
import { assessFollowUpPlan, type FollowUpMeeting, followUpStatus, followUpWindow } from '../followup/followup.js';
import { F } from '../followup/rules.js';
import { type MilestoneId, planStay, type StayInput } from '../schedule/plan.js';
import { S } from '../schedule/rules.js';
import { AgendaCaseCheck } from './checks.js';

/** The outcome facts a coordinator may know at the checkpoint: `assessOutcome`'s input without what the case gives. */
export type AgendaOutcomeFacts = Omit<OutcomeInput, 'targetGroup' | 'returnHome' | 'asOf'>;

/** What a coordinator knows of one participant. Every field but `id` and `stay` may be left out; less known, less said. */
export interface AgendaCase {
  /** The case's own id (1 … 100 characters), unique in the list: it names the case's items and problems. */
  readonly id: string;
  /** The stay as `planStay` takes it. Its employment is also the target group at the outcome checkpoint. */
  readonly stay: StayInput;
  /** The actual day of the return home (hjemreise), when it is not the stay's last day. */
  readonly returnHome?: IsoDate | undefined;
  /** The follow-up conversations as booked and as held, so far as they are recorded. */
  readonly followUps?:
    | {
        /** The follow-ups as the final conversation booked them; left out while none is recorded. */
        readonly booked?: readonly FollowUpMeeting[] | undefined;
        /** The days follow-up conversations were held, none after the agenda's day. */
        readonly held?: readonly IsoDate[] | undefined;
      }
    | undefined;
  /** What is known of the outcome at the checkpoint, when anything is. */
  readonly outcome?: AgendaOutcomeFacts | undefined;
}

/** What an item is about. */
export type AgendaItemKind =
  /** A meeting of the stay's plan. */
  | 'stay-meeting'
  /** The final conversation's booking of the follow-ups. */
  | 'follow-up-booking'
  /** The follow-up window opens (the day after the return home). */
  | 'follow-up-window'
  /** One follow-up conversation, booked or held. */
  | 'follow-up'
  /** The last day of the follow-up window, or the day the third conversation was held. */
  | 'follow-up-deadline'
  /** The outcome checkpoint, 2 or 8 weeks after the return home. */
  | 'outcome-check'
  /** Something in the record the rules say cannot be so. */
  | 'inconsistency';

/**
 * `done`: recorded as done; `due`: today; `upcoming`: after today, within the horizon; `overdue`: its day has passed
 * and it is not recorded as done.
 */
export type AgendaStatus = 'done' | 'due' | 'upcoming' | 'overdue';

/** One dated item of the agenda. */
export interface AgendaItem {
  readonly caseId: string;
  /** Names the item within its case, the same on every run (e.g. `follow-up.2`): a calendar feed's UIDs use it. */
  readonly key: string;
  readonly date: IsoDate;
  readonly kind: AgendaItemKind;
  readonly status: AgendaStatus;
  /** One sentence in the requested locale. */
  readonly text: string;
  /** The id of the rule that makes it due, as in `RULES`. */
  readonly rule: string;
  readonly sources: readonly SourceRef[];
}

/** A case the agenda could not read: its id when it has a readable one, its place in the list, and every problem. */
export interface AgendaProblem {
  readonly caseId: string | null;
  /** The case's index in the list (0-based). */
  readonly index: number;
  /** The issues `InvalidInputError` would carry, paths from the case record. */
  readonly issues: readonly InputIssue[];
}

/** The answer of `agenda`. */
export interface Agenda {
  readonly asOf: IsoDate;
  /** The horizon in days after `asOf`. */
  readonly days: number;
  /** Overdue items first, then the rest; each part by date, then case id, then the order of the rules. */
  readonly items: readonly AgendaItem[];
  readonly problems: readonly AgendaProblem[];
  readonly rulesVersion: string;
}

/** Options of `agenda`: the locale, and the horizon in days (default 14, at most 366). */
export interface AgendaOptions extends Options {
  readonly days?: number | undefined;
}

/** Default horizon: two weeks. */
export const AGENDA_DAYS = 14;
/** Longest horizon: a year. */
export const MAX_AGENDA_DAYS = 366;

// The rule that places each meeting of the plan (rnnk-arr-dogn, by the section the plan cites).
const MILESTONE_RULE: Record<MilestoneId, { readonly id: string }> = {
  'welcome-meeting': S.dayOne,
  'goal-setting-class': S.dayOne,
  'intake-meeting': S.dayOne,
  'intake-conversation': S.dayOne,
  'physio-follow-up': S.physio,
  'midway-conversation': S.midway,
  'employer-meeting-before-trial': S.workTrial,
  'employer-meeting-after-trial': S.workTrial,
  'anchoring-meeting': S.lastWeek,
  'final-conversation': S.lastWeek,
};

const MODE: Record<'phone' | 'on-site', Text> = {
  phone: { nb: 'per telefon', en: 'by phone' },
  'on-site': { nb: 'ved RNNK', en: 'at RNNK' },
};

interface Draft {
  readonly key: string;
  readonly day: number;
  readonly kind: AgendaItemKind;
  readonly status: AgendaStatus;
  readonly text: string;
  readonly rule: { readonly id: string; readonly sources: readonly SourceRef[] };
}

/** The rule and sources an evaluation rests on, as an item cites them. */
function cite(e: Evaluation): Draft['rule'] {
  return { id: e.rule, sources: e.sources };
}

/** The horizon's bounds and the locale: what every item of every case is judged by. */
interface Frame {
  readonly today: number;
  readonly days: number;
  readonly locale: Locale;
}

/** `due` today, `upcoming` after it, `overdue` before it: for an item not done. */
function statusOf(day: number, today: number): AgendaStatus {
  return day === today ? 'due' : day > today ? 'upcoming' : 'overdue';
}

/**
 * Which items a morning list shows: all that are overdue, those due or upcoming within the horizon, and those done
 * within the horizon either side of the day. A meeting of the stay or the window's opening is an event, not a task:
 * nothing records whether it happened, so once past it is not shown at all.
 */
function shown(d: Draft, f: Frame): boolean {
  if (d.status === 'overdue') return true;
  if (d.status === 'done') return d.day >= f.today - f.days && d.day <= f.today + f.days;
  return d.day <= f.today + f.days;
}

function readOptions(options: unknown): { locale: Locale; days: number } {
  const locale = localeOf(options, ['locale', 'days']);
  const days = options === undefined ? undefined : (options as { days?: unknown }).days;
  if (days === undefined) return { locale, days: AGENDA_DAYS };
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > MAX_AGENDA_DAYS) {
    throw new InvalidInputError(
      [
        {
          path: 'options.days',
          message:
            locale === 'nb'
              ? `Forventet et helt antall dager fra 0 til ${MAX_AGENDA_DAYS}.`
              : `Expected a whole number of days from 0 to ${MAX_AGENDA_DAYS}.`,
        },
      ],
      locale,
    );
  }
  return { locale, days: days === 0 ? 0 : days }; // -0 is 0
}

/** The list, each item read once, or InvalidInputError at `cases`. */
function readCases(cases: unknown, locale: Locale): unknown[] {
  const nb = locale === 'nb';
  const fail = (message: string) => new InvalidInputError([{ path: 'cases', message }], locale);
  let list: unknown[];
  try {
    if (!Array.isArray(cases)) throw fail(nb ? 'Forventet en liste av saker.' : 'Expected a list of cases.');
    const length = cases.length;
    if (length > LIMITS.cases)
      throw fail(
        nb
          ? `Listen har ${length} saker; høyst ${LIMITS.cases} er tillatt i én agenda.`
          : `The list has ${length} cases; at most ${LIMITS.cases} are allowed in one agenda.`,
      );
    list = Array.from({ length }, (_, i) => cases[i]);
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw fail(
      nb
        ? 'Listen kunne ikke leses (en getter eller en Proxy kastet en feil).'
        : 'The list could not be read (a getter or a Proxy threw an error).',
    );
  }
  return list;
}

type ValidCase = {
  readonly id: string;
  readonly stay: StayInput;
  readonly returnHome?: IsoDate;
  /** The follow-up conversations as booked and as held, so far as they are recorded. */
  readonly followUps?: { readonly booked?: readonly FollowUpMeeting[]; readonly held?: readonly IsoDate[] };
  readonly outcome?: AgendaOutcomeFacts;
};

/** The id of a record that failed validation, when it has a usable one: so its problem is named by it. */
function idOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  try {
    const id = (value as { id?: unknown }).id;
    return typeof id === 'string' && id.length > 0 && id.length <= LIMITS.codeLength ? id : null;
  } catch {
    return null;
  }
}

/** Problems the schema cannot see but the rules can, which make the whole record unreadable. */
function crossCheck(c: ValidCase, stayStart: number, returnHome: number, today: number, locale: Locale): InputIssue[] {
  const nb = locale === 'nb';
  const issues: InputIssue[] = [];
  if (returnHome < stayStart)
    issues.push({
      path: 'returnHome',
      message: nb
        ? `Hjemreisen ${isoOf(returnHome)} er før oppholdet starter ${c.stay.start}.`
        : `The return home ${isoOf(returnHome)} is before the stay starts on ${c.stay.start}.`,
    });
  // The latest date the agenda computes is the outcome checkpoint of group 2, R + 56, as far as the window's end.
  if (returnHome + 56 > MAX_DAY)
    issues.push({
      path: c.returnHome === undefined ? 'stay.start' : 'returnHome',
      message: nb
        ? 'Oppfølgingsvinduet og sjekkpunktet ville falle etter 9999-12-31, den siste datoen som støttes.'
        : 'The follow-up window and the checkpoint would fall after 9999-12-31, the last date supported.',
    });
  (c.followUps?.held ?? []).forEach((date, index) => {
    if ((readDate(date) as number) > today)
      issues.push({
        path: `followUps.held.${index}`,
        message: nb
          ? `${date} er etter agendaens dag ${isoOf(today)}; en holdt samtale kan ikke ligge etter den.`
          : `${date} is after the agenda's day ${isoOf(today)}; a held conversation cannot lie after it.`,
      });
  });
  return issues;
}

function meetingText(n: number, m: FollowUpMeeting, status: AgendaStatus, locale: Locale): string {
  const nb = locale === 'nb';
  const mode = MODE[m.mode][locale];
  const when =
    'date' in m
      ? `${m.date}${m.time === undefined ? '' : nb ? ` kl. ${m.time}` : ` at ${m.time}`}`
      : nb
        ? `i uke ${m.isoWeek.week} i ${m.isoWeek.year}`
        : `in week ${m.isoWeek.week} of ${m.isoWeek.year}`;
  if (status === 'overdue')
    return nb
      ? `Oppfølgingssamtale ${n}, avtalt ${when} ${mode}, er ikke registrert som holdt.`
      : `Follow-up conversation ${n}, booked ${when} ${mode}, is not recorded as held.`;
  const byWeek =
    'date' in m
      ? ''
      : nb
        ? ' (dagen er ikke satt; datoen er ukens siste dag)'
        : ' (the day is not set; the date is the last day of the week)';
  return nb ? `Oppfølgingssamtale ${n} ${when} ${mode}${byWeek}.` : `Follow-up conversation ${n} ${when} ${mode}${byWeek}.`;
}

/** The items of one valid case; total on a case that passed `crossCheck`. */
function itemsOf(c: ValidCase, f: Frame): Draft[] {
  const { today, locale } = f;
  const nb = locale === 'nb';
  const drafts: Draft[] = [];
  const plan = planStay(c.stay, { locale });
  const returnHome = c.returnHome ?? plan.end;
  const r = readDate(returnHome) as number;

  // The stay's own meetings: events of the plan, up to the day the participant went home.
  let physio = 0;
  for (const m of plan.milestones) {
    const day = readDate(m.date) as number;
    const key = m.id === 'physio-follow-up' ? `${m.id}.${++physio}` : m.id;
    if (day > r || day < today) continue;
    const rule = MILESTONE_RULE[m.id];
    drafts.push({
      key,
      day,
      kind: 'stay-meeting',
      status: statusOf(day, today),
      text: `${m.title}.`,
      rule: { id: rule.id, sources: m.sources },
    });
  }

  // The final conversation books the follow-ups (rnnk-arr-dogn «Siste uke»); a stay cut short books them by its end.
  const finalDay = Math.min(readDate(plan.milestones.find((m) => m.id === 'final-conversation')?.date ?? plan.end) as number, r);
  const booked = c.followUps?.booked;
  if (booked === undefined) {
    const status = statusOf(finalDay, today);
    drafts.push({
      key: 'follow-up-booking',
      day: finalDay,
      kind: 'follow-up-booking',
      status,
      text:
        status === 'overdue'
          ? nb
            ? `Ingen avtale om oppfølgingssamtaler er registrert; sluttsamtalen ${isoOf(finalDay)} skulle avtale dem.`
            : `No booking of the follow-up conversations is recorded; the final conversation on ${isoOf(finalDay)} was to book them.`
          : nb
            ? 'Sluttsamtalen avtaler oppfølgingssamtalene: den første med dato og klokkeslett, den andre og tredje med uke.'
            : 'The final conversation books the follow-ups: the first with a date and a time, the second and third by week.',
      rule: F.booking,
    });
  } else {
    const booking = assessFollowUpPlan({ returnHome, meetings: booked }, { locale });
    if (booking.verdict === 'no') {
      const failed = booking.children.filter((e) => e.verdict === 'no').map((e) => e.reason);
      drafts.push({
        key: 'inconsistency.booking',
        day: today,
        kind: 'inconsistency',
        status: 'due',
        text: `${booking.reason} ${failed.join(' ')}`,
        rule: cite(booking),
      });
    } else {
      drafts.push({
        key: 'follow-up-booking',
        day: finalDay,
        kind: 'follow-up-booking',
        status: 'done',
        text: booking.reason,
        rule: cite(booking),
      });
    }
  }

  // The window and the conversations in it (rnnk-arr-dogn «Oppfølging i etterkant av oppholdet»).
  const window = followUpWindow(returnHome, { locale });
  const from = readDate(window.from) as number;
  const to = readDate(window.to) as number;
  if (from >= today)
    drafts.push({
      key: 'follow-up-window',
      day: from,
      kind: 'follow-up-window',
      status: statusOf(from, today),
      text: nb
        ? `Oppfølgingsvinduet åpner: minst tre samtaler innen ${window.to}.`
        : `The follow-up window opens: at least three conversations by ${window.to}.`,
      rule: F.window,
    });

  const held = [...new Set((c.followUps?.held ?? []).map((d) => readDate(d) as number))].sort((a, b) => a - b);
  const outside = held.filter((d) => d < from || d > to);
  const unmatched = new Set(held.filter((d) => d >= from && d <= to));
  (booked ?? []).forEach((m, i) => {
    const n = i + 1;
    const first = 'date' in m ? (readDate(m.date) as number) : isoWeekMonday(m.isoWeek.year, m.isoWeek.week);
    const last = 'date' in m ? first : first + 6;
    const match = [...unmatched].find((d) => d >= first && d <= last);
    if (match !== undefined) {
      unmatched.delete(match);
      drafts.push({
        key: `follow-up.${n}`,
        day: match,
        kind: 'follow-up',
        status: 'done',
        text: nb ? `Oppfølgingssamtale ${n} ble holdt ${isoOf(match)}.` : `Follow-up conversation ${n} was held on ${isoOf(match)}.`,
        rule: F.count,
      });
      return;
    }
    const status = statusOf(last, today);
    drafts.push({ key: `follow-up.${n}`, day: last, kind: 'follow-up', status, text: meetingText(n, m, status, locale), rule: F.count });
  });
  for (const d of unmatched)
    drafts.push({
      key: `follow-up.held.${isoOf(d)}`,
      day: d,
      kind: 'follow-up',
      status: 'done',
      text: nb ? `En oppfølgingssamtale ble holdt ${isoOf(d)}.` : `A follow-up conversation was held on ${isoOf(d)}.`,
      rule: F.count,
    });
  if (outside.length > 0)
    drafts.push({
      key: 'inconsistency.held',
      day: today,
      kind: 'inconsistency',
      status: 'due',
      text: nb
        ? `Samtaler registrert holdt ${outside.map(isoOf).join(', ')} ligger utenfor oppfølgingsvinduet ${window.from} – ${window.to} og teller ikke.`
        : `Conversations recorded as held on ${outside.map(isoOf).join(', ')} lie outside the follow-up window ${window.from} – ${window.to} and do not count.`,
      rule: F.window,
    });

  const status = followUpStatus({ returnHome, held: c.followUps?.held ?? [], asOf: isoOf(today) }, { locale });
  const rule = cite(status.evaluation);
  if (status.verdict === 'yes') {
    const third = held.filter((d) => d >= from && d <= to)[status.required - 1] as number;
    drafts.push({
      key: 'follow-up-deadline',
      day: third,
      kind: 'follow-up-deadline',
      status: 'done',
      text: nb
        ? `Oppfølgingen er fullført: ${status.held} samtaler er holdt i vinduet, den tredje ${isoOf(third)}.`
        : `Follow-up is complete: ${status.held} conversations were held in the window, the third on ${isoOf(third)}.`,
      rule,
    });
  } else {
    const s = statusOf(to, today);
    const recorded = `${status.held} ${nb ? 'av' : 'of'} ${status.required}`;
    drafts.push({
      key: 'follow-up-deadline',
      day: to,
      kind: 'follow-up-deadline',
      status: s,
      text:
        s === 'overdue'
          ? nb
            ? `Oppfølgingsvinduet ble lukket ${window.to} med ${recorded} samtaler registrert holdt.`
            : `The follow-up window closed on ${window.to} with ${recorded} conversations recorded as held.`
          : nb
            ? `Oppfølgingsvinduet lukkes ${window.to}: ${recorded} samtaler er registrert holdt; ${status.remaining} gjenstår.`
            : `The follow-up window closes on ${window.to}: ${recorded} conversations are recorded as held; ${status.remaining} remain.`,
      rule,
    });
  }

  drafts.push(outcomeItem(c.stay.employment, returnHome, c.outcome, f));
  return drafts;
}

const CHECKPOINT_QUESTION: Record<Employment, Text> = {
  employed: {
    nb: 'Sjekkpunkt for utfallet (målgruppe 1, to uker etter hjemreise): er sykmeldingen redusert med minst halvparten?',
    en: 'Outcome checkpoint (target group 1, two weeks after the return home): is the sick leave reduced by at least half?',
  },
  'not-employed': {
    nb: 'Sjekkpunkt for utfallet (målgruppe 2, åtte uker etter hjemreise): friskmeldt og registrert arbeidssøker, i arbeid eller i arbeidsrettet aktivitet?',
    en: 'Outcome checkpoint (target group 2, eight weeks after the return home): declared fit and a registered job seeker, in work, or in work-oriented activity?',
  },
};

/** The outcome checkpoint (decision 15): a question before it, the answer once the facts decide it. */
function outcomeItem(group: Employment, returnHome: IsoDate, facts: AgendaOutcomeFacts | undefined, f: Frame): Draft {
  const { today, locale } = f;
  const nb = locale === 'nb';
  const checkpoint = outcomeCheckpoint(group, returnHome, { locale });
  const day = readDate(checkpoint) as number;
  const base = { key: 'outcome-check', day, kind: 'outcome-check' as const };
  if (day > today) return { ...base, status: 'upcoming', text: CHECKPOINT_QUESTION[group][locale], rule: O.checkpoint };
  const status = statusOf(day, today);
  if (facts === undefined)
    return {
      ...base,
      status,
      text:
        status === 'due'
          ? CHECKPOINT_QUESTION[group][locale]
          : nb
            ? `Utfallet ved sjekkpunktet ${checkpoint} er ikke registrert.`
            : `The outcome at the checkpoint ${checkpoint} is not recorded.`,
      rule: O.checkpoint,
    };
  const outcome = assessOutcome({ ...facts, targetGroup: group, returnHome, asOf: isoOf(today) }, { locale });
  if (outcome.verdict !== 'undetermined')
    return {
      ...base,
      status: 'done',
      text: nb ? `Utfallet ved sjekkpunktet: ${outcome.evaluation.reason}` : `The outcome at the checkpoint: ${outcome.evaluation.reason}`,
      rule: cite(outcome.evaluation),
    };
  return {
    ...base,
    status,
    text: nb
      ? `Utfallet ved sjekkpunktet ${checkpoint} kan ikke avgjøres ennå: ${outcome.evaluation.reason}`
      : `The outcome at the checkpoint ${checkpoint} cannot be decided yet: ${outcome.evaluation.reason}`,
    rule: cite(outcome.evaluation),
  };
}

/**
 * What is due, for every case, as of a day: the stay's meetings, the booking of the follow-ups, each follow-up
 * conversation, the window's last day and the outcome checkpoint, each dated, with a status, a sentence, its rule and
 * its sources. Overdue items come first; then those due today, upcoming within the horizon (`days`, default 14) and
 * done within the horizon either side. A record the rules can see is inconsistent (a conversation held outside the
 * window, a booking that breaks the rules) gets an item saying so; a record that cannot be read is a problem of its
 * own, named by its id, and the other cases still get their items.
 *
 * @throws InvalidInputError only for the whole call: `cases` not a list (or over 10 000), a bad `asOf`, bad options.
 * @example
 * ```ts
 * import { agenda } from 'arr-rules';
 * const { items } = agenda([{ id: 'A-1', stay: { start: '2027-01-04', employment: 'employed' } }], '2027-01-29', { locale: 'en' });
 * items[0]; // { caseId: 'A-1', date: '2027-01-29', kind: 'stay-meeting', status: 'due', text: 'Anchoring meeting …', … }
 * ```
 */
export function agenda(cases: readonly AgendaCase[], asOf: IsoDate, options?: AgendaOptions): Agenda {
  const { locale, days } = readOptions(options);
  const today = readDate(asOf);
  let list: unknown[] = [];
  const whole: InputIssue[] = [];
  try {
    list = readCases(cases, locale);
  } catch (error) {
    whole.push(...(error as InvalidInputError).issues);
  }
  if (typeof today !== 'number') whole.push({ path: 'asOf', message: dateProblemMessage(asOf, today, locale) });
  if (whole.length > 0 || typeof today !== 'number') throw new InvalidInputError(whole, locale);
  const frame: Frame = { today, days, locale };
  const drafts: { caseId: string; seq: number; draft: Draft }[] = [];
  const problems: AgendaProblem[] = [];
  const seen = new Map<string, number>();
  list.forEach((record, index) => {
    const checked = checkInput(AgendaCaseCheck, record, locale);
    if (checked.issues !== undefined) {
      problems.push({ caseId: idOf(record), index, issues: checked.issues });
      return;
    }
    const c = checked.data as ValidCase;
    const twin = seen.get(c.id);
    if (twin !== undefined) {
      const message =
        locale === 'nb'
          ? `Id-en brukes også av saken på plass ${twin} i listen; hver sak trenger sin egen id.`
          : `The id is also used by the case at index ${twin} of the list; each case needs its own id.`;
      problems.push({ caseId: c.id, index, issues: [{ path: 'id', message }] });
      return;
    }
    seen.set(c.id, index);
    const stayStart = readDate(c.stay.start) as number;
    const end = stayStart + 7 * (c.stay.weeks ?? 4) - 1;
    const returnHome = c.returnHome === undefined ? end : (readDate(c.returnHome) as number);
    const issues = crossCheck(c, stayStart, returnHome, today, locale);
    if (issues.length > 0) {
      problems.push({ caseId: c.id, index, issues });
      return;
    }
    itemsOf(c, frame).forEach((draft, seq) => {
      drafts.push({ caseId: c.id, seq, draft });
    });
  });
  const items = drafts
    .filter(({ draft }) => shown(draft, frame))
    .sort(
      (a, b) =>
        Number(b.draft.status === 'overdue') - Number(a.draft.status === 'overdue') ||
        a.draft.day - b.draft.day ||
        (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0) ||
        a.seq - b.seq,
    )
    .map(({ caseId, draft }) => ({
      caseId,
      key: draft.key,
      date: isoOf(draft.day),
      kind: draft.kind,
      status: draft.status,
      text: draft.text,
      rule: draft.rule.id,
      sources: draft.rule.sources,
    }));
  return { asOf, days, items, problems, rulesVersion: RULES_VERSION };
}
