import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { run } from '../../src/cli/run.js';

function sink(isTTY = false) {
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

async function cli(argv: string[], stdin = '', options: { ttyErr?: boolean } = {}) {
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

const dir = mkdtempSync(join(tmpdir(), 'arr-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('arr-rules assess / outcome', () => {
  test('text puts the verdict first; json is the library result exactly', async () => {
    const input = JSON.stringify({ referral: 'gp', employment: 'employed' });
    const text = await cli(['assess', '-'], input);
    expect(text.code).toBe(0);
    expect(text.out.split('\n')[0]).toBe('Svar: NEI');
    expect(text.out).toContain('Henvisningen kommer fra fastlege');
    const json = await cli(['assess', '--format', 'json', '--locale', 'en', file('a.json', input)]);
    expect(JSON.parse(json.out)).toMatchObject({ verdict: 'no', targetGroup: null, evaluation: { rule: 'eligibility.residential' } });
  });

  test('invalid data: exit 1, every problem named, no stack trace', async () => {
    const r = await cli(
      ['assess', '--locale', 'en', '-'],
      JSON.stringify({ referral: 'nav', employment: 'employed', sickLeaveGrade: 15, extra: 1 }),
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain('sickLeaveGrade: 15 is not a valid sick-leave grade');
    expect(r.err).toContain('extra: Unknown field');
    expect(r.err).not.toMatch(/\bat .*\.(ts|js):\d+/);
    const bad = await cli(['assess', '-'], '{ not json');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('er ikke gyldig JSON');
    const missing = await cli(['assess', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nope.json');
  });

  test('outcome', async () => {
    const r = await cli(
      ['outcome', '-'],
      JSON.stringify({
        targetGroup: 'employed',
        returnHome: '2027-01-31',
        asOf: '2027-02-14',
        sickLeaveGradeAtStart: 80,
        sickLeaveGradeAtCheckpoint: 40,
      }),
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain('Sjekkpunkt: 2027-02-14');
    expect(r.out).toContain('Svar: JA');
  });
});

describe('arr-rules plan', () => {
  test('text with Norwegian dates; json; weeks', async () => {
    const r = await cli(['plan', '--start', '2027-01-04', '--employment', 'employed']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('mandag 4. januar 2027 – søndag 31. januar 2027');
    expect(r.out).toContain('Sluttsamtale');
    const json = await cli(['plan', '--start', '2027-01-04', '--employment', 'not-employed', '--weeks', '8', '--format', 'json']);
    expect(JSON.parse(json.out)).toMatchObject({ weeks: 8, end: '2027-02-28' });
  });

  test('ics: CRLF, folded lines of at most 75 octets, UID and DTSTAMP per event, all-day dates', async () => {
    const r = await cli(['plan', '--start', '2027-01-04', '--employment', 'employed', '--format', 'ics']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(r.out.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = r.out.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(r.out.replace(/\r\n/g, '')).not.toContain('\n');
    const events = r.out.split('BEGIN:VEVENT').length - 1;
    expect(events).toBeGreaterThan(10);
    expect(r.out.split('\r\nUID:').length - 1).toBe(events);
    expect(r.out.split('\r\nDTSTAMP:20261122T120000Z').length - 1).toBe(events);
    expect(r.out).toContain('DTSTART;VALUE=DATE:20270129\r\nDTEND;VALUE=DATE:20270130');
    const uids = r.out.match(/UID:[^\r]*(\r\n [^\r]*)*/g) ?? [];
    expect(new Set(uids).size).toBe(uids.length);
  });

  test('bad usage exits 2; a bad date exits 1 naming it', async () => {
    expect((await cli(['plan', '--start', '2027-01-04'])).code).toBe(2);
    expect((await cli(['plan', '--start', '2027-01-04', '--employment', 'employed', '--weeks', '5'])).code).toBe(2);
    expect((await cli(['plan', '--start', '2027-01-04', '--employment', 'employed', '--format', 'xml'])).code).toBe(2);
    expect((await cli(['plan', '--bogus'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
    expect((await cli(['assess', '--locale', 'de', '-'], '{}')).code).toBe(2);
    const holiday = await cli(['plan', '--start', '2027-05-17', '--employment', 'employed', '--locale', 'en']);
    expect(holiday.code).toBe(1);
    expect(holiday.err).toContain('start: 2027-05-17 is Constitution Day and Whit Monday');
  });
});

describe('arr-rules followup, --help, --version', () => {
  test('followup reads a JSON array of meetings', async () => {
    const meetings = JSON.stringify([
      { date: '2027-02-10', time: '10:00', mode: 'phone' },
      { isoWeek: { year: 2027, week: 9 }, mode: 'phone' },
      { isoWeek: { year: 2027, week: 12 }, mode: 'on-site' },
    ]);
    const r = await cli(['followup', '--return-home', '2027-01-31', '--format', 'json', '-'], meetings);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ rule: 'followup.booking', verdict: 'yes' });
    expect((await cli(['followup', '-'], meetings)).code).toBe(2);
  });

  test('help per command and version', async () => {
    expect((await cli(['--version'])).out).toBe('9.9.9\n');
    expect((await cli(['--help', '--locale', 'en'])).out).toContain('Usage:');
    expect((await cli(['batch', '--help'])).out).toContain('NDJSON');
  });
});

describe('arr-rules batch', () => {
  test('one line out per line in, blank lines skipped, bad lines named, exit 1 after all', async () => {
    const lines = [
      JSON.stringify({
        referral: 'nav',
        employment: 'employed',
        sickLeaveGrade: 80,
        prognosis: { sickLeaveHalvedTwoWeeksAfter: true },
        residentialGrounds: { noSuitableDayOffer: true },
      }),
      '',
      '{ broken',
      JSON.stringify({ referral: 'nav', employment: 'employed', sickLeaveGrade: 15 }),
      JSON.stringify({ referral: 'gp', employment: 'employed' }),
    ];
    const r = await cli(['batch', '-'], lines.join('\n'), { ttyErr: true });
    expect(r.code).toBe(1);
    const out = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ verdict: 'yes', targetGroup: 'employed' });
    expect(out[1]).toMatchObject({ line: 3, issues: [{ path: '' }] });
    expect(out[2]).toMatchObject({ line: 4, issues: [{ path: 'sickLeaveGrade' }] });
    expect(out[3]).toMatchObject({ verdict: 'no' });
    expect(r.err).toContain('ja 1, nei 1, uavgjort 0, ugyldige 2');
  });

  test('all good lines exit 0 and no progress without a terminal; a missing file is exit 1 naming it', async () => {
    const ok = await cli(['batch', file('b.ndjson', `${JSON.stringify({ referral: 'gp', employment: 'employed' })}\n`)]);
    expect(ok.code).toBe(0);
    expect(ok.err).toBe('');
    const missing = await cli(['batch', join(dir, 'missing.ndjson')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('missing.ndjson');
  });
});

describe('batch line splitting', async () => {
  const { lines } = await import('../../src/cli/run.js');
  test('LF, CRLF, a last line without newline, lines split across chunks', async () => {
    const out: string[] = [];
    for await (const l of lines(Readable.from(['a\r\nb', 'c\n', '\nd']))) out.push(l);
    expect(out).toEqual(['a', 'bc', '', 'd']);
  });
  test('a UTF-8 character or a CRLF split between two chunks comes through whole', async () => {
    // ø is C3 B8; the first cut falls between them, the second between the CR and the LF.
    const bytes = Buffer.from('ø\nœ\r\n', 'utf8');
    const out: string[] = [];
    for await (const l of lines(Readable.from([bytes.subarray(0, 1), bytes.subarray(1, 6), bytes.subarray(6)]))) out.push(l);
    expect(out).toEqual(['ø', 'œ']);
  });
  test.prop([
    fc.array(
      fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[\r\n]/g, '')),
      { minLength: 1 },
    ),
    fc.array(fc.nat(), { maxLength: 8 }),
    fc.boolean(),
  ])('any text, cut into chunks anywhere, gives back its lines', async (texts, cutAt, crlf) => {
    const bytes = Buffer.from(texts.join(crlf ? '\r\n' : '\n'), 'utf8');
    const cuts = [...new Set(cutAt.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    const chunks = [0, ...cuts].map((from, i) => bytes.subarray(from, cuts[i] ?? bytes.length)).filter((c) => c.length > 0);
    const out: string[] = [];
    for await (const l of lines(Readable.from(chunks))) out.push(l);
    // A final newline ends the last line; it does not start an empty one.
    expect(out).toEqual(texts.at(-1) === '' ? texts.slice(0, -1) : texts);
  });
});
