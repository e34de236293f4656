/** `arr-rules agenda`: the morning list over an NDJSON file; every line a record, every bad line named by its number. */
import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { agenda } from '../../src/agenda/agenda.js';
import { cli, file } from './fake-io.js';

const example = readFileSync(new URL('../../examples/agenda.ndjson', import.meta.url), 'utf8');
const records = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));

const employed = (id: string, start: string, more: object = {}) => JSON.stringify({ id, stay: { start, employment: 'employed' }, ...more });

describe('arr-rules agenda --format json', () => {
  test('the items are the library’s agenda of the same records; each problem carries its line', async () => {
    const r = await cli(['agenda', '--as-of', '2026-11-24', '--format', 'json', '-'], example);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    const library = agenda(records(example), '2026-11-24');
    expect(out.items).toEqual(library.items);
    expect(out).toMatchObject({ asOf: '2026-11-24', days: 14, rulesVersion: library.rulesVersion });
    // Line 5 is blank: the bad record on line 7 is the library's index 5.
    expect(library.problems.map((p) => p.index)).toEqual([5]);
    expect(out.problems).toEqual([{ line: 7, caseId: 'A-106', issues: library.problems[0]?.issues }]);
    expect(r.err).toBe('');
  });

  test('a line that is not JSON, an invalid record and a repeated id: each named by line, the others still answered', async () => {
    const text = [
      employed('A', '2027-01-04'),
      '{"id":"B",',
      employed('A', '2027-01-11'),
      JSON.stringify({ id: 'C', stay: { start: '2027-01-04' } }),
      '42',
      employed('D', '2027-01-04'),
    ].join('\r\n');
    const r = await cli(['agenda', '--as-of', '2027-01-04', '--format', 'json', '--locale', 'en', file('mixed.ndjson', text)]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    expect(out.problems.map((p: { line: number; caseId: string | null }) => [p.line, p.caseId])).toEqual([
      [2, null],
      [3, 'A'],
      [4, 'C'],
      [5, null],
    ]);
    expect(out.problems[0].issues).toEqual([{ path: '', message: 'The line is not valid JSON.' }]);
    expect(out.problems[2].issues.map((i: { path: string }) => i.path)).toEqual(['stay.employment']);
    expect(new Set(out.items.map((i: { caseId: string }) => i.caseId))).toEqual(new Set(['A', 'D']));
  });

  test('a file with nothing wrong exits 0; blank lines and a byte order mark are not records', async () => {
    const r = await cli(['agenda', '--as-of', '2027-01-04', '--format', 'json', '-'], `\uFEFF${employed('A', '2027-01-04')}\n\n  \n`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).problems).toEqual([]);
    expect(JSON.parse(r.out).items.length).toBeGreaterThan(0);
  });

  test('--days sets the horizon: 0 shows today and what is overdue only', async () => {
    const r = await cli(['agenda', '--as-of', '2027-01-04', '--days', '0', '--format', 'json', '-'], employed('A', '2027-01-04'));
    const items = JSON.parse(r.out).items as { date: string; status: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.date === '2027-01-04' && i.status === 'due')).toBe(true);
  });
});

describe('arr-rules agenda --format text', () => {
  test('overdue first, then each day under its heading, today named; every item cites its rule', async () => {
    const r = await cli(['agenda', '--as-of', '2026-11-24', example === '' ? '' : '-'], example);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Agenda per tirsdag 24. november 2026: det som er forfalt, og de neste 14 dagene');
    const overdue = lines.indexOf('Forfalt');
    const today = lines.indexOf('I dag, tirsdag 24. november 2026');
    const monday = lines.indexOf('mandag 30. november 2026');
    expect(overdue).toBeGreaterThan(0);
    expect(today).toBeGreaterThan(overdue);
    expect(monday).toBeGreaterThan(today);
    const items = lines.filter((l) => /^ {2}[!•✓] /.test(l));
    expect(items).toHaveLength(
      JSON.parse((await cli(['agenda', '--as-of', '2026-11-24', '--format', 'json', '-'], example)).out).items.length,
    );
    for (const item of items) expect(item).toMatch(/ {2}\[[a-z-]+\.[a-z-]+(: .+)?\]$/);
    expect(lines[overdue + 1]).toMatch(/^ {2}! 2026-09-25 {2}A-105: /);
    // The bad record goes to standard error by line and id; the list still comes out.
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'Saker som ikke kan leses:\n  linje 7 (A-106): stay.start: "not a date" er ikke en gyldig dato; forventet en kalenderdato på formen ÅÅÅÅ-MM-DD, for eksempel 2027-03-01.\n',
    );
  });

  test('English, and a day with nothing to do says so', async () => {
    const r = await cli(
      ['agenda', '--as-of', '2040-01-02', '--locale', 'en', '-'],
      employed('A', '2027-01-04', { returnHome: '2027-01-29' }),
    );
    // Long after the stay: the follow-ups and the checkpoint are overdue, as nothing was recorded.
    expect(r.out).toContain('\nOverdue\n');
    const empty = await cli(['agenda', '--as-of', '2027-01-04', '--days', '7', '--locale', 'en', '-'], '');
    expect(empty.code).toBe(0);
    expect(empty.out).toBe(
      'Agenda as of Monday 4 January 2027: what is overdue, and the next 7 days\n\nNothing is overdue, and nothing falls in the next 7 days.\n',
    );
  });

  test('what was done lately is listed last, dated', async () => {
    const record = employed('A', '2027-01-04', {
      returnHome: '2027-01-29',
      followUps: { booked: [{ date: '2027-02-01', time: '10:00', mode: 'phone' }], held: ['2027-02-01'] },
    });
    const r = await cli(['agenda', '--as-of', '2027-02-03', '--locale', 'en', '-'], record);
    const lines = r.out.split('\n');
    const done = lines.indexOf('Done (the last 14 days)');
    expect(done).toBeGreaterThan(0);
    expect(lines.slice(done + 1).some((l) => l.startsWith('  ✓ 2027-02-01  A: '))).toBe(true);
  });
});

describe('arr-rules agenda --format ics', () => {
  const ics = async (asOf: string, text = example) => (await cli(['agenda', '--as-of', asOf, '--format', 'ics', '-'], text)).out;
  const events = (out: string) =>
    out
      .replace(/\r\n /g, '')
      .split('BEGIN:VEVENT\r\n')
      .slice(1)
      .map((e) => Object.fromEntries(e.split('\r\n').map((l) => [l.slice(0, l.search(/[:;]/)), l.slice(l.indexOf(':') + 1)])));

  test('an all-day event per item, CRLF and folded lines, a unique UID each', async () => {
    const out = await ics('2026-11-24');
    expect(out.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(out.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of out.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const list = events(out);
    const items = agenda(records(example), '2026-11-24').items;
    expect(list).toHaveLength(items.length);
    list.forEach((e, i) => {
      const item = items[i] as (typeof items)[number];
      expect(e.DTSTART).toBe(item.date.replaceAll('-', ''));
      expect(e.DTSTAMP).toBe('20261122T120000Z');
      expect(e.SUMMARY).toContain(`${item.caseId}: `);
      expect(e.DESCRIPTION).toContain(item.rule);
    });
    expect(new Set(list.map((e) => e.UID)).size).toBe(list.length);
  });

  test('the same item keeps its UID from one morning to the next, so a re-import updates it', async () => {
    const first = events(await ics('2026-11-24'));
    const next = events(await ics('2026-11-25'));
    const uid = (e: Record<string, string>) => e.UID as string;
    const shared = first.map(uid).filter((u) => next.map(uid).includes(u));
    expect(shared.length).toBeGreaterThan(3);
    // A dated item keeps its day too; an inconsistency is dated the morning it is seen, so it moves with the list.
    for (const u of shared.filter((u) => !u.includes('/inconsistency.')))
      expect(next.find((e) => e.UID === u)?.DTSTART).toBe(first.find((e) => e.UID === u)?.DTSTART);
    const seen = shared.find((u) => u.includes('/inconsistency.'));
    expect(next.find((e) => e.UID === seen)?.DTSTART).toBe('20261125');
  });

  test.prop([fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 4 })], { numRuns: 30 })(
    'no two cases share a UID, whatever their ids hold',
    async (ids) => {
      const unique = [...new Set(ids)];
      const out = await ics('2027-01-04', unique.map((id) => employed(id, '2027-01-04')).join('\n'));
      const list = events(out);
      expect(list.length).toBeGreaterThan(0);
      expect(new Set(list.map((e) => e.UID)).size).toBe(list.length);
      for (const e of list) expect(e.UID).toMatch(/^[A-Za-z0-9\-_.!~*'()%]+\/[a-z0-9.-]+@arr-rules$/);
    },
  );
});

describe('arr-rules agenda: usage', () => {
  test.each([
    [['agenda', '-'], 'Mangler --as-of DATO'],
    [['agenda', '--as-of', '2027-02-30', '-'], '--as-of: forventet en dato'],
    [['agenda', '--as-of', '2027-01-04', '--days', '367', '-'], '--days: forventet et helt tall fra 0 til 366'],
    [['agenda', '--as-of', '2027-01-04', '--format', 'xml', '-'], '--format: forventet text|json|ics'],
    [['agenda', '--as-of', '2027-01-04', '--weeks', '4', '-'], 'agenda tar ikke valget --weeks'],
  ])('%j exits 2', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.out).toBe('');
  });

  test('more cases than the limit: exit 1, said once, nothing half written', async () => {
    const text = Array.from({ length: 10_001 }, (_, i) => `{"id":"${i}"}`).join('\n');
    const r = await cli(['agenda', '--as-of', '2027-01-04', '--locale', 'en', '-'], text);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('The file holds more than 10000 cases; split it.');
  });

  test('a line over the limit is a problem of its own line', async () => {
    const long = JSON.stringify({ id: 'L', note: 'x'.repeat(1 << 20) });
    const r = await cli(
      ['agenda', '--as-of', '2027-01-04', '--format', 'json', '--locale', 'en', '-'],
      `${long}\n${employed('A', '2027-01-04')}\n`,
    );
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out);
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]).toMatchObject({ line: 1, caseId: null });
    expect(out.problems[0].issues[0].message).toMatch(/^The line is \d+ bytes long, over the limit/);
    expect(out.items.length).toBeGreaterThan(0);
  });
});
