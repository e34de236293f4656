/**
 * The README's promises, run as a new user would: the built `arr-rules`
 * executable (npm test builds before it tests), in a real process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const examples = fileURLToPath(new URL('../../examples/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'arr-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const arr = (args: string[], input?: string) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, maxBuffer: 1 << 30 });

describe.skipIf(!existsSync(cli))('the built arr-rules executable', () => {
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
    expect(bad.stderr).toContain('sickLeaveGrade: 15 er ikke en gyldig sykmeldingsgrad');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(arr(['nonsense']).status).toBe(2);
  });

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
    expect(JSON.parse(out[99_999] as string)).toHaveProperty('verdict');
    expect(arr(['batch', join(dir, 'missing.ndjson')]).stderr).toContain('missing.ndjson');
  }, 60_000);
});
