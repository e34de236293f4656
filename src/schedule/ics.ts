import { type IsoDate, isoOf, readDate } from '../core/dates.js';
import { type InputIssue, InvalidInputError } from '../core/errors.js';
import type { Options } from '../core/locale.js';
import { localeOf } from '../core/options.js';
import { checkInput } from '../core/schema.js';
import type { StayPlan } from './plan.js';
import { StayPlanSchema } from './schemas.js';

const STAMP = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(?:\.\d+)?Z$/;

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTF-8 length of one code point. */
function octetsOf(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (RFC 5545 § 3.1) without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = octetsOf(char.codePointAt(0) ?? 0);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (date: IsoDate) => date.replaceAll('-', '');
const nextDay = (date: IsoDate) => compact(isoOf((readDate(date) as number) + 1));

/**
 * Writes a stay plan as an RFC 5545 iCalendar file: every milestone an
 * all-day event, every phase a multi-day all-day event, each with a UID and
 * DTSTAMP, CRLF line endings and folded lines. The time stamp is a parameter:
 * the library reads no clock.
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
  const checked = checkInput(StayPlanSchema, input, locale);
  const issues: InputIssue[] = checked.issues ?? [];
  const m = typeof dtstamp === 'string' ? STAMP.exec(dtstamp) : null;
  // RFC 5545 § 3.3.5: a real date and a time of day; second 60 is a leap second.
  if (m === null || typeof readDate(m[1]) !== 'number') {
    issues.push({
      path: 'dtstamp',
      message:
        locale === 'nb'
          ? 'Forventet et UTC-tidspunkt på formen ÅÅÅÅ-MM-DDTTT:mm:ssZ.'
          : 'Expected a UTC instant written YYYY-MM-DDTHH:mm:ssZ.',
    });
  }
  if (issues.length > 0) throw new InvalidInputError(issues, locale);
  // With no issues, both the plan and the stamp were read.
  const [, day, hours, minutes, seconds] = m as RegExpExecArray;
  const stamp = `${compact(day as IsoDate)}T${hours}${minutes}${seconds}Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//arr-rules//stay plan//NB', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  const event = (uid: string, from: IsoDate, to: IsoDate, summary: string, description: string) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}@arr-rules`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(from)}`,
      `DTEND;VALUE=DATE:${nextDay(to)}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  };
  const cite = (sources: StayPlan['phases'][number]['sources']) => sources.map((s) => `${s.source}: ${s.section}`).join('; ');
  const { start, weeks, employment, phases, milestones } = checked.data as StayPlan;
  const base = `${compact(start)}-${weeks}w-${employment}`;
  for (const p of phases) event(`${base}-phase-${p.id}-${compact(p.from)}`, p.from, p.to, p.title, cite(p.sources));
  milestones.forEach((ms, i) => {
    event(`${base}-${ms.id}-${compact(ms.date)}-${i}`, ms.date, ms.date, ms.title, cite(ms.sources));
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
