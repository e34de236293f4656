/**
 * `arr-rules batch`: one NDJSON line in, one JSON line out, for any kind of case; it keeps the lines of one chunk of input
 * at a time (64 KiB) and the output not yet written, in a few buffers it writes into again (see `JsonOut.give`).
 *
 * Each line is the kind's input object, as the single command takes it; it may also carry `"id"` (a string or a
 * number, echoed) and `"kind"` (a command name; else `--kind`, default `assess`), both taken off before the input is
 * validated. Every output line starts with `"line"` (1-based) and the id; then come the library's result's own
 * fields, byte for byte as `JSON.stringify` writes them, or `"issues"` for a line that is not valid, or
 * `"skipped": "blank"` for an empty line. A summary always goes to standard error; exit 1 if any line was invalid.
 * A read error, a signal or a line over `--max-line-bytes` never loses a line already answered.
 */
import { type InputIssue, InvalidInputError } from '../../core/errors.js';
import type { Verdict } from '../../core/evaluation.js';
import { JsonOut } from '../../core/evaluation-json.js';
import type { Locale } from '../../core/locale.js';
import { writePlainEligibility } from '../../eligibility/json.js';
import { oneOf, wholeNumber } from '../args.js';
import type { Command } from '../command.js';
import { type Chunks, type CliIo, DEFAULT_MAX_LINE_BYTES, lineBatches, openChunks, t, UsageError } from '../io.js';
import { KINDS, type Kind, kindNamed, summaryOf } from '../kinds.js';
import { outputOf } from '../output.js';
import { SPECS } from './specs.js';

/** Finished output is written in pieces of about this many bytes. */
const FLUSH_BYTES = 1 << 16;

/**
 * What V8's young generation may grow to in a batch (see cli/memory.ts): reached in well under a second, and the peak
 * then stays where it is from 100,000 lines to 3,000,000 (about 80 MiB with memory saver mode; docs/benchmarks.md).
 */
const YOUNG_BYTES = 16 * 1024 * 1024;
/** The keys a line may carry beside its input. */
const LINE_KEYS: ReadonlySet<string> = new Set(['id', 'kind']);
/** At most this many first invalid line numbers are named in the summary. */
const NAMED_INVALID = 10;

type Counts = Record<Verdict | 'answered' | 'invalid' | 'blank', number>;

/** A line that failed, as its output line: `{"line":N,"id":…,"issues":[…]}`. */
function issuesLine(head: string, issues: readonly InputIssue[]): string {
  return `${head},"issues":${JSON.stringify(issues)}}`;
}

/** The start of an output line: `{"line":N` and the id if the input had one. */
function headOf(line: number, id: unknown): string {
  return id === undefined ? `{"line":${line}` : `{"line":${line},"id":${JSON.stringify(id)}`;
}

/** `head` + the fields of a JSON object text: `{"line":1,"verdict":…}`. */
function withFields(head: string, json: string): string {
  return json === '{}' ? `${head}}` : `${head},${json.slice(1)}`;
}

interface Settings {
  readonly locale: Locale;
  readonly kind: Kind;
  readonly output: 'full' | 'summary';
  readonly counts: Counts;
  readonly invalidLines: number[];
  /** The first problem of the first invalid line, for the summary: why the batch will exit 1. */
  first?: string;
}

/** The output line of an invalid line, counted and noted for the summary. */
function invalid(s: Settings, line: number, head: string, issues: readonly InputIssue[]): string {
  noteInvalid(s, line, issues[0]);
  return issuesLine(head, issues);
}

function noteInvalid(s: Settings, line: number, issue: InputIssue | undefined): void {
  s.counts.invalid += 1;
  if (s.invalidLines.length < NAMED_INVALID) s.invalidLines.push(line);
  if (s.first === undefined && issue !== undefined)
    s.first = `${t(s.locale, 'linje', 'line')} ${line}: ${issue.path === '' ? '' : `${issue.path}: `}${issue.message}`;
}

/**
 * One NDJSON line in, one output line out (without its newline): returned as text, or, for a valid eligibility input
 * in full output, written to `out` directly (then the result is undefined). Never throws: every failure of a line is
 * that line's answer.
 */
function answer(raw: string, line: number, s: Settings, out: JsonOut): string | undefined {
  const { locale, counts } = s;
  // A line of nothing but spaces and tabs is blank; anything else that is not JSON (a stray BOM, NBSP, U+2028,
  // a vertical tab) is named as such, never skipped.
  if (/^[ \t]*$/.test(raw)) {
    counts.blank += 1;
    return `{"line":${line},"skipped":"blank"}`;
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return invalid(s, line, headOf(line, undefined), [
      { path: '', message: t(locale, 'Linjen er ikke gyldig JSON.', 'The line is not valid JSON.') },
    ]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalid(s, line, headOf(line, undefined), [
      { path: '', message: t(locale, 'Forventet et JSON-objekt på linjen.', 'Expected a JSON object on the line.') },
    ]);
  }
  const record = value as Record<string, unknown>;
  const id = record.id;
  const kindName = record.kind;
  const idOk = id === undefined || typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
  const head = headOf(line, idOk ? id : undefined);
  const early: InputIssue[] = [];
  if (!idOk) early.push({ path: 'id', message: t(locale, 'id må være en tekst eller et tall.', 'id must be a string or a number.') });
  let kind = s.kind;
  if (kindName !== undefined) {
    const named = typeof kindName === 'string' ? kindNamed(kindName) : undefined;
    if (named === undefined)
      early.push({
        path: 'kind',
        message: t(
          locale,
          `Ukjent kind; forventet en av: ${KINDS.map((k) => k.name).join(', ')}.`,
          `Unknown kind; expected one of: ${KINDS.map((k) => k.name).join(', ')}.`,
        ),
      });
    else kind = named;
  }
  if (early.length > 0) return invalid(s, line, head, early);
  try {
    if (kind.name === 'assess' && s.output === 'full') {
      // The hot path: an input the schema would take as it is skips the general check, and the answer is written as UTF-8 from the
      // parts of its explanation kept encoded, byte for byte what JSON.stringify writes. No answer is kept: an
      // answer cache made the batch slower and larger once an answer was cheap to write.
      const verdict = writePlainEligibility(record, locale, out, `${head},`, LINE_KEYS);
      if (verdict !== undefined) {
        counts[verdict] += 1;
        return undefined;
      }
    }
    const { id: _id, kind: _kind, ...input } = record;
    const result = kind.run(input, locale);
    const verdict = kind.verdict === undefined ? undefined : (kind.verdict as (r: unknown) => Verdict)(result);
    const summary = s.output === 'summary' ? summaryOf(kind, result) : undefined;
    const text = withFields(
      head,
      summary === undefined && kind.stringify !== undefined
        ? kind.stringify(result as never)
        : JSON.stringify(summary ?? kind.json(result as never)),
    );
    // Counted once the line is written: a failure above counts it as invalid only.
    counts[verdict ?? 'answered'] += 1;
    return text;
  } catch (error) {
    if (error instanceof InvalidInputError) return invalid(s, line, head, error.issues);
    // Not a problem of the line's data: say so on the line, without a stack trace, and go on.
    return invalid(s, line, head, [{ path: '', message: t(locale, 'Uventet feil ved denne linjen.', 'Unexpected error on this line.') }]);
  }
}

function summaryLine(lineCount: number, s: Settings, ending: string): string {
  const { counts, locale } = s;
  const parts = [
    `${t(locale, 'ja', 'yes')} ${counts.yes}`,
    `${t(locale, 'nei', 'no')} ${counts.no}`,
    `${t(locale, 'uavgjort', 'undetermined')} ${counts.undetermined}`,
  ];
  if (counts.answered > 0) parts.push(`${t(locale, 'besvart', 'answered')} ${counts.answered}`);
  parts.push(`${t(locale, 'ugyldige', 'invalid')} ${counts.invalid}`);
  if (counts.blank > 0) parts.push(`${t(locale, 'tomme', 'blank')} ${counts.blank}`);
  const named =
    s.invalidLines.length === 0
      ? ''
      : ` (${t(locale, 'linje', 'line')} ${s.invalidLines.join(', ')}${counts.invalid > s.invalidLines.length ? ', …' : ''})`;
  const first = s.first === undefined ? '' : `\n  ${t(locale, 'første feil', 'first problem')}: ${s.first}`;
  return `arr-rules batch: ${ending}${lineCount} ${t(locale, lineCount === 1 ? 'linje' : 'linjer', lineCount === 1 ? 'line' : 'lines')}: ${parts.join(', ')}${named}${first}\n`;
}

export const batch: Command = {
  ...SPECS['batch'],
  async run({ io, locale, values, args }) {
    // A batch writes NDJSON only; asking for anything else is a mistake to say, not to ignore.
    if (values.format !== undefined) oneOf(values.format, ['json'], '--format', locale);
    if (args.length > 1)
      throw new UsageError(t(locale, `For mange argumenter: ${args.join(' ')}`, `Too many arguments: ${args.join(' ')}`));
    const kind = values.kind === undefined ? (kindNamed('assess') as Kind) : kindNamed(values.kind);
    if (kind === undefined)
      throw new UsageError(
        t(
          locale,
          `--kind: forventet en av ${KINDS.map((k) => k.name).join(', ')}.`,
          `--kind: expected one of ${KINDS.map((k) => k.name).join(', ')}.`,
        ),
      );
    const maxBytes =
      values['max-line-bytes'] === undefined
        ? DEFAULT_MAX_LINE_BYTES
        : // 256 MiB at the most: a longer line would not fit in one of V8's strings.
          wholeNumber(values['max-line-bytes'], '--max-line-bytes', 2, 256 * 1024 * 1024, locale);
    const settings: Settings = {
      locale,
      kind,
      output: outputOf(values, locale),
      counts: { yes: 0, no: 0, undetermined: 0, answered: 0, invalid: 0, blank: 0 },
      invalidLines: [],
    };
    await io.keepMemoryFlat?.(YOUNG_BYTES, true);
    const input = await openChunks(args[0], io, locale);
    return await stream(input, io, settings, maxBytes);
  },
};

async function stream(input: Chunks, io: CliIo, s: Settings, maxBytes: number): Promise<number> {
  const { locale } = s;
  const progress = io.stderr.isTTY === true;
  const started = Date.now();
  let signal: 'SIGINT' | 'SIGTERM' | undefined;
  const stop = (name: 'SIGINT' | 'SIGTERM') => () => {
    signal = name;
    input.stop();
  };
  const onInt = stop('SIGINT');
  const onTerm = stop('SIGTERM');
  io.signals?.once('SIGINT', onInt);
  io.signals?.once('SIGTERM', onTerm);
  let line = 0;
  const out = new JsonOut(FLUSH_BYTES * 2);
  const flush = async () => {
    if (out.length === 0) return;
    const chunk = out.take();
    const ok = io.stdout.write(chunk, () => out.give(chunk));
    if (!ok) await new Promise<void>((resolve) => io.stdout.once('drain', () => resolve()));
  };
  let readError: (NodeJS.ErrnoException & { pendingLine?: boolean }) | undefined;
  try {
    for await (const batch of lineBatches(input.chunks, maxBytes)) {
      for (const raw of batch) {
        line += 1;
        if (typeof raw === 'string') {
          const text = answer(line === 1 ? raw.replace(/^\uFEFF/, '') : raw, line, s, out);
          out.text(text === undefined ? '\n' : `${text}\n`);
        } else {
          const issue = {
            path: '',
            message: t(
              locale,
              `Linjen er ${raw.tooLong} byte lang, lengre enn grensen på ${maxBytes} byte (--max-line-bytes); den er hoppet over.`,
              `The line is ${raw.tooLong} bytes long, over the limit of ${maxBytes} bytes (--max-line-bytes); it was skipped.`,
            ),
          };
          noteInvalid(s, line, issue);
          out.text(`${issuesLine(`{"line":${line}`, [issue])}\n`);
        }
        if (out.length > FLUSH_BYTES) await flush();
        if (progress && line % 10_000 === 0) {
          const rate = Math.round(line / Math.max((Date.now() - started) / 1000, 0.001));
          io.stderr.write(`\r${t(locale, 'linjer', 'lines')}: ${line}  (${rate}/s)`);
        }
      }
    }
  } catch (error) {
    if (signal === undefined) readError = error as NodeJS.ErrnoException;
  } finally {
    io.signals?.off('SIGINT', onInt);
    io.signals?.off('SIGTERM', onTerm);
  }
  if (readError?.pendingLine === true) {
    // The line being read when the input failed is named, then the summary: nothing answered is lost.
    line += 1;
    const why = readError.code ?? t(locale, 'ukjent feil', 'unknown error');
    const issue = {
      path: '',
      message: t(locale, `Inndata kunne ikke leses videre (${why}).`, `The input could not be read any further (${why}).`),
    };
    noteInvalid(s, line, issue);
    out.text(`${issuesLine(`{"line":${line}`, [issue])}\n`);
  }
  await flush();
  if (progress) io.stderr.write('\r');
  const why = readError === undefined ? '' : (readError.code ?? t(locale, 'ukjent feil', 'unknown error'));
  const ending =
    signal !== undefined
      ? t(locale, `avbrutt (${signal}) etter `, `stopped (${signal}) after `)
      : readError !== undefined
        ? t(locale, `inndata kunne ikke leses videre (${why}) etter `, `the input could not be read further (${why}) after `)
        : '';
  io.stderr.write(summaryLine(line, s, ending));
  if (signal !== undefined) return signal === 'SIGINT' ? 130 : 143;
  return s.counts.invalid > 0 || readError !== undefined ? 1 : 0;
}
