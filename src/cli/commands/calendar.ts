/** The calendar on the command line: `holidays --year Y`, `working-day DATE`, `add-working-days DATE N`. */
import type { Locale } from '../../core/locale.js';
import { NEGATIVE, wholeNumber } from '../args.js';
import type { Command } from '../command.js';
import { t, UsageError } from '../io.js';
import { type Kind, kindNamed, MAX_SHIFT } from '../kinds.js';
import { formatOf, writeAnswer } from '../output.js';
import { SPECS } from './specs.js';

function needArgs(args: readonly string[], count: number, usage: string, locale: Locale): void {
  if (args.length !== count) throw new UsageError(t(locale, `Bruk: ${usage}`, `Usage: ${usage}`));
}

export const holidays: Command = {
  ...SPECS['holidays'],
  async run({ io, locale, values, args }) {
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
  ...SPECS['working-day'],
  async run({ io, locale, values, args }) {
    const format = formatOf(values, locale);
    needArgs(args, 1, 'arr-rules working-day DATO', locale);
    const kind = kindNamed('working-day') as Kind;
    writeAnswer(io, kind, kind.run({ date: args[0] }, locale), format, 'full', locale);
    return 0;
  },
};

export const addWorkingDays: Command = {
  ...SPECS['add-working-days'],
  async run({ io, locale, values, args }) {
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
