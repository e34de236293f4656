import { type IsoDate, isoOf, readDate } from '../core/dates.js';
import { InvalidInputError } from '../core/errors.js';
import type { Options } from '../core/locale.js';
import { localeOf } from '../core/options.js';
import { parseInput } from '../core/schema.js';
import type { StayPlan } from './plan.js';
import { StayPlanSchema } from './schemas.js';

const STAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTF-8 length of one code point. */
function octetsOf(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (RFC 5545 § 3.1) without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (line.length <= 75 && /^[\x20-\x7e]*$/.test(line)) return line;
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
  const plan = parseInput(StayPlanSchema, input, locale) as StayPlan;
  const m = typeof dtstamp === 'string' ? STAMP.exec(dtstamp) : null;
  if (m === null) {
    throw new InvalidInputError(
      [
        {
          path: 'dtstamp',
          message:
            locale === 'nb'
              ? 'Forventet et UTC-tidspunkt på formen ÅÅÅÅ-MM-DDTTT:mm:ssZ.'
              : 'Expected a UTC instant written YYYY-MM-DDTHH:mm:ssZ.',
        },
      ],
      locale,
    );
  }
  const stamp = `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z`;
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
  const base = `${compact(plan.start)}-${plan.weeks}w-${plan.employment}`;
  for (const p of plan.phases) event(`${base}-phase-${p.id}-${compact(p.from)}`, p.from, p.to, p.title, cite(p.sources));
  plan.milestones.forEach((ms, i) => {
    event(`${base}-${ms.id}-${compact(ms.date)}-${i}`, ms.date, ms.date, ms.title, cite(ms.sources));
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
