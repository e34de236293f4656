/** The command line run in-process over fake streams, with a fixed clock; and input files in a temporary folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
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

export async function cli(argv: string[], stdin = '', options: { ttyErr?: boolean } = {}) {
  const out = sink();
  const err = sink(options.ttyErr ?? false);
  const input = Readable.from([stdin]) as Readable & { isTTY?: boolean };
  const code = await run(argv, {
    stdin: input,
    stdout: out.stream,
    stderr: err.stream,
    now: () => new Date(Date.UTC(2026, 10, 22, 12, 0, 0)),
    version: '9.9.9',
  });
  return { code, out: out.text(), err: err.text() };
}

export const dir = mkdtempSync(join(tmpdir(), 'arr-cli-'));
export const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
