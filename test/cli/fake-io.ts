/** The command line run in-process over fake streams, with a fixed clock; and input files in a temporary folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

export function sink(isTTY = false) {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { isTTY?: boolean };
  stream.isTTY = isTTY;
  return { stream, text: () => chunks.join('') };
}

/**
 * The process as `run` sees it, faked: standard input from `stdin` (a text, or a stream), standard output and error to
 * sinks, a fixed clock; `parts` replace any of it (`signals`, `keepMemoryFlat`, a stream of the test's own).
 */
export function fakeIo(stdin: string | Readable = '', parts: Partial<CliIo> = {}) {
  const out = sink();
  const err = sink();
  const io: CliIo = {
    stdin: typeof stdin === 'string' ? Readable.from([stdin]) : stdin,
    stdout: out.stream,
    stderr: err.stream,
    now: () => new Date(Date.UTC(2026, 10, 22, 12, 0, 0)),
    version: '9.9.9',
    ...parts,
  };
  return { io, out: () => out.text(), err: () => err.text() };
}

export async function cli(argv: string[], stdin = '', options: { ttyErr?: boolean } = {}) {
  const err = sink(options.ttyErr ?? false);
  const { io, out } = fakeIo(stdin, { stderr: err.stream });
  const code = await run(argv, io);
  return { code, out: out(), err: err.text() };
}

export const dir = mkdtempSync(join(tmpdir(), 'arr-cli-'));
export const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
