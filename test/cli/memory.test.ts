/**
 * The memory of the long-running commands: the young generation kept small, the batch's input read into one buffer and
 * its output buffers reused.
 */
import { execFileSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openChunks } from '../../src/cli/io.js';
import { keepOldGenerationSmall, keepYoungGenerationSmall } from '../../src/cli/memory.js';
import { run } from '../../src/cli/run.js';
import { JsonOut } from '../../src/core/evaluation-json.js';
import { dir, fakeIo, file, sink } from './fake-io.js';

const v8 = vi.hoisted(() => ({ setFlagsFromString: vi.fn(), getHeapSpaceStatistics: vi.fn() }));
vi.mock('node:v8', () => ({ ...v8, default: v8 }));

// The service reads its OpenAPI document beside the built cli.js; run from the sources here, it is given a stand-in.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (path: unknown, ...rest: unknown[]) =>
    String(path).endsWith('openapi.json')
      ? '{"openapi":"3.1.0"}'
      : (actual.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest)) as typeof actual.readFile;
  return { ...actual, readFile, default: { ...actual, readFile } };
});

const MiB = 1024 * 1024;

/** Makes V8 collect its young generation a few times (short-lived garbage), then lets the observers of it run. */
async function collected(): Promise<void> {
  let keep: object[] = [];
  for (let i = 0; i < 3_000_000; i += 1) {
    keep.push({ i });
    if (keep.length > 1_000) keep = [];
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
}
/** V8's spaces as it reports them, with a young generation (new space) of `young` bytes. */
const spaces = (young: number) => [
  { space_name: 'old_space', space_size: 8 * MiB },
  { space_name: 'new_space', space_size: young },
];

/** Each test starts with no flags of the person's own, and the mocked V8 forgets what it was asked. */
function withoutOwnFlags(): void {
  const execArgv = process.execArgv;
  beforeEach(() => {
    vi.stubEnv('NODE_OPTIONS', '--enable-source-maps');
    process.execArgv = [];
  });
  afterEach(() => {
    process.execArgv = execArgv;
    vi.unstubAllEnvs();
    v8.setFlagsFromString.mockReset();
    v8.getHeapSpaceStatistics.mockReset();
  });
}

describe('keepYoungGenerationSmall', () => {
  withoutOwnFlags();

  it('stops the growth at once when the young generation is already as large as asked', async () => {
    v8.getHeapSpaceStatistics.mockReturnValue(spaces(16 * MiB));
    await keepYoungGenerationSmall(16 * MiB);
    expect(v8.setFlagsFromString.mock.calls).toEqual([['--semi-space-growth-factor=1']]);
  });

  it('lets it grow to the size asked, looking after each collection, then stops the growth, once', async () => {
    let young = 4 * MiB;
    v8.getHeapSpaceStatistics.mockImplementation(() => spaces(young));
    await keepYoungGenerationSmall(16 * MiB);
    await collected();
    expect(v8.getHeapSpaceStatistics.mock.calls.length).toBeGreaterThan(1);
    young = 8 * MiB;
    await collected();
    expect(v8.setFlagsFromString).not.toHaveBeenCalled();
    young = 16 * MiB;
    await vi.waitFor(async () => {
      await collected();
      expect(v8.setFlagsFromString.mock.calls).toEqual([['--semi-space-growth-factor=1']]);
    });
    // Done: no more looking, whatever V8 does next.
    const looked = v8.getHeapSpaceStatistics.mock.calls.length;
    young = 32 * MiB;
    await collected();
    expect(v8.getHeapSpaceStatistics.mock.calls.length).toBe(looked);
    expect(v8.setFlagsFromString).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['NODE_OPTIONS', '--max-semi-space-size=8'],
    ['NODE_OPTIONS', '--semi_space_growth_factor=4'],
    ['execArgv', '--max-semi-space-size=64'],
    ['execArgv', '--semi-space-growth-factor=2'],
  ])("leaves a person's own setting in %s (%s) as it is", async (where, flag) => {
    vi.stubEnv('NODE_OPTIONS', where === 'NODE_OPTIONS' ? flag : '');
    process.execArgv = where === 'execArgv' ? [flag] : [];
    v8.getHeapSpaceStatistics.mockReturnValue(spaces(64 * MiB));
    await keepYoungGenerationSmall(16 * MiB);
    expect(v8.setFlagsFromString).not.toHaveBeenCalled();
  });

  it('goes on as before where V8 does not name its young generation', async () => {
    v8.getHeapSpaceStatistics.mockReturnValue([{ space_name: 'old_space', space_size: 8 * MiB }]);
    await keepYoungGenerationSmall(16 * MiB);
    await collected();
    expect(v8.getHeapSpaceStatistics).toHaveBeenCalledTimes(1);
    expect(v8.setFlagsFromString).not.toHaveBeenCalled();
  });

  it('goes on as before where V8 refuses the flag, at once or later', async () => {
    v8.setFlagsFromString.mockImplementation(() => {
      throw new Error('unrecognized flag');
    });
    v8.getHeapSpaceStatistics.mockReturnValue(spaces(32 * MiB));
    await expect(keepYoungGenerationSmall(16 * MiB)).resolves.toBeUndefined();
    let young = 4 * MiB;
    v8.getHeapSpaceStatistics.mockImplementation(() => spaces(young));
    await keepYoungGenerationSmall(16 * MiB);
    young = 16 * MiB;
    await vi.waitFor(async () => {
      await collected();
      expect(v8.setFlagsFromString).toHaveBeenCalledTimes(2);
    });
    const looked = v8.getHeapSpaceStatistics.mock.calls.length;
    await collected();
    expect(v8.getHeapSpaceStatistics.mock.calls.length).toBe(looked);
  });
});

describe('keepOldGenerationSmall', () => {
  withoutOwnFlags();

  it('asks V8 for memory saver mode where V8 has it (Node 24’s V8 13 and later)', async () => {
    await keepOldGenerationSmall('13.6.233.17-node.37');
    expect(v8.setFlagsFromString.mock.calls).toEqual([['--memory-saver-mode']]);
  });

  it('asks nothing of an older V8, which would print an error for the flag (Node 20’s is 11.3)', async () => {
    for (const version of ['11.3.244.8-node.33', '12.4.254.21-node.33', '', 'x']) await keepOldGenerationSmall(version);
    expect(v8.setFlagsFromString).not.toHaveBeenCalled();
  });

  it.each([
    ['NODE_OPTIONS', '--no-memory-saver-mode'],
    ['execArgv', '--memory_saver_mode'],
  ])("leaves a person's own setting in %s (%s) as it is", async (where, flag) => {
    vi.stubEnv('NODE_OPTIONS', where === 'NODE_OPTIONS' ? flag : '');
    process.execArgv = where === 'execArgv' ? [flag] : [];
    await keepOldGenerationSmall('13.6.233.17-node.37');
    expect(v8.setFlagsFromString).not.toHaveBeenCalled();
  });

  it('goes on as before where V8 refuses the flag', async () => {
    v8.setFlagsFromString.mockImplementation(() => {
      throw new Error('unrecognized flag');
    });
    await expect(keepOldGenerationSmall('13.6.233.17-node.37')).resolves.toBeUndefined();
  });
});

/** The command line in-process, with a spy where main.ts passes keepMemoryFlat. */
async function runWith(argv: string[], stdin: string, stdout?: Writable) {
  const keepMemoryFlat = vi.fn(async (_youngBytes: number, _oldGeneration?: boolean) => {});
  const { io } = fakeIo(stdin, stdout === undefined ? { keepMemoryFlat } : { keepMemoryFlat, stdout });
  return { code: await run(argv, io), keepMemoryFlat };
}

describe('the commands that run long', () => {
  it('a batch keeps the young generation small before it reads', async () => {
    const { code, keepMemoryFlat } = await runWith(['batch', '-'], '{"referral":"nav","employment":"employed"}\n');
    expect(code).toBe(0);
    expect(keepMemoryFlat.mock.calls).toEqual([[16 * MiB, true]]);
  });

  it('the service lets it grow further, before it listens', async () => {
    const signals = new EventEmitter();
    const keepMemoryFlat = vi.fn(async (_youngBytes: number, _oldGeneration?: boolean) => {});
    const { io, out } = fakeIo('', { signals, keepMemoryFlat });
    const done = run(['serve', '--port', '0'], io);
    await vi.waitFor(() => expect(out()).toContain('"listening"'));
    expect(keepMemoryFlat.mock.calls).toEqual([[32 * MiB]]);
    signals.emit('SIGTERM');
    expect(await done).toBe(0);
  });

  it('a command that answers one case does not', async () => {
    const { code, keepMemoryFlat } = await runWith(['plan', '--start', '2027-03-01', '--employment', 'employed'], '');
    expect(code).toBe(0);
    expect(keepMemoryFlat).not.toHaveBeenCalled();
  });

  it('a batch writes the same bytes to a stream that holds each chunk until later', async () => {
    // Enough lines for many flushes (valid ones written from kept parts, invalid ones as text); a stream that reads
    // each Buffer only on a later turn, just before it says the chunk is written: a buffer written into again before
    // then would show here as other lines' bytes.
    const input = Array.from({ length: 600 }, (_, i) =>
      JSON.stringify({
        id: i,
        referral: i % 7 === 0 ? 'none' : 'nav',
        employment: i % 2 === 0 ? 'employed' : 'not-employed',
        sickLeaveGrade: i % 101,
      }),
    ).join('\n');
    const held: Buffer[] = [];
    // Its high-water mark far above the output, so that the batch never waits for it: many buffers are out at once.
    const slow = new Writable({
      highWaterMark: 1 << 24,
      write(chunk: Buffer, _enc, done) {
        setImmediate(() => {
          held.push(Buffer.from(chunk));
          done();
        });
      },
    });
    const plain = sink();
    await runWith(['batch', '-', '--locale', 'en'], input, plain.stream);
    await runWith(['batch', '-', '--locale', 'en'], input, slow);
    await new Promise<void>((resolve) => slow.end(resolve));
    const text = Buffer.concat(held).toString('utf8');
    expect(text.split('\n').length).toBe(601);
    expect(text).toBe(plain.text());
  });
});

describe('a batch of a named file, stopped by a signal', () => {
  it('answers each line it finished, and no line it had only begun', async () => {
    // Lines of about 100 bytes: a chunk of 64 KiB ends inside a line, and the first flush comes within the first chunk.
    const count = 5_000;
    const text = Array.from({ length: count }, (_, i) =>
      JSON.stringify({ id: i + 1, referral: 'nav', employment: 'employed', sickLeaveGrade: 50, workAbilityReduced: true }),
    ).join('\n');
    const signals = new EventEmitter();
    const written: string[] = [];
    const stdout = new Writable({
      write(chunk: Buffer, _enc, done) {
        written.push(String(chunk));
        // SIGINT arrives while the batch is in its first chunk of input.
        if (written.length === 1) signals.emit('SIGINT');
        done();
      },
    });
    const { io, err } = fakeIo('', { stdout, signals });
    const code = await run(['batch', file('signalled.ndjson', text), '--locale', 'en'], io);
    expect(code).toBe(130);
    const answered = written
      .join('')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l));
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.length).toBeLessThan(count);
    // Every line answered is a whole one, in order; the one the chunk ended inside is not answered at all.
    expect(answered.map((a) => a.id)).toEqual(answered.map((_, i) => i + 1));
    expect(answered.every((a) => a.issues === undefined && a.verdict !== undefined)).toBe(true);
    expect(err()).toContain(`stopped (SIGINT) after ${answered.length} lines`);
  });
});

describe('JsonOut.give', () => {
  // Large enough not to come from Buffer's shared pool (64 KiB on Node 24, 8 KiB before), as the batch's buffers.
  const SIZE = 1 << 16;
  it('takes a given-back buffer again, and only one of the size it started with', () => {
    const out = new JsonOut(SIZE);
    out.text('first');
    const a = out.take(); // the next writes go to a second buffer
    out.give(a);
    out.text('second');
    expect(out.take().toString()).toBe('second'); // and then to a's buffer again
    out.text('third');
    const c = out.take();
    expect(c.buffer).toBe(a.buffer);
    expect(c.toString()).toBe('third');
    out.text('x'.repeat(SIZE + 1)); // grows past its size: that buffer is not kept
    const d = out.take();
    out.give(d);
    out.text('fourth');
    out.take();
    out.text('fifth');
    expect(out.take().buffer).not.toBe(d.buffer);
  });

  it('keeps at most thirty-two', () => {
    const out = new JsonOut(SIZE);
    const take = () => {
      out.text('.');
      return out.take();
    };
    // The buffer being written into when they come back is taken first; the given-back ones after it.
    const few = Array.from({ length: 10 }, take);
    for (const t of few) out.give(t);
    const again = Array.from({ length: 11 }, take);
    expect(again.filter((b) => few.some((t) => t.buffer === b.buffer)).length).toBe(10);
    const many = Array.from({ length: 40 }, take);
    for (const t of many) out.give(t);
    const after = Array.from({ length: 41 }, take);
    expect(after.filter((b) => many.some((t) => t.buffer === b.buffer)).length).toBe(32);
  });
});

describe('openChunks', () => {
  const { io } = fakeIo();

  it('reads a named file into one buffer, again and again, and gives all of it', async () => {
    const text = Array.from({ length: 4000 }, (_, i) => `{"id":${i},"referral":"nav"}`).join('\n');
    const { chunks } = await openChunks(file('many.ndjson', text), io, 'en');
    const buffers = new Set<ArrayBufferLike>();
    const copies: Buffer[] = [];
    for await (const chunk of chunks) {
      buffers.add((chunk as Buffer).buffer);
      copies.push(Buffer.from(chunk as Buffer));
    }
    expect(copies.length).toBeGreaterThan(1);
    expect(buffers.size).toBe(1);
    expect(Buffer.concat(copies).toString('utf8')).toBe(text);
  });

  it('names a file it cannot read as openInput does', async () => {
    await expect(openChunks(join(dir, 'absent.ndjson'), io, 'en')).rejects.toThrow('The file');
  });

  it.skipIf(process.platform === 'win32')('stops at once while a read waits on a FIFO nobody writes to, and fails', async () => {
    const fifo = join(dir, 'waiting.fifo');
    execFileSync('mkfifo', [fifo]);
    // Opening either end of a FIFO waits for the other.
    const [input, writer] = await Promise.all([openChunks(fifo, io, 'en'), open(fifo, 'w')]);
    const iterator = input.chunks[Symbol.asyncIterator]();
    const next = iterator.next();
    setTimeout(input.stop, 50);
    // It fails, as a destroyed stream does: the batch then answers no line it had only begun.
    const ended = await Promise.race([
      next.then(
        () => 'ended without failing',
        (error: NodeJS.ErrnoException) => error.code,
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 2_000)),
    ]);
    expect(ended).toBe('ABORT_ERR');
    await writer.close(); // the read left waiting ends with the FIFO
  });
});
