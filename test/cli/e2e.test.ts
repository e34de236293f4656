/**
 * The README's promises, run as a new user would: the built `arr-rules`
 * executable (npm test builds before it tests), in a real process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { halfSentRequest } from '../server/raw-request.js';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'arr-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const arr = (args: string[], input?: string) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, maxBuffer: 1 << 30 });

/**
 * The modules a built file loads before it runs: its static imports, followed through the package's own chunks.
 * The CLI bundles zod and date-fns into its chunks, so a chunk is named by the sources it holds as well
 * (esbuild heads each with a `// node_modules/zod/…` line).
 */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  const text = readFileSync(file, 'utf8');
  for (const [, bundled] of text.matchAll(/^\/\/ node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm)) seen.add(`bundled:${bundled}`);
  for (const [, from] of text.matchAll(/^import\s[^;]*?from\s*['"]([^'"]+)['"]/gm)) {
    if (from === undefined || seen.has(from)) continue;
    seen.add(from);
    if (from.startsWith('./')) staticImports(join(file, '..', from), seen);
  }
  return seen;
}

/** The built module a command loads when it runs (the executable imports each command's module on demand). */
function commandModule(name: string): string {
  const m = new RegExp(`\\b${name}: \\(\\) => import\\(['"](\\./[^'"]+)['"]\\)`).exec(readFileSync(cli, 'utf8'));
  if (m?.[1] === undefined) throw new Error(`no module for ${name} in ${cli}`);
  return join(cli, '..', m[1]);
}

describe.skipIf(!existsSync(cli))('the built arr-rules executable', () => {
  test('starts without the rules: --help and a usage error load no zod, date-fns or node:http', () => {
    const loaded = [...staticImports(cli)];
    expect(loaded.filter((m) => /zod|date-fns|http/.test(m))).toEqual([]);
    expect(loaded.length).toBeGreaterThan(0);
    // The rule functions check their inputs without zod; only the service, which writes its JSON Schemas from the zod
    // schemas, loads it (and so the check itself can see a bundled zod).
    expect([...staticImports(commandModule('assess'))].filter((m) => /zod/.test(m))).toEqual([]);
    expect([...staticImports(commandModule('serve'))]).toContain('bundled:zod');
    const help = arr(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('arr-rules serve');
    // A command still gets the rules once it runs.
    expect(arr(['holidays', '--year', '2027', '--format', 'json']).stdout).toContain('2027-05-17');
  });

  test('plan from flags loads no zod, and still names a bad start as the library does', () => {
    const loaded = [...staticImports(commandModule('plan'))];
    expect(loaded.filter((m) => /zod|http/.test(m))).toEqual([]);
    expect(loaded).toContain('bundled:date-fns');
    const ok = arr(['plan', '--start', '2027-01-04', '--employment', 'employed', '--locale', 'en']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Monday 4 January 2027');
    const bad = arr(['plan', '--start', '2027-01-09', '--employment', 'employed', '--weeks', '8']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('2027-01-09 er en lørdag; oppholdet må starte på en virkedag');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  test('plans a stay into a calendar file', () => {
    const r = arr(['plan', '--start', '2027-01-04', '--employment', 'employed', '--format', 'ics']);
    expect(r.status).toBe(0);
    writeFileSync(join(dir, 'stay.ics'), r.stdout);
    const ics = readFileSync(join(dir, 'stay.ics'), 'utf8');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('SUMMARY:Sluttsamtale der oppfølgingssamtalene avtales');
  });

  test('assesses a case from a JSON file, and names bad input without a stack trace', () => {
    const ok = arr(['assess', join(examples, 'eligibility.json'), '--locale', 'en']);
    expect(ok.status).toBe(0);
    expect(ok.stdout.split('\n')[0]).toBe('Answer: YES');
    const bad = arr(['assess', '-'], '{"referral":"nav","employment":"employed","sickLeaveGrade":15}');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('sickLeaveGrade (Sykmeldingsgrad): 15 er ikke en gyldig sykmeldingsgrad');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(arr(['nonsense']).status).toBe(2);
  });

  test("lists a coordinator's agenda from the example file: overdue first, the bad record named by line", () => {
    const r = arr(['agenda', '--as-of', '2026-11-24', join(examples, 'agenda.ndjson')]);
    expect(r.status).toBe(1);
    expect(r.stdout.split('\n').slice(2, 4)).toEqual(['Forfalt', expect.stringMatching(/^ {2}! 2026-09-25 {2}A-105: /)]);
    expect(r.stderr).toMatch(/^Saker som ikke kan leses:\n {2}linje 7 \(A-106\): stay\.start: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  // A new process that loads node:http, a request and a shutdown: on a loaded machine, more than vitest's default 5 s.
  test('serve: SIGTERM lets the request in flight finish, then exits 0', async () => {
    const child = spawn(process.execPath, [cli, 'serve', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => {
      err += String(d);
    });
    // A service that cannot start (a build without openapi.json, say) fails the test with what it said, at once.
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += String(d);
        const m = /"port":(\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', (code) => reject(new Error(`serve exited with ${code} before listening: ${err}`)));
    });
    const reply = halfSentRequest(port, '/v1/travel', JSON.stringify({ benefit: 'aap' }), { meanwhile: () => child.kill('SIGTERM') });
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect((await reply).startsWith('HTTP/1.1 200 OK')).toBe(true);
    expect(await exit).toBe(0);
    expect(out).toContain('"message":"stopped"');
  }, 20_000);

  test('runs a 100 000-line batch: one line out per line in', () => {
    const sample = readFileSync(join(examples, 'batch.ndjson'), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.includes('"sickLeaveGrade":15'));
    const lines = Array.from({ length: 100_000 }, (_, i) => sample[i % sample.length]).join('\n');
    writeFileSync(join(dir, 'cases.ndjson'), `${lines}\n`);
    const r = arr(['batch', join(dir, 'cases.ndjson')]);
    expect(r.status).toBe(0);
    const out = r.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(100_000);
    expect(JSON.parse(out[99_999] as string)).toMatchObject({ line: 100_000 });
    expect(r.stderr).toMatch(/^arr-rules batch: 100000 linjer: ja \d+, nei \d+, uavgjort \d+, ugyldige 0\n$/);
    const missing = arr(['batch', join(dir, 'missing.ndjson')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('missing.ndjson');
  }, 60_000);

  test("the README's batch example: exit 1, and standard error says which line and why", () => {
    const r = arr(['batch', join(examples, 'batch.ndjson')]);
    expect(r.status).toBe(1);
    const input = readFileSync(join(examples, 'batch.ndjson'), 'utf8').trimEnd().split('\n');
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(input.length);
    expect(r.stderr).toBe(
      'arr-rules batch: 5 linjer: ja 1, nei 1, uavgjort 1, ugyldige 1, tomme 1 (linje 5)\n' +
        '  første feil: linje 5: sickLeaveGrade: 15 er ikke en gyldig sykmeldingsgrad; forventet 0 (ikke sykmeldt) eller et helt tall fra 20 til 100.\n',
    );
  });

  test('one batch over two kinds of case, joined back by id', () => {
    const r = arr(['batch', join(examples, 'mixed.ndjson'), '--output', 'summary']);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['case-1', 'case-1-travel', 'case-2', 'case-2-extension']);
    for (const o of out) expect(o).toHaveProperty('verdict');
  });

  test.each<[string, string[], string, string?]>([
    ['outcome', ['outcome', join(examples, 'outcome.json')], 'Sjekkpunkt:'],
    ['extension', ['extension', '-'], 'Svar: JA', '{"currentWeeks":4,"additionalWeeks":4,"need":true}'],
    [
      'activities',
      ['activities', '-', '--locale', 'en'],
      'The activity plan has issues:',
      '{"stay":{"start":"2027-01-04","employment":"employed"},"activities":[]}',
    ],
    ['followup', ['followup', '--return-home', '2027-01-31', join(examples, 'followup.json')], 'Svar:'],
    ['followup-status', ['followup-status', '-'], 'Holdt: 1', '{"returnHome":"2027-01-31","held":["2027-02-03"],"asOf":"2027-02-10"}'],
    ['travel', ['travel', '-'], 'Betaler reisen: NAV', '{"benefit":"aap"}'],
    ['terms', ['terms', '-', '--locale', 'en'], 'Answer: YES', '{"benefit":"sykepenger"}'],
    ['holidays', ['holidays', '--year', '2028'], 'langfredag'],
    ['working-day', ['working-day', '2027-12-24'], 'virkedag'],
    ['add-working-days', ['add-working-days', '2027-04-01', '-2'], '2027-03-30'],
  ])('%s runs through the built executable', (_name, args, expected, stdin) => {
    const r = arr(args, stdin);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(expected);
  });
});

describe.skipIf(!existsSync(fileURLToPath(new URL('../../dist/index.cjs', import.meta.url))))('the two builds in one process', () => {
  test('an InvalidInputError of the CJS build is instanceof the ESM class, and the other way round', async () => {
    const { createRequire } = await import('node:module');
    const cjs = createRequire(import.meta.url)('../../dist/index.cjs');
    const esm = await import(fileURLToPath(new URL('../../dist/index.js', import.meta.url)));
    expect(cjs.InvalidInputError).not.toBe(esm.InvalidInputError);
    const fromCjs = (() => {
      try {
        cjs.isWorkingDay('2027-02-30');
      } catch (error) {
        return error;
      }
    })();
    const fromEsm = (() => {
      try {
        esm.isWorkingDay('2027-02-30');
      } catch (error) {
        return error;
      }
    })();
    expect(fromCjs instanceof esm.InvalidInputError).toBe(true);
    expect(fromEsm instanceof cjs.InvalidInputError).toBe(true);
    expect(esm.isInvalidInputError(fromCjs) && cjs.isInvalidInputError(fromEsm)).toBe(true);
  });
});
