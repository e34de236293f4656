/**
 * Evaluations written as JSON, byte for byte what `JSON.stringify` writes, as ready UTF-8 pieces, for the callers that
 * write many answers (the command line's batch, the HTTP service). Each node's head (its rule, verdict, reason and
 * sources) is encoded once and kept; eligibility/json.ts keeps the bytes of each part of an eligibility root
 * (`branchBytes`) and writes the root around them (`writeRoot`). The memo of heads is bounded: past `MEMO_MAX` heads it
 * starts again, so no input can make it grow without end.
 *
 * Node only (it writes Buffers): the command line and the service import it, the library's own modules do not.
 *
 * For an evaluation as the library made it (its nodes come from `leaf`, `allOf`, `anyOf`, `noneOf` or a literal with
 * the same keys in the same order, and its sources are the rules' frozen lists): tests hold it to `JSON.stringify`
 * for every class of eligibility input and for every other kind's answers.
 */
import type { Evaluation, SourceRef, Verdict } from './evaluation.js';

/** Text and pieces up to this many units are copied by hand rather than by a call into the engine. */
const SHORT = 48;

/**
 * Buffers kept for writing into again (see `JsonOut.give`). A stream says it is done with a buffer only once the
 * program waits for input (a file's stream says so on the next tick), and a batch flushes 15 to 20 times on each chunk
 * of input before it waits; with 16 kept, the chunks that needed more left a buffer for the collector at every flush
 * over 16. No more are kept than were handed out at once.
 */
const SPARES = 32;

/** A growing buffer of UTF-8 output: text is encoded into it, kept pieces are copied. */
export class JsonOut {
  #buf: Buffer;
  readonly #size: number;
  readonly #spare: Buffer[] = [];
  length = 0;
  constructor(size = 1 << 16) {
    this.#size = size;
    this.#buf = Buffer.allocUnsafe(size);
  }
  #room(bytes: number): void {
    if (this.length + bytes <= this.#buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.#buf.length * 2, this.length + bytes));
    this.#buf.copy(next, 0, 0, this.length);
    this.#buf = next;
  }
  /** Encodes text (a UTF-16 unit is at most 3 bytes of UTF-8). */
  text(value: string): void {
    const n = value.length;
    this.#room(n * 3);
    const buf = this.#buf;
    let at = this.length;
    // Short ASCII (the punctuation, numbers, ids and paths between the kept pieces) is copied here: a call into the
    // encoder costs more than the copy. Anything else goes to the encoder from the start.
    if (n <= SHORT) {
      for (let i = 0; i < n; i += 1) {
        const c = value.charCodeAt(i);
        if (c >= 0x80) {
          this.length += buf.write(value, this.length);
          return;
        }
        buf[at] = c;
        at += 1;
      }
      this.length = at;
      return;
    }
    this.length += buf.write(value, at);
  }
  bytes(value: Uint8Array): void {
    const n = value.length;
    this.#room(n);
    if (n <= SHORT) {
      const buf = this.#buf;
      const at = this.length;
      for (let i = 0; i < n; i += 1) buf[at + i] = value[i] as number;
    } else this.#buf.set(value, this.length);
    this.length += n;
  }
  /** Everything written, copied. */
  copy(): Buffer {
    return Buffer.from(this.#buf.subarray(0, this.length));
  }
  /**
   * Everything written, to hand to a stream (which may hold it): the next writes go to a new buffer of the size it
   * started with, so one long line does not make every later one as large.
   */
  take(): Buffer {
    const out = this.#buf.subarray(0, this.length);
    this.#buf = this.#spare.pop() ?? Buffer.allocUnsafe(this.#size);
    this.length = 0;
    return out;
  }
  /**
   * Gives back what `take` handed out, once the stream is done with it, to be written into again: a batch then
   * cycles through a few buffers instead of leaving one for the collector per flush (freed late, they were a large
   * part of its memory, more or less from one moment to the next). Only a buffer of the starting size is kept, and only
   * SPARES of them.
   */
  give(taken: Buffer): void {
    const whole = taken.buffer;
    if (taken.byteOffset === 0 && whole.byteLength === this.#size && this.#spare.length < SPARES)
      this.#spare.push(Buffer.from(whole, 0, this.#size));
  }
  /** Back to empty, the buffer kept (for output that was copied, never handed on). */
  clear(): void {
    this.length = 0;
  }
}

const MEMO_MAX = 4_096;

interface Head {
  readonly verdict: Verdict;
  readonly sources: readonly SourceRef[];
  /** `{"rule":…,"verdict":…,"reason":…,"sources":[…],"missing":`, encoded. */
  readonly bytes: Buffer;
}

/** Heads by rule, then by reason: both are the library's own strings, so each lookup uses a hash V8 already has. */
const memo = new Map<string, Map<string, Head>>();
let kept = 0;

/** Counts one more head kept; past the bound the memo starts again. */
function keep(): void {
  if (kept >= MEMO_MAX) {
    memo.clear();
    kept = 0;
  }
  kept += 1;
}

function headOf(e: Evaluation): Head {
  const found = memo.get(e.rule)?.get(e.reason);
  if (found !== undefined && found.verdict === e.verdict && found.sources === e.sources) return found;
  const head: Head = {
    verdict: e.verdict,
    sources: e.sources,
    bytes: Buffer.from(
      `{"rule":${JSON.stringify(e.rule)},"verdict":${JSON.stringify(e.verdict)},"reason":${JSON.stringify(e.reason)},"sources":${JSON.stringify(e.sources)},"missing":`,
    ),
  };
  keep();
  let byReason = memo.get(e.rule);
  if (byReason === undefined) {
    byReason = new Map();
    memo.set(e.rule, byReason);
  }
  byReason.set(e.reason, head);
  return head;
}

function writeNode(e: Evaluation, head: Head, pieces: readonly Uint8Array[], out: JsonOut, missing?: string): void {
  out.bytes(head.bytes);
  out.text(missing ?? (e.missing.length === 0 ? '[]' : JSON.stringify(e.missing)));
  out.text(',"children":[');
  for (let i = 0; i < pieces.length; i += 1) {
    if (i > 0) out.text(',');
    out.bytes(pieces[i] as Uint8Array);
  }
  out.text(e.notes === undefined ? ']}' : `],"notes":${JSON.stringify(e.notes)}}`);
}

/** Scratch space for a branch written for the first time (made when first needed: no module of the library runs code on load). */
let scratch: JsonOut | undefined;

/**
 * The bytes of a node below a root, its children's first. Written anew each time: its caller keeps what repeats
 * (eligibility/json.ts keeps each part of an eligibility root).
 */
export function branchBytes(e: Evaluation): Buffer {
  return written(e, headOf(e), e.children.map(branchBytes));
}

function written(e: Evaluation, head: Head, pieces: readonly Uint8Array[]): Buffer {
  scratch ??= new JsonOut(1 << 12);
  scratch.clear();
  writeNode(e, head, pieces, scratch);
  return scratch.copy();
}

/**
 * Writes `JSON.stringify(evaluation)` with its children's bytes given (each `branchBytes` of the child): the root's
 * head from the memo and its own lists (`missing`: its missing list as JSON, when the caller has written it already).
 */
export function writeRoot(e: Evaluation, children: readonly Uint8Array[], out: JsonOut, missing?: string): void {
  writeNode(e, headOf(e), children, out, missing);
}
