/**
 * What every command shares: the streams, the two kinds of failure a person can be told about, and reading
 * the input (a file, a pipe, a FIFO, `/dev/stdin` or standard input) as JSON or as lines.
 */
import type { FileHandle } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import type { InputIssue } from '../core/errors.js';
import type { Locale } from '../core/locale.js';

/** What the command line reads and writes; `process` in production, fakes in tests. */
export interface CliIo {
  readonly stdin: Readable & { isTTY?: boolean };
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
  /** The current time, for the DTSTAMP of an iCalendar file only. */
  readonly now: () => Date;
  readonly version: string;
  /** Where SIGINT and SIGTERM arrive (`process`); a batch finishes its output and summary on either. */
  readonly signals?: {
    once(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
    off(signal: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  };
  /**
   * Called by the commands that run long over many inputs (batch, serve) before they start, with the size V8's young
   * generation may grow to and whether to keep the old generation small too; see cli/memory.ts.
   */
  readonly keepMemoryFlat?: (youngBytes: number, oldGeneration?: boolean) => Promise<void>;
}

/** Bad usage: exit 2, one sentence in the user's language. */
export class UsageError extends Error {}

/** Invalid data that is not a library input error (a file that is not JSON): exit 1, named like InvalidInputError. */
export class DataError extends Error {
  constructor(readonly issues: readonly InputIssue[]) {
    super('invalid input');
  }
}

/** Picks the sentence of the locale. */
export const t = (locale: Locale, nb: string, en: string): string => (locale === 'nb' ? nb : en);

/** The name of the input in messages: the file, or standard input. */
export function sourceName(file: string | undefined, locale: Locale): string {
  return file === undefined || file === '-' ? t(locale, 'standard inn', 'standard input') : file;
}

/**
 * The input named on the command line, ready to read: `-` or nothing is standard input, anything else a path
 * that can be opened for reading (a file, a pipe, a FIFO, `/dev/stdin`). A path that cannot be read is bad usage.
 */
export async function openInput(file: string | undefined, io: CliIo, locale: Locale): Promise<Readable> {
  const handle = await openFile(file, io, locale);
  return handle === undefined ? io.stdin : handle.createReadStream({ autoClose: true });
}

/** Standard input (undefined) for `-` or nothing, else the named path opened for reading; see openInput. */
async function openFile(file: string | undefined, io: CliIo, locale: Locale): Promise<FileHandle | undefined> {
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdin.isTTY === true)
      throw new UsageError(t(locale, 'Gi en FIL, eller - for standard inn.', 'Give a FILE, or - for standard input.'));
    return undefined;
  }
  // Loaded here, not at start-up: a command given its input as flags never reads a file.
  const { open } = await import('node:fs/promises');
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw new UsageError(cannotRead(file, (error as NodeJS.ErrnoException).code, locale));
  }
  try {
    if ((await handle.stat()).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
  } catch (error) {
    await handle.close();
    throw new UsageError(cannotRead(file, (error as NodeJS.ErrnoException).code, locale));
  }
  return handle;
}

/** The input of a long run, as its chunks, and how to stop reading it (on SIGINT or SIGTERM). */
export interface Chunks {
  readonly chunks: AsyncIterable<Buffer | string>;
  /**
   * Ends the reading at once, even while a read waits (a FIFO nobody writes to): the chunks then fail, as a destroyed
   * stream's do, so that a line begun is not answered as if it were whole.
   */
  readonly stop: () => void;
}

/** The size of each read of a named file in a long run. */
const CHUNK_BYTES = 1 << 16;

/**
 * The input named on the command line, as openInput opens it, for a caller that is done with each chunk before it
 * asks for the next (lineBatches is): a named file is read into one buffer, again and again. A stream gives each read
 * a buffer of its own, which lives until the collector comes to it; over a long batch those buffers were up to
 * 15 MiB of its memory, more or less from one moment to the next. Standard input is the stream, as before.
 */
export async function openChunks(file: string | undefined, io: CliIo, locale: Locale): Promise<Chunks> {
  const handle = await openFile(file, io, locale);
  if (handle === undefined) return { chunks: io.stdin, stop: () => io.stdin.destroy() };
  let stopped = false;
  let wake: ((got: undefined) => void) | undefined;
  const stop = () => {
    stopped = true;
    wake?.(undefined);
  };
  async function* read(handle: FileHandle): AsyncGenerator<Buffer> {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let waiting = false;
    try {
      while (!stopped) {
        waiting = true;
        // Each read has a promise of its own that stop() settles as well: none is left waiting on one that never does.
        const got = await new Promise<{ bytesRead: number } | undefined>((resolve, reject) => {
          wake = resolve;
          handle.read(buffer, 0, CHUNK_BYTES, null).then(resolve, reject);
        });
        wake = undefined;
        if (got === undefined) break;
        waiting = false;
        if (got.bytesRead === 0) return;
        yield buffer.subarray(0, got.bytesRead);
      }
      throw Object.assign(new Error('The reading was stopped.'), { code: 'ABORT_ERR' });
    } finally {
      // A read still waiting is left to finish on its own: closing waits for it, and it writes into nothing kept.
      const closed = handle.close().catch(() => {});
      if (!waiting) await closed;
    }
  }
  return { chunks: read(handle), stop };
}

function cannotRead(file: string, code: string | undefined, locale: Locale): string {
  switch (code) {
    case 'ENOENT':
      return t(locale, `Filen ${file} finnes ikke.`, `The file ${file} does not exist.`);
    case 'EACCES':
    case 'EPERM':
      return t(locale, `Filen ${file} kan ikke leses: ingen tilgang.`, `The file ${file} cannot be read: permission denied.`);
    case 'EISDIR':
      return t(locale, `${file} er en mappe, ikke en fil.`, `${file} is a directory, not a file.`);
    default:
      return t(
        locale,
        `Filen ${file} kan ikke leses (${code ?? 'ukjent feil'}).`,
        `The file ${file} cannot be read (${code ?? 'unknown error'}).`,
      );
  }
}

/** The most a single command reads: far above any one case, far below memory trouble. A batch has no such bound. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** The whole input as text, a leading UTF-8 byte order mark dropped; more than MAX_INPUT_BYTES is invalid data. */
export async function readAll(file: string | undefined, io: CliIo, locale: Locale): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  const input = await openInput(file, io, locale);
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += bytes.length;
    if (size > MAX_INPUT_BYTES) {
      input.destroy();
      const mib = MAX_INPUT_BYTES / 1024 / 1024;
      const name = sourceName(file, locale);
      throw new DataError([
        {
          path: '',
          message: t(
            locale,
            `${name} er større enn ${mib} MiB; én sak er langt mindre. Mange saker går gjennom arr-rules batch.`,
            `${name} is larger than ${mib} MiB; one case is far smaller. Many cases go through arr-rules batch.`,
          ),
        },
      ]);
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/** Where JSON.parse stopped, as line and column of the text, in the user's language (V8's own message is English). */
function jsonProblem(text: string, error: unknown, locale: Locale): string {
  const message = error instanceof Error ? error.message : '';
  const at = /position (\d+)/.exec(message);
  if (text.trim() === '') return t(locale, 'er tom', 'is empty');
  if (/end of JSON input/.test(message)) return t(locale, 'slutter før JSON-verdien er ferdig', 'ends before the JSON value is complete');
  // Node 20's parser names no position for some errors: then say no more than that it is not JSON.
  if (at === null) return t(locale, 'har en feil', 'has an error');
  const position = Number(at[1]);
  const before = text.slice(0, position).split('\n');
  const where = `${before.length}:${(before.at(-1)?.length ?? 0) + 1}`;
  return t(locale, `har en feil ved linje:kolonne ${where}`, `has an error at line:column ${where}`);
}

/** The JSON value of a text, or DataError saying where it is not JSON. */
export function parseJson(text: string, source: string, locale: Locale): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataError([
      {
        path: '',
        message: t(
          locale,
          `${source} er ikke gyldig JSON: ${jsonProblem(text, error, locale)}.`,
          `${source} is not valid JSON: it ${jsonProblem(text, error, locale)}.`,
        ),
      },
    ]);
  }
}

/** Default longest line: far above any real case (a full activity plan is about 10 KB), far below memory trouble. */
export const DEFAULT_MAX_LINE_BYTES = 1 << 20;

/** A line longer than the limit: its bytes were skipped, not kept. */
export interface TooLong {
  readonly tooLong: number;
}

const LF = 0x0a;
const CR = 0x0d;

/** What the copy of a line that goes on past its chunk starts at, and what it goes back to after a long line (× 16). */
const CARRY_BYTES = 1 << 14;

/** The text of bytes[start, end), without a trailing CR. */
function lineOf(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('utf8', start, end > start && bytes[end - 1] === CR ? end - 1 : end);
}

/**
 * The lines of a stream (LF or CRLF), read with the stream's own backpressure. The stream is split as bytes and
 * only each line becomes a string: a newline byte never occurs inside a UTF-8 sequence, and no string of a whole
 * chunk stays alive across lines (what survives each young-generation GC is what makes V8 grow its heap). A line
 * that goes on past its chunk is copied into one kept buffer as it comes, so it costs time linear in its length; a
 * line longer than `maxBytes` is not kept at all and comes out as `{ tooLong: bytes }`.
 */
export async function* lines(input: AsyncIterable<Buffer | string>, maxBytes = Number.POSITIVE_INFINITY): AsyncGenerator<string | TooLong> {
  for await (const batch of lineBatches(input, maxBytes)) yield* batch;
}

/**
 * `lines`, given as the lines each chunk of the stream completes: a caller that answers many short lines waits once
 * per chunk, not once per line. A line in one chunk is made from the chunk's bytes directly.
 */
export async function* lineBatches(
  input: AsyncIterable<Buffer | string>,
  maxBytes = Number.POSITIVE_INFINITY,
): AsyncGenerator<(string | TooLong)[]> {
  // One byte more is kept than a line may have: a CR before the LF is not part of the line.
  const keep = maxBytes + 1;
  // The bytes of a line that goes on past its chunk, copied: the input may read the next chunk into the same buffer,
  // and copies made one by one (from Buffer's shared pool) would leave work for the collector at every chunk.
  let carry: Buffer | undefined;
  let size = 0;
  let over = false;
  let last = -1;
  const add = (piece: Buffer) => {
    const at = size;
    size += piece.length;
    if (piece.length > 0) last = piece[piece.length - 1] as number;
    if (over || size > keep) {
      over = true;
      return;
    }
    if (carry === undefined || carry.length < size) {
      const grown = Buffer.allocUnsafeSlow(Math.max(size, CARRY_BYTES, (carry?.length ?? 0) * 2));
      carry?.copy(grown, 0, 0, at);
      carry = grown;
    }
    piece.copy(carry, at);
  };
  const finish = (): string | TooLong => {
    const length = size > 0 && last === CR ? size - 1 : size;
    const line: string | TooLong = over || carry === undefined || length > maxBytes ? { tooLong: length } : lineOf(carry, 0, size);
    // A buffer grown for one very long line is not kept for the short ones after it.
    if (carry !== undefined && carry.length > CARRY_BYTES * 16) carry = undefined;
    size = 0;
    over = false;
    last = -1;
    return line;
  };
  try {
    // Each chunk is done with (its lines made, its unfinished rest copied) before the next is asked for: the input may
    // read the next one into the same buffer (openChunks).
    for await (const chunk of input) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      const done: (string | TooLong)[] = [];
      let start = 0;
      for (let nl = bytes.indexOf(LF); nl >= 0; nl = bytes.indexOf(LF, start)) {
        if (size === 0 && !over) {
          // The whole line is in this chunk: its text straight from the chunk's bytes.
          const length = nl > start && bytes[nl - 1] === CR ? nl - start - 1 : nl - start;
          done.push(length > maxBytes ? { tooLong: length } : lineOf(bytes, start, nl));
        } else {
          add(bytes.subarray(start, nl));
          done.push(finish());
        }
        start = nl + 1;
      }
      // The rest of the chunk begins a line that goes on (copied; not kept once the line is over the limit).
      if (start < bytes.length) add(bytes.subarray(start));
      if (done.length > 0) yield done;
    }
  } catch (error) {
    // Says whether a line had begun when the input failed: only then is there a line to answer for it.
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { pendingLine: size > 0 || over });
  }
  if (size > 0 || over) yield [finish()];
}
