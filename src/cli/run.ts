/**
 * The `arr-rules` command line. `run` takes the arguments and the streams and
 * returns the exit code, so it can be tested without a process: 0 done,
 * 1 invalid input, 2 bad usage. No stack trace ever reaches the user.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { type InputIssue, InvalidInputError } from '../core/errors.js';
import type { Verdict } from '../core/evaluation.js';
import { isLocale, type Locale } from '../core/locale.js';
import { errorMap, toIssues } from '../core/schema.js';
import { assessEligibility, type EligibilityInput, evaluateEligibility } from '../eligibility/assess.js';
import { eligibilityKey, isPlainValidEligibility } from '../eligibility/fast.js';
import { assessOutcome, type OutcomeInput } from '../eligibility/outcome.js';
import { EligibilityInputSchema } from '../eligibility/schemas.js';
import { assessFollowUpPlan, type FollowUpMeeting } from '../followup/followup.js';
import { planToICalendar } from '../schedule/ics.js';
import { planStay } from '../schedule/plan.js';
import { renderEvaluation, renderPlan } from './text.js';

/** What the command line reads and writes; `process` in production, fakes in tests. */
export interface CliIo {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
  /** The current time, for the DTSTAMP of an iCalendar file only. */
  readonly now: () => Date;
  readonly version: string;
}

class UsageError extends Error {}
class DataError extends Error {
  constructor(readonly issues: readonly InputIssue[]) {
    super('invalid input');
  }
}

const COMMANDS = ['assess', 'outcome', 'plan', 'followup', 'batch'] as const;
type Command = (typeof COMMANDS)[number];

const HELP: Record<Command | 'main', { nb: string; en: string }> = {
  main: {
    nb: `arr-rules: reglene for arbeidsrettet rehabilitering (ARR) ved RNNK.

Bruk:
  arr-rules assess   [FIL|-]                    EligibilityInput (JSON) → vurdering av målgruppe og døgnopphold
  arr-rules outcome  [FIL|-]                    OutcomeInput (JSON) → utfall ved sjekkpunktet
  arr-rules plan     --start DATO --employment employed|not-employed [--weeks 4|8|12] [--format text|json|ics]
  arr-rules followup --return-home DATO [FIL|-] JSON-liste med oppfølgingssamtaler → vurdering
  arr-rules batch    [FIL|-]                    NDJSON med EligibilityInput → NDJSON, én linje ut per linje inn

Valg: --locale nb|en, --format text|json, --help, --version
Avslutningskode: 0 ferdig, 1 ugyldige data, 2 feil bruk.
`,
    en: `arr-rules: the rules of work-oriented rehabilitation (ARR) at RNNK.

Usage:
  arr-rules assess   [FILE|-]                    EligibilityInput (JSON) → target group and residential stay
  arr-rules outcome  [FILE|-]                    OutcomeInput (JSON) → outcome at the checkpoint
  arr-rules plan     --start DATE --employment employed|not-employed [--weeks 4|8|12] [--format text|json|ics]
  arr-rules followup --return-home DATE [FILE|-] JSON array of follow-up meetings → assessment
  arr-rules batch    [FILE|-]                    NDJSON of EligibilityInput → NDJSON, one line out per line in

Options: --locale nb|en, --format text|json, --help, --version
Exit code: 0 done, 1 invalid data, 2 bad usage.
`,
  },
  assess: {
    nb: 'arr-rules assess [FIL|-] [--locale nb|en] [--format text|json]\n  Leser en EligibilityInput som JSON fra FIL eller standard inn og vurderer om personen er i målgruppen.\n',
    en: 'arr-rules assess [FILE|-] [--locale nb|en] [--format text|json]\n  Reads an EligibilityInput as JSON from FILE or standard input and assesses eligibility.\n',
  },
  outcome: {
    nb: 'arr-rules outcome [FIL|-] [--locale nb|en] [--format text|json]\n  Leser en OutcomeInput som JSON og vurderer utfallet ved sjekkpunktet.\n',
    en: 'arr-rules outcome [FILE|-] [--locale nb|en] [--format text|json]\n  Reads an OutcomeInput as JSON and assesses the outcome at the checkpoint.\n',
  },
  plan: {
    nb: 'arr-rules plan --start DATO --employment employed|not-employed [--weeks 4|8|12] [--format text|json|ics] [--locale nb|en]\n  Skriver den daterte planen for oppholdet; ics gir en kalenderfil.\n',
    en: 'arr-rules plan --start DATE --employment employed|not-employed [--weeks 4|8|12] [--format text|json|ics] [--locale nb|en]\n  Writes the dated plan of the stay; ics gives a calendar file.\n',
  },
  followup: {
    nb: 'arr-rules followup --return-home DATO [--employment employed|not-employed] [FIL|-]\n  Leser en JSON-liste med avtalte oppfølgingssamtaler og vurderer avtalen.\n',
    en: 'arr-rules followup --return-home DATE [--employment employed|not-employed] [FILE|-]\n  Reads a JSON array of booked follow-ups and assesses the booking.\n',
  },
  batch: {
    nb: 'arr-rules batch [FIL|-] [--locale nb|en]\n  Leser NDJSON med EligibilityInput linje for linje og skriver én JSON-linje per linje inn; tomme linjer hoppes over.\n',
    en: 'arr-rules batch [FILE|-] [--locale nb|en]\n  Reads NDJSON of EligibilityInput line by line and writes one JSON line per line in; blank lines are skipped.\n',
  },
};

const t = (locale: Locale, nb: string, en: string) => (locale === 'nb' ? nb : en);

/** The input named on the command line, a file or `-` / nothing for standard input, ready to read. */
async function inputStream(file: string | undefined, io: CliIo, locale: Locale): Promise<Readable> {
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdin.isTTY === true)
      throw new UsageError(t(locale, 'Gi en FIL, eller - for standard inn.', 'Give a FILE, or - for standard input.'));
    return io.stdin;
  }
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
  } catch {
    throw new DataError([
      {
        path: '',
        message: t(locale, `Filen ${file} finnes ikke eller kan ikke leses.`, `The file ${file} does not exist or cannot be read.`),
      },
    ]);
  }
  return createReadStream(file);
}

async function readInput(file: string | undefined, io: CliIo, locale: Locale): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await inputStream(file, io, locale))
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string, source: string, locale: Locale): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    throw new DataError([
      { path: '', message: t(locale, `${source} er ikke gyldig JSON (${detail}).`, `${source} is not valid JSON (${detail}).`) },
    ]);
  }
}

function write(io: CliIo, format: string, json: unknown, text: () => string): void {
  io.stdout.write(format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : text());
}

async function batch(file: string | undefined, io: CliIo, locale: Locale): Promise<number> {
  const input = await inputStream(file, io, locale);
  const progress = io.stderr.isTTY === true;
  const counts: Record<Verdict | 'invalid', number> = { yes: 0, no: 0, undetermined: 0, invalid: 0 };
  const map = errorMap(locale);
  const started = Date.now();
  let line = 0;
  let buffer = '';
  const flush = async () => {
    if (buffer === '') return;
    const ok = io.stdout.write(buffer);
    buffer = '';
    if (!ok) await new Promise<void>((resolve) => io.stdout.once('drain', () => resolve()));
  };
  for await (const raw of lines(input)) {
    line += 1;
    if (raw.trim() === '') continue;
    buffer += `${batchLine(raw, line, locale, map, counts)}\n`;
    if (buffer.length > 65_536) await flush();
    if (progress && line % 10_000 === 0) {
      const rate = Math.round(line / Math.max((Date.now() - started) / 1000, 0.001));
      io.stderr.write(`\r${t(locale, 'linjer', 'lines')}: ${line}  (${rate}/s)`);
    }
  }
  await flush();
  if (progress) {
    io.stderr.write(
      `\r${t(locale, 'ferdig', 'done')}: ${line} ${t(locale, 'linjer', 'lines')}; ${t(locale, 'ja', 'yes')} ${counts.yes}, ${t(locale, 'nei', 'no')} ${counts.no}, ${t(locale, 'uavgjort', 'undetermined')} ${counts.undetermined}, ${t(locale, 'ugyldige', 'invalid')} ${counts.invalid}\n`,
    );
  }
  return counts.invalid > 0 ? 1 : 0;
}

/**
 * The lines of a stream (LF or CRLF), read with the stream's own
 * backpressure, so the file is not read ahead of the processing.
 *
 * The stream is split as bytes and only each line becomes a string: a
 * newline byte never occurs inside a UTF-8 sequence, and no string of a
 * whole chunk is kept alive across lines. Such chunk strings were most of
 * what survived each young-generation GC, and V8 grows the young generation
 * with what survives, so peak memory grew with the length of the input.
 */
export async function* lines(input: Readable): AsyncGenerator<string> {
  let rest: Buffer | undefined;
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (let nl = bytes.indexOf(LF); nl >= 0; nl = bytes.indexOf(LF, start)) {
      if (rest === undefined) yield lineOf(bytes, start, nl);
      else {
        const line = Buffer.concat([rest, bytes.subarray(0, nl)]);
        rest = undefined;
        yield lineOf(line, 0, line.length);
      }
      start = nl + 1;
    }
    if (start < bytes.length) rest = rest === undefined ? Buffer.from(bytes.subarray(start)) : Buffer.concat([rest, bytes.subarray(start)]);
  }
  if (rest !== undefined) yield lineOf(rest, 0, rest.length);
}

const LF = 0x0a;
const CR = 0x0d;

/** The text of bytes[start, end), without a trailing CR. */
function lineOf(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('utf8', start, end > start && bytes[end - 1] === CR ? end - 1 : end);
}

/** One NDJSON line in, one JSON line out: the result, or `{ line, issues }`. */
function batchLine(
  raw: string,
  line: number,
  locale: Locale,
  map: ReturnType<typeof errorMap>,
  counts: Record<Verdict | 'invalid', number>,
): string {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    counts.invalid += 1;
    const detail = error instanceof Error ? error.message : '';
    return JSON.stringify({
      line,
      issues: [{ path: '', message: t(locale, `Linjen er ikke gyldig JSON (${detail}).`, `The line is not valid JSON (${detail}).`) }],
    });
  }
  let input: EligibilityInput;
  if (isPlainValidEligibility(value)) input = value;
  else {
    // Validation without throwing: a bad line is data, not an exception.
    const result = EligibilityInputSchema.safeParse(value, { error: map });
    if (!result.success) {
      counts.invalid += 1;
      return JSON.stringify({ line, issues: toIssues(result.error.issues) });
    }
    input = result.data as EligibilityInput;
  }
  // Results depend only on the input's class (eligibilityKey), and serializing the explanation is the
  // costly part of a line, so each class is evaluated and serialized once. Bounded: cleared when full.
  const key = `${locale}|${eligibilityKey(input)}`;
  let cached = seen.get(key);
  if (cached === undefined) {
    const assessed = evaluateEligibility(input, locale);
    cached = { verdict: assessed.verdict, json: JSON.stringify(assessed) };
    if (seen.size >= SEEN_MAX) seen.clear();
    seen.set(key, cached);
  }
  counts[cached.verdict] += 1;
  return cached.json;
}

const SEEN_MAX = 5_000;
const seen = new Map<string, { verdict: Verdict; json: string }>();

function reportIssues(io: CliIo, locale: Locale, issues: readonly InputIssue[]): void {
  io.stderr.write(`${t(locale, 'Ugyldige data:', 'Invalid input:')}\n`);
  for (const issue of issues)
    io.stderr.write(`  ${issue.path === '' ? t(locale, '(hele inndata)', '(whole input)') : issue.path}: ${issue.message}\n`);
}

/** Runs the command line; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const localeIndex = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const localeArg =
    localeIndex < 0 ? undefined : argv[localeIndex]?.includes('=') ? argv[localeIndex]?.split('=')[1] : argv[localeIndex + 1];
  const locale: Locale = isLocale(localeArg) ? localeArg : 'nb';
  try {
    if (localeArg !== undefined && !isLocale(localeArg))
      throw new UsageError(`--locale: "${localeArg}" — forventet nb eller en / expected nb or en.`);
    let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
    try {
      parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message : String(error));
    }
    const { values, positionals } = parsed;
    const [command, ...rest] = positionals;
    if (values.version === true) {
      io.stdout.write(`${io.version}\n`);
      return 0;
    }
    if (command === undefined) {
      if (values.help === true) {
        io.stdout.write(HELP.main[locale]);
        return 0;
      }
      throw new UsageError(t(locale, 'Mangler kommando.', 'Missing command.'));
    }
    if (!(COMMANDS as readonly string[]).includes(command))
      throw new UsageError(t(locale, `Ukjent kommando «${command}».`, `Unknown command "${command}".`));
    const cmd = command as Command;
    if (values.help === true) {
      io.stdout.write(HELP[cmd][locale]);
      return 0;
    }
    if (rest.length > 1)
      throw new UsageError(t(locale, `For mange argumenter: ${rest.join(' ')}`, `Too many arguments: ${rest.join(' ')}`));
    const format = values.format ?? 'text';
    const formats = cmd === 'plan' ? ['text', 'json', 'ics'] : ['text', 'json'];
    if (!formats.includes(format))
      throw new UsageError(
        t(
          locale,
          `--format: forventet ${formats.join('|')}, fikk «${format}».`,
          `--format: expected ${formats.join('|')}, got "${format}".`,
        ),
      );
    const file = rest[0];
    const source = file === undefined || file === '-' ? t(locale, 'standard inn', 'standard input') : file;
    switch (cmd) {
      case 'assess': {
        const result = assessEligibility(parseJson(await readInput(file, io, locale), source, locale) as EligibilityInput, { locale });
        write(io, format, result, () => renderEvaluation(result.evaluation, locale));
        return 0;
      }
      case 'outcome': {
        const result = assessOutcome(parseJson(await readInput(file, io, locale), source, locale) as OutcomeInput, { locale });
        write(
          io,
          format,
          result,
          () => `${t(locale, 'Sjekkpunkt', 'Checkpoint')}: ${result.checkpoint}\n${renderEvaluation(result.evaluation, locale)}`,
        );
        return 0;
      }
      case 'plan': {
        if (file !== undefined)
          throw new UsageError(
            t(locale, 'plan leser ingen fil; bruk --start og --employment.', 'plan reads no file; use --start and --employment.'),
          );
        const missing = (['start', 'employment'] as const).filter((k) => values[k] === undefined);
        if (missing.length > 0)
          throw new UsageError(
            t(locale, `Mangler ${missing.map((k) => `--${k}`).join(' og ')}.`, `Missing ${missing.map((k) => `--${k}`).join(' and ')}.`),
          );
        const weeks = values.weeks === undefined ? undefined : Number(values.weeks);
        if (weeks !== undefined && ![4, 8, 12].includes(weeks))
          throw new UsageError(
            t(locale, `--weeks: forventet 4, 8 eller 12, fikk «${values.weeks}».`, `--weeks: expected 4, 8 or 12, got "${values.weeks}".`),
          );
        const plan = planStay(
          {
            start: values.start as string,
            employment: values.employment as 'employed',
            ...(weeks === undefined ? {} : { weeks: weeks as 4 }),
          },
          { locale },
        );
        if (format === 'ics') {
          io.stdout.write(planToICalendar(plan, `${io.now().toISOString().slice(0, 19)}Z`, { locale }));
        } else write(io, format, plan, () => renderPlan(plan, locale));
        return 0;
      }
      case 'followup': {
        if (values['return-home'] === undefined) throw new UsageError(t(locale, 'Mangler --return-home.', 'Missing --return-home.'));
        const meetings = parseJson(await readInput(file, io, locale), source, locale) as FollowUpMeeting[];
        const result = assessFollowUpPlan(
          {
            returnHome: values['return-home'],
            meetings,
            ...(values.employment === undefined ? {} : { employment: values.employment as 'employed' }),
          },
          { locale },
        );
        write(io, format, result, () => renderEvaluation(result, locale));
        return 0;
      }
      case 'batch':
        return await batch(file, io, locale);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`arr-rules: ${error.message}\n${t(locale, 'Se arr-rules --help.', 'See arr-rules --help.')}\n`);
      return 2;
    }
    if (error instanceof InvalidInputError || error instanceof DataError) {
      reportIssues(io, locale, error.issues);
      return 1;
    }
    io.stderr.write(
      `arr-rules: ${t(locale, 'uventet feil', 'unexpected error')}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}

const OPTIONS = {
  locale: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  start: { type: 'string' },
  employment: { type: 'string' },
  weeks: { type: 'string' },
  'return-home': { type: 'string' },
} as const;
