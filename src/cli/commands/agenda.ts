/**
 * `arr-rules agenda --as-of DATE [--days N] [FILE|-]`: a coordinator's morning list over an NDJSON file of case
 * records, one record per line. Text is a to-do list (overdue first, then by day), JSON the library's Agenda with each
 * problem's line, ics a calendar feed whose UIDs are stable per case and item, so a re-import updates the events.
 * A line that cannot be read, or a record that is not valid, is named by its line (and id) on standard error; the
 * other cases still get their items, and the exit code is 1.
 */
import { type Agenda, agenda, MAX_AGENDA_DAYS } from '../../agenda/agenda.js';
import { readDate } from '../../core/dates.js';
import type { InputIssue } from '../../core/errors.js';
import { compact, escapeText, foldLine, nextDay } from '../../core/ics.js';
import { LIMITS } from '../../core/limits.js';
import type { Locale } from '../../core/locale.js';
import { wholeNumber } from '../args.js';
import type { Command } from '../command.js';
import { type CliIo, DataError, DEFAULT_MAX_LINE_BYTES, lines, openInput, t, UsageError } from '../io.js';
import { formatOf } from '../output.js';
import { citation, renderAgenda, STATUS } from '../text.js';
import { SPECS } from './specs.js';

/** A problem of the file: the line it is on, the record's id where it could be read, and what is wrong. */
export interface LineProblem {
  readonly line: number;
  readonly caseId: string | null;
  readonly issues: readonly InputIssue[];
}

/** The records of the file with the line each came from, and the lines that are not records. */
async function readRecords(
  file: string | undefined,
  io: CliIo,
  locale: Locale,
): Promise<{ records: unknown[]; lineOf: number[]; problems: LineProblem[] }> {
  const records: unknown[] = [];
  const lineOf: number[] = [];
  const problems: LineProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ line, caseId: null, issues: [{ path: '', message }] });
  let line = 0;
  for await (const raw of lines(await openInput(file, io, locale), DEFAULT_MAX_LINE_BYTES)) {
    line += 1;
    if (typeof raw !== 'string') {
      problem(
        line,
        t(
          locale,
          `Linjen er ${raw.tooLong} byte lang, lengre enn grensen på ${DEFAULT_MAX_LINE_BYTES} byte; én sak er langt mindre.`,
          `The line is ${raw.tooLong} bytes long, over the limit of ${DEFAULT_MAX_LINE_BYTES} bytes; one case is far smaller.`,
        ),
      );
      continue;
    }
    // A line of nothing but spaces and tabs separates records; anything else must be one.
    if (/^[ \t]*$/.test(raw)) continue;
    let value: unknown;
    try {
      value = JSON.parse(line === 1 ? raw.replace(/^\uFEFF/, '') : raw);
    } catch {
      problem(line, t(locale, 'Linjen er ikke gyldig JSON.', 'The line is not valid JSON.'));
      continue;
    }
    if (records.length === LIMITS.cases)
      throw new DataError([
        {
          path: '',
          message: t(
            locale,
            `Filen har flere enn ${LIMITS.cases} saker; del den opp.`,
            `The file holds more than ${LIMITS.cases} cases; split it.`,
          ),
        },
      ]);
    records.push(value);
    lineOf.push(line);
  }
  return { records, lineOf, problems };
}

/**
 * The agenda as an RFC 5545 calendar: each item an all-day event on its date. The UID is the case's id and the item's
 * key, so the same item keeps its UID from one morning to the next and a calendar updates it rather than adding a copy.
 */
export function agendaToICalendar(result: Agenda, now: Date, locale: Locale): string {
  const stamp = `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
  const out = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//arr-rules//agenda//NB', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const item of result.items) {
    out.push(
      'BEGIN:VEVENT',
      // encodeURIComponent writes every "/" of an id as %2F, so no two (id, key) pairs share a UID.
      `UID:${encodeURIComponent(item.caseId)}/${item.key}@arr-rules`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(item.date)}`,
      // An all-day event without DTEND lasts its day (RFC 5545 § 3.6.1); only the last supported day needs that.
      ...(item.date === '9999-12-31' ? [] : [`DTEND;VALUE=DATE:${nextDay(item.date)}`]),
      `SUMMARY:${escapeText(`${STATUS[item.status][locale]}: ${item.caseId}: ${item.text}`)}`,
      `DESCRIPTION:${escapeText(citation(item))}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  out.push('END:VCALENDAR');
  return `${out.map(foldLine).join('\r\n')}\r\n`;
}

/** The problems of the file, on standard error, each by its line and the case's id where it could be read. */
function reportProblems(io: CliIo, problems: readonly LineProblem[], locale: Locale): void {
  io.stderr.write(`${t(locale, 'Saker som ikke kan leses:', 'Cases that cannot be read:')}\n`);
  for (const p of problems) {
    const where = `${t(locale, 'linje', 'line')} ${p.line}${p.caseId === null ? '' : ` (${p.caseId})`}`;
    for (const issue of p.issues) io.stderr.write(`  ${where}: ${issue.path === '' ? '' : `${issue.path}: `}${issue.message}\n`);
  }
}

export const agendaCommand: Command = {
  ...SPECS['agenda'],
  async run({ io, locale, values, args }) {
    const format = formatOf(values, locale, ['text', 'json', 'ics']);
    const asOf = values['as-of'];
    if (asOf === undefined)
      throw new UsageError(t(locale, 'Mangler --as-of DATO: dagen agendaen gjelder.', 'Missing --as-of DATE: the day of the agenda.'));
    if (typeof readDate(asOf) !== 'number')
      throw new UsageError(
        t(
          locale,
          `--as-of: forventet en dato ÅÅÅÅ-MM-DD fra 1583 til 9999, fikk «${asOf}».`,
          `--as-of: expected a date YYYY-MM-DD from 1583 to 9999, got "${asOf}".`,
        ),
      );
    const days = values.days === undefined ? undefined : wholeNumber(values.days, '--days', 0, MAX_AGENDA_DAYS, locale);
    const read = await readRecords(args[0], io, locale);
    const result = agenda(read.records as never, asOf, days === undefined ? { locale } : { locale, days });
    const problems = [
      ...read.problems,
      ...result.problems.map((p) => ({ line: read.lineOf[p.index] as number, caseId: p.caseId, issues: p.issues })),
    ].sort((a, b) => a.line - b.line);
    if (format === 'json') {
      const { problems: _, ...rest } = result;
      io.stdout.write(`${JSON.stringify({ ...rest, problems }, null, 2)}\n`);
    } else {
      io.stdout.write(format === 'ics' ? agendaToICalendar(result, io.now(), locale) : renderAgenda(result, locale));
      if (problems.length > 0) reportProblems(io, problems, locale);
    }
    return problems.length > 0 ? 1 : 0;
  },
};
