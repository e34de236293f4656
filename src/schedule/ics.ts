import { checkValue } from '../core/check.js';
import { type IsoDate, isoOf, MAX_DAY, readDate } from '../core/dates.js';
import { type InputIssue, InvalidInputError } from '../core/errors.js';
import { compact, escapeText, foldAscii, foldLine, nextDay } from '../core/ics.js';
import type { Locale, Options } from '../core/locale.js';
import { localeOf } from '../core/options.js';
import { holdsExactly, snapshot } from '../core/snapshot.js';
import { StayPlanCheck } from './checks.js';
import { remade, type StayPlan } from './plan-build.js';

/** The last day the library supports: an event on it has no day after for DTEND. */
const LAST_DAY = isoOf(MAX_DAY);

const STAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(?:\.\d+)?Z$/;

interface PlannedEvent {
  readonly path: string;
  readonly uid: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly summary: string;
  readonly sources: StayPlan['phases'][number]['sources'];
  readonly description?: string;
}

const HOLIDAY: { readonly [L in Locale]: { readonly summary: string; readonly description: string } } = {
  nb: { summary: 'Helligdag', description: 'Offentlig helligdag: ingen program denne dagen.' },
  en: { summary: 'Public holiday', description: 'Public holiday: no programme that day.' },
};

/** The events of a plan: its phases, its milestones and the public holidays inside it, each with a UID stable across files. */
function eventsOf(plan: StayPlan, locale: Locale): PlannedEvent[] {
  const base = `${compact(plan.start)}-${plan.weeks}w-${plan.employment}`;
  return [
    ...plan.phases.map((p, i) => ({ path: `phases.${i}`, uid: `${base}-phase-${p.id}-${compact(p.from)}`, ...p, summary: p.title })),
    ...plan.milestones.map((ms, i) => ({
      path: `milestones.${i}`,
      uid: `${base}-${ms.id}-${compact(ms.date)}-${i}`,
      from: ms.date,
      to: ms.date,
      summary: ms.title,
      sources: ms.sources,
    })),
    ...(plan.holidays ?? []).map((h, i) => ({
      path: `holidays.${i}`,
      uid: `${base}-holiday-${compact(h.date)}-${i}`,
      from: h.date,
      to: h.date,
      summary: `${HOLIDAY[locale].summary}: ${h.name}`,
      sources: [],
      description: HOLIDAY[locale].description,
    })),
  ];
}

/**
 * What the schema cannot see but the file needs: a plan that ends before it starts, an event whose day after does
 * not exist (DTEND is exclusive), and two events that would share a UID (a calendar would keep only one). A plan as
 * `planStay` made it (`made`) ends after it starts and has no two events alike (its phases differ by id, its milestones
 * and holidays by index), so only an event on the last supported day is looked for (kept though none can be: a stay
 * ending on 9999-12-31, a Friday, would start on a Saturday).
 */
function writable(plan: StayPlan, events: readonly PlannedEvent[], locale: Locale, made: boolean): InputIssue[] {
  const nb = locale === 'nb';
  const issues: InputIssue[] = [];
  if (plan.end < plan.start) {
    issues.push({ path: 'end', message: nb ? 'Oppholdet kan ikke slutte før det begynner.' : 'A stay cannot end before it begins.' });
  }
  const uids = new Set<string>();
  for (const e of made ? events.filter((e) => e.to === LAST_DAY) : events) {
    // A validated date is written YYYY-MM-DD, so the last supported day is this text.
    if (e.to === LAST_DAY) {
      issues.push({
        path: e.path,
        message: nb
          ? 'En hendelse på 9999-12-31 kan ikke skrives: kalenderen trenger dagen etter, som ligger utenfor det støttede området.'
          : 'An event on 9999-12-31 cannot be written: the calendar needs the day after, which is outside the supported range.',
      });
    }
    if (uids.has(e.uid)) {
      issues.push({
        path: e.path,
        message: nb
          ? 'To hendelser i planen er like (samme id og dato); kalenderen ville beholdt bare én.'
          : 'Two events of the plan are the same (same id and date); a calendar would keep only one.',
      });
    }
    uids.add(e.uid);
  }
  return issues;
}

/**
 * Writes a stay plan as an RFC 5545 iCalendar file: every milestone an
 * all-day event, every phase a multi-day all-day event, every public holiday
 * in the stay an all-day event, each with a UID and DTSTAMP, CRLF line
 * endings and folded lines. The time stamp is a parameter: the library reads
 * no clock. The plan is an input like any other: ids from the closed sets,
 * texts without control characters, bounded lists; anything the file could
 * not hold safely is InvalidInputError.
 *
 * @param dtstamp - the moment the file is written, as UTC `YYYY-MM-DDTHH:mm:ssZ`.
 * @throws InvalidInputError when `input` is not a stay plan or `dtstamp` is not such a UTC instant.
 * @example
 * ```ts
 * import { planStay, planToICalendar } from 'arr-rules';
 * const ics = planToICalendar(planStay({ start: '2027-01-04', employment: 'employed' }), '2026-11-22T12:00:00Z');
 * ics.startsWith('BEGIN:VCALENDAR\r\n'); // true
 * ```
 */
export function planToICalendar(input: StayPlan, dtstamp: string, options?: Options): string {
  const locale = localeOf(options);
  // The plan is read once. If what was read is a plan exactly as planStay gave it, it needs no validation: it is
  // made again and compared, and the file is written from the new one. Any other plan (changed, parsed from
  // JSON, built by hand) is validated in full, from the same reading.
  const read = snapshot(input, locale);
  let plan: StayPlan | undefined;
  let again: StayPlan | undefined;
  let issues: InputIssue[] = [];
  if (read.issues !== undefined) issues = read.issues;
  else {
    again = remade(input);
    if (again !== undefined && holdsExactly(read.value, again, read.count)) plan = again;
    else {
      const checked = checkValue(StayPlanCheck, read.value, locale);
      plan = checked.data as StayPlan | undefined;
      issues = checked.issues ?? [];
    }
  }
  const m = typeof dtstamp === 'string' ? STAMP.exec(dtstamp) : null;
  // RFC 5545 § 3.3.5: a real date and a time of day. Second 60 is a leap second, which UTC inserts only as
  // 23:59:60 on 30 June or 31 December.
  const leapOk = m === null || m[4] !== '60' || (m[2] === '23' && m[3] === '59' && /-(06-30|12-31)$/.test(m[1] as string));
  if (m === null || typeof readDate(m[1]) !== 'number' || !leapOk) {
    issues.push({
      path: 'dtstamp',
      message:
        locale === 'nb'
          ? 'Forventet et UTC-tidspunkt på formen ÅÅÅÅ-MM-DDTTT:mm:ssZ.'
          : 'Expected a UTC instant written YYYY-MM-DDTHH:mm:ssZ.',
    });
  }
  const events = plan === undefined ? [] : eventsOf(plan, locale);
  if (plan !== undefined) issues.push(...writable(plan, events, locale, plan === again));
  if (issues.length > 0) throw new InvalidInputError(issues, locale);
  // With no issues, both the plan and the stamp were read.
  const [, day, hours, minutes, seconds] = m as RegExpExecArray;
  const stamp = `${compact(day as IsoDate)}T${hours}${minutes}${seconds}Z`;
  // Only the lines that hold text can pass 75 octets; the stamp, the dates and the fixed lines never do. A UID is
  // made of ids from closed sets and dates: ASCII.
  let file = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//arr-rules//stay plan//NB\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n';
  for (const e of events) {
    file +=
      `BEGIN:VEVENT\r\n${foldAscii(`UID:${e.uid}@arr-rules`)}\r\nDTSTAMP:${stamp}\r\n` +
      `DTSTART;VALUE=DATE:${compact(e.from)}\r\nDTEND;VALUE=DATE:${nextDay(e.to)}\r\n` +
      `${summaryLine(e.summary)}\r\n${e.description === undefined ? citing(e.sources) : foldLine(`DESCRIPTION:${escapeText(e.description)}`)}\r\n` +
      'TRANSP:TRANSPARENT\r\nEND:VEVENT\r\n';
  }
  return `${file}END:VCALENDAR\r\n`;
}

/**
 * SUMMARY and DESCRIPTION lines kept folded: a plan's titles and its lists of sources are the same from plan to plan,
 * and escaping and folding them was most of the work of writing one. A title is kept by its text; at KEPT titles they
 * start again, so no input can make them grow without end. A list of sources is kept by identity for as long as it
 * lives: it is one of the rules' own lists (frozen) or in the copy read from the caller's plan, which nothing else holds.
 */
const KEPT = 512;
const texts = new Map<string, string>();
const cited = new WeakMap<object, string>();

function summaryLine(summary: string): string {
  let line = texts.get(summary);
  if (line === undefined) {
    line = foldLine(`SUMMARY:${escapeText(summary)}`);
    if (texts.size >= KEPT) texts.clear();
    texts.set(summary, line);
  }
  return line;
}

function citing(sources: StayPlan['phases'][number]['sources']): string {
  let line = cited.get(sources);
  if (line === undefined) {
    line = foldLine(`DESCRIPTION:${escapeText(sources.map((s) => `${s.source}: ${s.section}`).join('; '))}`);
    cited.set(sources, line);
  }
  return line;
}
