/** The calendar on the command line: `holidays --year Y`, `working-day DATE`, `add-working-days DATE N`. */
import type { Locale } from '../../core/locale.js';
import { NEGATIVE, onlyOptions, wholeNumber } from '../args.js';
import type { Command } from '../command.js';
import { t, UsageError } from '../io.js';
import { type Kind, kindNamed } from '../kinds.js';
import { formatOf, writeAnswer } from '../output.js';

/** The largest |N| `add-working-days` takes: more working days than the supported calendar holds either way. */
export const MAX_SHIFT = 3_000_000;

function needArgs(args: readonly string[], count: number, usage: string, locale: Locale): void {
  if (args.length !== count) throw new UsageError(t(locale, `Bruk: ${usage}`, `Usage: ${usage}`));
}

export const holidays: Command = {
  name: 'holidays',
  options: ['year', 'format'],
  help: {
    nb: 'arr-rules holidays --year ÅR [--format text|json]\n  Lister de offentlige helligdagene i året.\n',
    en: 'arr-rules holidays --year YEAR [--format text|json]\n  Lists the public holidays of the year.\n',
  },
  async run({ io, locale, values, args }) {
    onlyOptions(values, this.options, 'holidays', locale);
    const format = formatOf(values, locale);
    needArgs(args, 0, 'arr-rules holidays --year ÅR', locale);
    if (values.year === undefined) throw new UsageError(t(locale, 'Mangler --year.', 'Missing --year.'));
    const year = wholeNumber(values.year, '--year', 0, 99_999, locale);
    const kind = kindNamed('holidays') as Kind;
    const result = kind.run({ year }, locale);
    writeAnswer(io, kind, result, format, 'full', locale);
    return 0;
  },
};

export const workingDay: Command = {
  name: 'working-day',
  options: ['format'],
  help: {
    nb: 'arr-rules working-day DATO [--format text|json]\n  Sier om dagen er en virkedag (mandag–fredag og ingen helligdag).\n',
    en: 'arr-rules working-day DATE [--format text|json]\n  Says whether the day is a working day (Monday–Friday and no public holiday).\n',
  },
  async run({ io, locale, values, args }) {
    onlyOptions(values, this.options, 'working-day', locale);
    const format = formatOf(values, locale);
    needArgs(args, 1, 'arr-rules working-day DATO', locale);
    const kind = kindNamed('working-day') as Kind;
    writeAnswer(io, kind, kind.run({ date: args[0] }, locale), format, 'full', locale);
    return 0;
  },
};

export const addWorkingDays: Command = {
  name: 'add-working-days',
  options: ['format'],
  help: {
    nb: 'arr-rules add-working-days DATO N [--format text|json]\n  Den N-te virkedagen etter DATO (før, om N er negativ; N = 0 gir DATO om den er en virkedag, ellers den neste).\n',
    en: 'arr-rules add-working-days DATE N [--format text|json]\n  The N-th working day after DATE (before, if N is negative; N = 0 gives DATE if it is a working day, else the next).\n',
  },
  async run({ io, locale, values, args }) {
    onlyOptions(values, this.options, 'add-working-days', locale);
    const format = formatOf(values, locale);
    needArgs(args, 2, 'arr-rules add-working-days DATO N', locale);
    // A negative N comes marked from the runner (parseArgs would take it for a flag).
    const marked = args[1] as string;
    const raw = marked.startsWith(NEGATIVE) ? marked.slice(NEGATIVE.length) : marked;
    const n = raw.startsWith('-') ? -wholeNumber(raw.slice(1), 'N', 0, MAX_SHIFT, locale) : wholeNumber(raw, 'N', 0, MAX_SHIFT, locale);
    const kind = kindNamed('add-working-days') as Kind;
    writeAnswer(io, kind, kind.run({ date: args[0], n }, locale), format, 'full', locale);
    return 0;
  },
};
