/**
 * The `arr-rules` command line: a small runner over one file per command. `run` takes the arguments and the
 * streams and returns the exit code, so it can be tested without a process: 0 done, 1 invalid input, 2 bad usage.
 * No stack trace ever reaches the user, and every message is in the user's language.
 */
import { InvalidInputError } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import { localeOfArgs, NEGATIVE, onlyOptions, readArgs } from './args.js';
import type { Command } from './command.js';
import { type CommandName, SPECS } from './commands/specs.js';
import { type CliIo, DataError, t, UsageError } from './io.js';
import { labelOf } from './labels.js';

export type { CliIo } from './io.js';
export { lines } from './io.js';

/**
 * How to load each command to run it. Only the command asked for is loaded, and only once it will run: the rules,
 * the date formatting and node:http (and zod, for the service's JSON Schemas) cost a start-up that `--help`, `--version`, an unknown command, a flag the
 * command does not take or too many arguments should not pay. Other usage errors are found by the command itself.
 */
const LOADERS: Readonly<Record<CommandName, () => Promise<Command>>> = {
  assess: () => import('./commands/json-kind.js').then((m) => m.assess),
  outcome: () => import('./commands/json-kind.js').then((m) => m.outcome),
  plan: () => import('./commands/plan.js').then((m) => m.plan),
  extension: () => import('./commands/json-kind.js').then((m) => m.extension),
  activities: () => import('./commands/json-kind.js').then((m) => m.activities),
  followup: () => import('./commands/followup.js').then((m) => m.followup),
  'followup-status': () => import('./commands/json-kind.js').then((m) => m.followupStatus),
  agenda: () => import('./commands/agenda.js').then((m) => m.agendaCommand),
  travel: () => import('./commands/json-kind.js').then((m) => m.travel),
  terms: () => import('./commands/json-kind.js').then((m) => m.terms),
  holidays: () => import('./commands/calendar.js').then((m) => m.holidays),
  'working-day': () => import('./commands/calendar.js').then((m) => m.workingDay),
  'add-working-days': () => import('./commands/calendar.js').then((m) => m.addWorkingDays),
  batch: () => import('./commands/batch.js').then((m) => m.batch),
  serve: () => import('./commands/serve.js').then((m) => m.serve),
};

/** Every command, in the order `--help` lists them. */
export const COMMANDS = (Object.keys(SPECS) as CommandName[]).map((name) => ({ ...SPECS[name], load: LOADERS[name] }));

function mainHelp(locale: Locale): string {
  const usage = COMMANDS.map((c) => `  ${c.help[locale].split('\n')[0]}`).join('\n');
  return t(
    locale,
    `arr-rules: reglene for arbeidsrettet rehabilitering (ARR) ved RNNK.

Bruk:
${usage}

Inndata leses fra FIL, eller fra standard inn med - .
Valg for alle: --locale nb|en, --help, --version. arr-rules KOMMANDO --help sier mer.
Avslutningskode: 0 ferdig, 1 ugyldige data, 2 feil bruk.
`,
    `arr-rules: the rules of work-oriented rehabilitation (ARR) at RNNK.

Usage:
${usage}

Input is read from FILE, or from standard input with - .
Options for all: --locale nb|en, --help, --version. arr-rules COMMAND --help says more.
Exit code: 0 done, 1 invalid data, 2 bad usage.
`,
  );
}

/**
 * A negative number for add-working-days is an argument, not a flag: `add-working-days 2027-01-04 -3`. parseArgs would
 * read `-3` as an unknown short option, so it is handed over marked, and the command reads the mark back.
 */
function negativeNumbersAsArguments(argv: readonly string[]): string[] {
  if (!argv.includes('add-working-days')) return [...argv];
  return argv.map((a) => (/^-\d+$/.test(a) ? `${NEGATIVE}${a}` : a));
}

/** The problems of an input, for a person: each by the question it answers where there is one, else by its path. */
function reportIssues(io: CliIo, locale: Locale, issues: readonly { path: string; message: string }[]): void {
  io.stderr.write(`${t(locale, 'Ugyldige data:', 'Invalid input:')}\n`);
  for (const issue of issues) {
    const where = issue.path === '' ? t(locale, '(hele inndata)', '(whole input)') : issue.path;
    const label = issue.path === '' ? where : labelOf(issue.path, locale);
    io.stderr.write(`  ${label === where ? where : `${where} (${label})`}: ${issue.message}\n`);
  }
}

/** Runs the command line; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let locale: Locale = 'nb';
  try {
    locale = localeOfArgs(argv);
    const { values, positionals } = readArgs(negativeNumbersAsArguments(argv), locale);
    const [name, ...args] = positionals;
    if (values.version === true) {
      io.stdout.write(`${io.version}\n`);
      return 0;
    }
    if (name === undefined) {
      if (values.help === true) {
        io.stdout.write(mainHelp(locale));
        return 0;
      }
      throw new UsageError(t(locale, 'Mangler kommando.', 'Missing command.'));
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (command === undefined) throw new UsageError(t(locale, `Ukjent kommando «${name}».`, `Unknown command "${name}".`));
    if (values.help === true) {
      io.stdout.write(command.help[locale]);
      return 0;
    }
    // What can be checked from the specs alone is, before the command (and the rules) are loaded.
    onlyOptions(values, command.options, command.name, locale);
    if (args.length > 1 && !['add-working-days'].includes(command.name))
      throw new UsageError(t(locale, `For mange argumenter: ${args.join(' ')}`, `Too many arguments: ${args.join(' ')}`));
    return await (await command.load()).run({ io, locale, values, args });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`arr-rules: ${error.message}\n${t(locale, 'Se arr-rules --help.', 'See arr-rules --help.')}\n`);
      return 2;
    }
    if (error instanceof InvalidInputError || error instanceof DataError) {
      reportIssues(io, locale, error.issues);
      return 1;
    }
    // Not the user's mistake and not their data: one sentence, no stack trace, no input echoed.
    io.stderr.write(
      `arr-rules: ${t(locale, 'uventet feil', 'unexpected error')}${error instanceof Error && 'code' in error ? ` (${String((error as NodeJS.ErrnoException).code)})` : ''}\n`,
    );
    return 1;
  }
}
