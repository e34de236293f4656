/**
 * Reading the command line: the locale first (every later message is in it), then the command and the flags it
 * takes, with every mistake said in the user's language. parseArgs's own English messages never reach a person.
 */
import { createRequire } from 'node:module';
import type * as util from 'node:util';
import { isLocale, type Locale } from '../core/locale.js';
import { t, UsageError } from './io.js';

// node:util is fetched as Node's own object rather than imported: an ES import of a built-in module reads every one of
// its exports, and util's load a dozen internal modules (5 ms at every start). process.getBuiltinModule is Node 20.16+.
const { parseArgs } = ((process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.('node:util') ??
  createRequire(import.meta.url)('node:util')) as typeof util;

/** Every flag of every command; each command says which of them it takes. */
export const OPTIONS = {
  locale: { type: 'string' },
  format: { type: 'string' },
  output: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  start: { type: 'string' },
  employment: { type: 'string' },
  weeks: { type: 'string' },
  'return-home': { type: 'string' },
  year: { type: 'string' },
  kind: { type: 'string' },
  'max-line-bytes': { type: 'string' },
  'as-of': { type: 'string' },
  days: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  'max-body': { type: 'string' },
  'cors-origin': { type: 'string', multiple: true },
} as const;

export type OptionName = keyof typeof OPTIONS;
export type Values = {
  [K in OptionName]?: (typeof OPTIONS)[K] extends { multiple: true }
    ? string[]
    : (typeof OPTIONS)[K]['type'] extends 'boolean'
      ? boolean
      : string;
};

/** The mark the runner puts before a negative number argument (`add-working-days DATE -3`), which parseArgs would read as a flag. */
export const NEGATIVE = '\u0000';

/** The locale named by `--locale X` or `--locale=X`, read before anything else; `nb` when none is given. */
export function localeOfArgs(argv: readonly string[]): Locale {
  const at = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  if (at < 0) return 'nb';
  const arg = argv[at] as string;
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[at + 1];
  if (!isLocale(value))
    throw new UsageError(
      `--locale: ${value === undefined ? 'mangler verdi / missing value' : `"${value}"`}; forventet nb eller en / expected nb or en.`,
    );
  return value;
}

/** The flags and positional arguments, or UsageError naming the flag in the user's language. */
export function readArgs(argv: readonly string[], locale: Locale): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const flag = /'(-{1,2}[^'\s]+)/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(t(locale, `Ukjent valg ${flag}.`, `Unknown option ${flag}.`));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(
        t(locale, `Valget ${flag} mangler en verdi, eller tar ingen.`, `The option ${flag} is missing a value, or takes none.`),
      );
    throw new UsageError(t(locale, 'Kommandolinjen kan ikke leses.', 'The command line cannot be read.'));
  }
}

/** Refuses a flag the command does not take: a silently ignored flag is a wrong answer waiting to happen. */
export function onlyOptions(values: Values, allowed: readonly OptionName[], command: string, locale: Locale): void {
  for (const name of Object.keys(values) as OptionName[]) {
    if (['locale', 'help', 'version'].includes(name) || allowed.includes(name)) continue;
    throw new UsageError(t(locale, `${command} tar ikke valget --${name}.`, `${command} does not take the option --${name}.`));
  }
}

/** A whole number written in decimal digits only (`0x8`, ` 12 `, `4.0` and `1e3` are not), within [min, max]. */
export function wholeNumber(value: string, flag: string, min: number, max: number, locale: Locale): number {
  if (!/^\d{1,9}$/.test(value) || Number(value) < min || Number(value) > max)
    throw new UsageError(
      t(
        locale,
        `${flag}: forventet et helt tall fra ${min} til ${max} skrevet med sifre, fikk «${value}».`,
        `${flag}: expected a whole number from ${min} to ${max} written in digits, got "${value}".`,
      ),
    );
  return Number(value);
}

/** One of the choices, or UsageError naming them. */
export function oneOf<T extends string>(value: string, choices: readonly T[], flag: string, locale: Locale): T {
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(
      t(locale, `${flag}: forventet ${choices.join('|')}, fikk «${value}».`, `${flag}: expected ${choices.join('|')}, got "${value}".`),
    );
  return value as T;
}
