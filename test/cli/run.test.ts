import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { InvalidInputError } from '../../src/core/errors.js';
import { assessEligibility, type EligibilityInput } from '../../src/eligibility/assess.js';
import { planStay } from '../../src/schedule/plan.js';
import { eligibilityInput } from '../eligibility/arbitraries.js';
import { cli, dir, fakeIo, file } from './fake-io.js';

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
    expect(r.err).toContain('sickLeaveGrade (Sick-leave grade): 15 is not a valid sick-leave grade');
    expect(r.err).toContain('extra: Unknown field');
    expect(r.err).not.toMatch(/\bat .*\.(ts|js):\d+/);
    const bad = await cli(['assess', '-'], '{ not json');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('standard inn er ikke gyldig JSON: har en feil ved linje:kolonne 1:3.');
    expect(bad.err).not.toContain('position');
    const missing = await cli(['assess', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`Filen ${join(dir, 'nope.json')} finnes ikke.`);
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
    expect(r.out).toContain('Sjekkpunkt: søndag 14. februar 2027');
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
    // Without --return-home the input is the whole booking, as a batch line carries it; a bare list is not one.
    const bare = await cli(['followup', '-'], meetings);
    expect(bare.code).toBe(1);
    expect(bare.err).toContain('(hele inndata): Fikk en liste; forventet et objekt.');
    const whole = await cli(
      ['followup', '--format', 'json', '-'],
      JSON.stringify({ returnHome: '2027-01-31', meetings: JSON.parse(meetings) }),
    );
    expect(JSON.parse(whole.out)).toMatchObject({ rule: 'followup.booking', verdict: 'yes' });
  });

  test('help per command and version', async () => {
    expect((await cli(['--version'])).out).toBe('9.9.9\n');
    expect((await cli(['--help', '--locale', 'en'])).out).toContain('Usage:');
    expect((await cli(['batch', '--help'])).out).toContain('NDJSON');
  });

  test('what --help says of the kinds, and of the commands, is what runs', async () => {
    const { KINDS } = await import('../../src/cli/kinds.js');
    const { KIND_NAMES } = await import('../../src/cli/commands/specs.js');
    const { COMMANDS } = await import('../../src/cli/run.js');
    expect([...KIND_NAMES]).toEqual(KINDS.map((k) => k.name));
    for (const spec of COMMANDS) {
      const command = await spec.load();
      expect([command.name, command.options, command.help]).toEqual([spec.name, spec.options, spec.help]);
      for (const text of [spec.help.nb, spec.help.en]) {
        // A usage line (or two), then lines indented by two spaces; each ends its line, none ends in spaces.
        expect(text.endsWith('\n')).toBe(true);
        for (const line of text.slice(0, -1).split('\n')) {
          expect(line).toMatch(/^(arr-rules | {2}\S)/);
          expect(line).not.toMatch(/\s$/);
        }
      }
    }
  });
});

describe('arr-rules batch', () => {
  test('one line out per line in, blank ones too, each with its line number; bad lines named; summary; exit 1 after all', async () => {
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
    expect(out.map((o) => o.line)).toEqual([1, 2, 3, 4, 5]);
    expect(out[0]).toMatchObject({ line: 1, verdict: 'yes', targetGroup: 'employed' });
    expect(out[1]).toEqual({ line: 2, skipped: 'blank' });
    expect(out[2]).toEqual({ line: 3, issues: [{ path: '', message: 'Linjen er ikke gyldig JSON.' }] });
    expect(out[3]).toMatchObject({ line: 4, issues: [{ path: 'sickLeaveGrade' }] });
    expect(out[4]).toMatchObject({ line: 5, verdict: 'no' });
    expect(r.err).toContain('arr-rules batch: 5 linjer: ja 1, nei 1, uavgjort 0, ugyldige 2, tomme 1 (linje 3, 4)');
  });

  // Each line is the library's answer as JSON.stringify writes it, whatever path the batch takes to write it.
  const batchLine = fc.record(
    {
      id: fc.oneof(fc.string({ maxLength: 6 }), fc.integer()),
      kind: fc.constant('assess'),
      input: fc.oneof(
        { weight: 6, arbitrary: eligibilityInput },
        { weight: 1, arbitrary: eligibilityInput.map((i) => ({ ...i, sickLeaveGrade: 15 })) },
        { weight: 1, arbitrary: eligibilityInput.map((i) => ({ ...i, referal: 'nav' })) },
        { weight: 1, arbitrary: eligibilityInput.map((i) => ({ ...i, prognosis: {} })) },
      ),
    },
    { requiredKeys: ['input'] },
  );
  test.prop([fc.array(batchLine, { minLength: 1, maxLength: 30 }), fc.constantFrom('nb' as const, 'en' as const)], { numRuns: 60 })(
    'every line out is JSON.stringify of the line number, the id and the library’s answer (or its issues), byte for byte',
    async (cases, locale) => {
      const r = await cli(
        ['batch', '--locale', locale, '-'],
        cases
          .map((c) =>
            JSON.stringify({ ...c.input, ...(c.id === undefined ? {} : { id: c.id }), ...(c.kind === undefined ? {} : { kind: c.kind }) }),
          )
          .join('\n'),
      );
      const expected = cases.map((c, i) => {
        const head = { line: i + 1, ...(c.id === undefined ? {} : { id: c.id }) };
        try {
          return JSON.stringify({ ...head, ...assessEligibility(c.input, { locale }) });
        } catch (error) {
          return JSON.stringify({ ...head, issues: (error as InvalidInputError).issues });
        }
      });
      expect(r.out.trimEnd().split('\n')).toEqual(expected);
    },
  );

  test('the summary goes to standard error always, not only on a terminal; all good lines exit 0', async () => {
    const ok = await cli(['batch', file('b.ndjson', `${JSON.stringify({ referral: 'gp', employment: 'employed' })}\n`)]);
    expect(ok.code).toBe(0);
    expect(ok.err).toBe('arr-rules batch: 1 linje: ja 0, nei 1, uavgjort 0, ugyldige 0\n');
  });

  test('usage errors are usage errors: a missing file, a directory, a flag it does not take, a format it cannot write', async () => {
    const missing = await cli(['batch', join(dir, 'missing.ndjson')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(`Filen ${join(dir, 'missing.ndjson')} finnes ikke.`);
    const directory = await cli(['batch', dir, '--locale', 'en']);
    expect(directory.code).toBe(2);
    expect(directory.err).toContain(`${dir} is a directory, not a file.`);
    const text = await cli(['batch', '--format', 'text', '-'], '{}');
    expect(text.code).toBe(2);
    expect(text.err).toContain('--format: forventet json, fikk «text».');
    const flag = await cli(['batch', '--start', '2027-01-04', '-'], '{}');
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('batch tar ikke valget --start.');
    const bogus = await cli(['assess', '--bogus', '-'], '{}');
    expect(bogus.err).toBe('arr-rules: Ukjent valg --bogus.\nSe arr-rules --help.\n');
    const noValue = await cli(['plan', '--start'], '', {});
    expect(noValue.code).toBe(2);
    expect(noValue.err).toContain('Valget --start mangler en verdi');
  });

  test('any kind: --kind for the stream, "kind" on a line; "id" is echoed and taken off before validation', async () => {
    const stream = [
      JSON.stringify({ id: 'a1', benefit: 'aap' }),
      JSON.stringify({ id: 7, kind: 'extension', currentWeeks: 4, additionalWeeks: 4, need: true }),
      JSON.stringify({ kind: 'nope' }),
      JSON.stringify({ id: { x: 1 }, benefit: 'aap' }),
      JSON.stringify({ kind: 'holidays', year: 2027 }),
      JSON.stringify({ kind: 'plan', start: '2027-01-04', employment: 'employed' }),
    ].join('\n');
    const r = await cli(['batch', '--kind', 'travel', '-'], stream);
    const out = r.out.trim().split('\n');
    expect(out[0]?.startsWith('{"line":1,"id":"a1","payer":"nav",')).toBe(true);
    expect(JSON.parse(out[1] as string)).toMatchObject({ line: 2, id: 7, rule: 'extension', verdict: 'yes' });
    expect(JSON.parse(out[2] as string)).toMatchObject({ line: 3, issues: [{ path: 'kind' }] });
    expect(JSON.parse(out[3] as string)).toEqual({
      line: 4,
      issues: [{ path: 'id', message: 'id må være en tekst eller et tall.' }],
    });
    expect(JSON.parse(out[4] as string).holidays).toHaveLength(12);
    expect(JSON.parse(out[5] as string)).toMatchObject({ line: 6, end: '2027-01-31' });
    expect(r.err).toContain('ja 2, nei 0, uavgjort 0, besvart 2, ugyldige 2 (linje 3, 4)');
  });

  test('plan lines are JSON.stringify of planStay’s plan, byte for byte, in either language', async () => {
    const starts = ['2027-01-04', '2027-03-01', '2027-12-20', '2028-04-10', '2030-05-13'];
    const inputs = starts.flatMap((start, i) => [
      { start, employment: 'employed' as const },
      { start, employment: 'not-employed' as const, weeks: ([4, 8, 12] as const)[i % 3] },
    ]);
    for (const locale of ['nb', 'en'] as const) {
      const r = await cli(['batch', '--kind', 'plan', '--locale', locale, '-'], inputs.map((i) => JSON.stringify(i)).join('\n'));
      expect(r.out.trim().split('\n')).toEqual(
        inputs.map((input, i) => `{"line":${i + 1},${JSON.stringify(planStay(input, { locale })).slice(1)}`),
      );
    }
  });

  test('--output summary: the verdict, what is missing and the deciding reasons, a row a spreadsheet can take', async () => {
    const r = await cli(['batch', '--output', 'summary', '-'], `${JSON.stringify({ id: 'x', referral: 'gp', employment: 'employed' })}\n`);
    expect(JSON.parse(r.out)).toEqual({
      line: 1,
      id: 'x',
      verdict: 'no',
      missing: [],
      reasons: [
        'Minst ett vilkår for døgntilbudet er ikke oppfylt.',
        'Henvisningen kommer fra fastlegen; bare NAV-kontoret kan henvise til tilbudet. Fastlegen kan kontakte NAV for å avklare om tilbudet passer.',
      ],
    });
    const single = await cli(
      ['assess', '--format', 'json', '--output', 'summary', '-'],
      JSON.stringify({ referral: 'nav', employment: 'employed' }),
    );
    expect(JSON.parse(single.out)).toMatchObject({ verdict: 'undetermined', missing: expect.arrayContaining(['sickLeaveGrade']) });
  });

  test('a BOM at the start is no problem; a lone BOM, NBSP or U+2028 later is a line that is not JSON', async () => {
    const good = JSON.stringify({ referral: 'gp', employment: 'employed' });
    const r = await cli(['batch', '-'], `\uFEFF${good}\n\uFEFF\n\u00A0\n\u2028\n\u000B\n`);
    const out = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(5);
    expect(out[0]).toMatchObject({ line: 1, verdict: 'no' });
    for (const o of out.slice(1)) expect(o.issues?.[0]?.message).toBe('Linjen er ikke gyldig JSON.');
  });

  test('a line over --max-line-bytes is an error line and the batch goes on', async () => {
    const good = JSON.stringify({ referral: 'gp', employment: 'employed' });
    const r = await cli(['batch', '--max-line-bytes', '100', '--locale', 'en', '-'], `${good}\n${'x'.repeat(5000)}\n${good}\n`);
    const out = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.line)).toEqual([1, 2, 3]);
    expect(out[1].issues[0].message).toBe('The line is 5000 bytes long, over the limit of 100 bytes (--max-line-bytes); it was skipped.');
    expect(out[2]).toMatchObject({ verdict: 'no' });
    expect(r.code).toBe(1);
    expect((await cli(['batch', '--max-line-bytes', '0x10', '-'], good)).code).toBe(2);
  });

  test('a read error mid-stream: every finished line is written, then an error line for a line begun, and the summary; exit 1', async () => {
    const good = JSON.stringify({ referral: 'gp', employment: 'employed' });
    const failing = (text: string) =>
      new Readable({
        read() {
          this.push(text);
          this.destroy(Object.assign(new Error('reset'), { code: 'ECONNRESET' }));
        },
      });
    for (const [text, count] of [
      [`${good}\n${good}\n{"referral":`, 3],
      [`${good}\n${good}\n`, 2],
    ] as const) {
      const { io, out, err } = fakeIo(failing(text));
      const code = await run(['batch', '-'], io);
      expect(code).toBe(1);
      const lines = out()
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.line)).toEqual(count === 3 ? [1, 2, 3] : [1, 2]);
      if (count === 3) expect(lines[2].issues[0].message).toBe('Inndata kunne ikke leses videre (ECONNRESET).');
      expect(err()).toContain(`inndata kunne ikke leses videre (ECONNRESET) etter ${count} linjer`);
    }
  });

  test('a CR before the LF is no part of the line: a line at the limit passes with CRLF as with LF', async () => {
    const good = JSON.stringify({ referral: 'gp', employment: 'employed' });
    const limit = String(Buffer.byteLength(good));
    for (const end of ['\n', '\r\n']) {
      const r = await cli(['batch', '--max-line-bytes', limit, '-'], `${good}${end}${good}x${end}`);
      const out = r.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(out[0]).toMatchObject({ line: 1, verdict: 'no' });
      expect(out[1].issues[0].message).toContain(`Linjen er ${Buffer.byteLength(good) + 1} byte lang`);
    }
  });

  test('followup: --employment without --return-home is bad usage; a file over 16 MiB is refused, not read to the end', async () => {
    expect((await cli(['followup', '--employment', 'bogus', '-'], '{}')).code).toBe(2);
    const big = await cli(['assess', '-'], ' '.repeat(17 * 1024 * 1024));
    expect(big.code).toBe(1);
    expect(big.err).toContain('standard inn er større enn 16 MiB');
  });

  test('SIGINT or SIGTERM: the finished lines and the summary are written, exit 130 or 143', async () => {
    const { EventEmitter } = await import('node:events');
    for (const [signal, exit] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      const signals = new EventEmitter();
      const good = JSON.stringify({ referral: 'gp', employment: 'employed' });
      let pushed = 0;
      // An input that never ends: the signal comes while it is being read, after 50 lines.
      const endless = new Readable({
        read() {
          pushed += 1;
          if (pushed === 50) signals.emit(signal);
          else this.push(`${good}\n`);
        },
      });
      const { io, out, err } = fakeIo(endless, { signals });
      const code = await run(['batch', '-'], io);
      expect(code).toBe(exit);
      const lines = out().trim().split('\n');
      expect(lines.length).toBeGreaterThan(0);
      lines.forEach((l, i) => {
        expect(JSON.parse(l).line).toBe(i + 1);
      });
      expect(err()).toContain(`avbrutt (${signal}) etter ${lines.length} linjer`);
      expect(signals.listenerCount(signal)).toBe(0);
    }
  });

  test.prop([
    fc.array(
      fc.oneof(
        fc.constant(JSON.stringify({ referral: 'gp', employment: 'employed' })),
        fc.constant(JSON.stringify({ referral: 'nav', employment: 'employed', sickLeaveGrade: 15 })),
        fc.constant(''),
        fc.constant('  '),
        fc.constant('{ broken'),
        fc.constant('[1,2]'),
        fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, '')),
      ),
      { minLength: 1, maxLength: 30 },
    ),
    fc.boolean(),
    fc.boolean(),
  ])('for any stream of lines: as many lines out as in, each carrying its input line number', async (input, crlf, finalNewline) => {
    const text = input.join(crlf ? '\r\n' : '\n') + (finalNewline ? '\n' : '');
    const r = await cli(['batch', '-'], text);
    // A final newline ends the last line; it does not start another.
    const expected = finalNewline || input.at(-1) !== '' ? input.length : input.length - 1;
    const out = r.out === '' ? [] : r.out.trimEnd().split('\n');
    expect(out).toHaveLength(expected);
    out.forEach((l, i) => {
      expect(JSON.parse(l).line).toBe(i + 1);
    });
    expect(r.code).toBe(out.some((l) => 'issues' in JSON.parse(l)) ? 1 : 0);
  });

  test.prop(
    [
      fc.array(
        fc.tuple(
          fc.oneof(eligibilityInput, fc.constant({ referral: 'nav', employment: 'x' } as unknown as EligibilityInput)),
          fc.option(fc.string(), { nil: undefined }),
        ),
        {
          minLength: 1,
          maxLength: 30,
        },
      ),
      fc.constantFrom('nb', 'en'),
    ],
    { numRuns: 60 },
  )('eligibility lines, cached or not, with ids or not, are the library result byte for byte', async (cases, locale) => {
    // Repeated classes come from the cache as encoded bytes, the others are written as text: the stream must not show it.
    const lines = [...cases, ...cases].map(([input, id]) => JSON.stringify(id === undefined ? input : { id, ...input }));
    const r = await cli(['batch', '--locale', locale, '-'], `${lines.join('\n')}\n`);
    const out = r.out.split('\n');
    expect(out).toHaveLength(lines.length + 1);
    [...cases, ...cases].forEach(([input, id], i) => {
      const head = id === undefined ? `{"line":${i + 1}` : `{"line":${i + 1},"id":${JSON.stringify(id)}`;
      let result: string;
      try {
        result = JSON.stringify(assessEligibility(input, { locale }));
      } catch (error) {
        result = JSON.stringify({ issues: (error as InvalidInputError).issues });
      }
      expect(out[i]).toBe(`${head},${result.slice(1)}`);
    });
  });

  test.prop([fc.constantFrom('assess', 'travel', 'terms', 'extension'), fc.integer({ min: 0, max: 20 })])(
    'a full output line is the line number and the library result, byte for byte as JSON.stringify writes it',
    async (kind, pick) => {
      const inputs: Record<string, unknown[]> = {
        assess: [
          { referral: 'nav', employment: 'employed' },
          { referral: 'gp', employment: 'not-employed', sickLeaveGrade: 50 },
        ],
        travel: [{ benefit: 'aap' }, { benefit: 'none' }],
        terms: [{ benefit: 'dagpenger' }],
        extension: [{ currentWeeks: 8, additionalWeeks: 4, need: true }],
      };
      const list = inputs[kind] as Record<string, unknown>[];
      const input = list[pick % list.length] as Record<string, unknown>;
      const r = await cli(['batch', '--kind', kind, '-'], JSON.stringify(input));
      const { run: call } = (await import('../../src/cli/kinds.js')).kindNamed(kind) as { run: (i: unknown, l: 'nb') => unknown };
      expect(r.out).toBe(`{"line":1,${JSON.stringify(call(input, 'nb')).slice(1)}\n`);
    },
  );
});

describe('the single commands', () => {
  test('extension, activities, followup-status, travel, terms: JSON in, the answer out in text or JSON', async () => {
    const ext = await cli(['extension', '-'], JSON.stringify({ currentWeeks: 5, additionalWeeks: 4, need: true }));
    expect(ext.code).toBe(0);
    expect(ext.out).toContain('Svar: NEI');
    expect(ext.out).toContain('RNNK tilbyr opphold på 4, 8 eller 12 uker; et opphold på 5 uker er ikke ett av dem.');
    const act = await cli(
      ['activities', '--locale', 'en', '-'],
      JSON.stringify({ stay: { start: '2027-01-04', employment: 'employed' }, activities: [] }),
    );
    expect(act.out.split('\n')[0]).toBe('The activity plan has issues:');
    const status = await cli(
      ['followup-status', '--format', 'json', '-'],
      JSON.stringify({ returnHome: '2027-01-31', held: [], asOf: '2027-04-01' }),
    );
    expect(JSON.parse(status.out)).toMatchObject({ held: 0, verdict: 'no' });
    const travel = await cli(['travel', '-'], JSON.stringify({ benefit: 'sykepenger' }));
    expect(travel.out.split('\n')[0]).toBe('Betaler reisen: deltakeren');
    const terms = await cli(['terms', '--format', 'json', '-'], JSON.stringify({ benefit: 'none' }));
    expect(JSON.parse(terms.out)).toMatchObject({ participantFeeNok: 0, keepsBenefit: 'no', mayQualifyForMeasureAllowance: 'yes' });
  });

  test('holidays, working-day, add-working-days', async () => {
    const h = await cli(['holidays', '--year', '2027']);
    expect(h.out).toContain('mandag 17. mai 2027');
    expect(h.out.trim().split('\n')).toHaveLength(12);
    expect((await cli(['holidays', '--year', '20x7'])).code).toBe(2);
    expect((await cli(['holidays'])).code).toBe(2);
    expect((await cli(['working-day', '2027-05-17'])).out).toBe('mandag 17. mai 2027: ikke virkedag\n');
    expect(JSON.parse((await cli(['working-day', '2027-05-18', '--format', 'json'])).out)).toEqual({
      date: '2027-05-18',
      workingDay: true,
    });
    expect(JSON.parse((await cli(['add-working-days', '2027-03-24', '1', '--format', 'json'])).out)).toEqual({ date: '2027-03-30' });
    expect(JSON.parse((await cli(['add-working-days', '2027-03-30', '-1', '--format', 'json'])).out)).toEqual({ date: '2027-03-24' });
    expect((await cli(['add-working-days', '2027-03-30', '1.5'])).code).toBe(2);
    expect((await cli(['working-day', '2027-02-30'])).code).toBe(1);
  });

  test('the text output names missing inputs by their question; JSON keeps the paths', async () => {
    const input = JSON.stringify({ referral: 'nav', employment: 'not-employed', workAbilityReduced: true });
    const text = await cli(['assess', '-'], input);
    expect(text.out).toContain(
      '  - Er det sannsynlig at personen åtte uker etter oppholdet er i arbeid, i arbeidsrettet aktivitet eller friskmeldt og registrert arbeidssøker?',
    );
    expect(text.out).not.toContain('prognosis.inWorkOrJobSeekingEightWeeksAfter');
    const json = await cli(['assess', '--format', 'json', '-'], input);
    expect(JSON.parse(json.out).missing).toContain('prognosis.inWorkOrJobSeekingEightWeeksAfter');
  });

  test('strict numbers and locales: 0x8, " 12 ", 4.0 are not numbers; --locale=en=junk is no locale', async () => {
    for (const weeks of ['0x8', ' 12 ', '4.0', '1e1'])
      expect((await cli(['plan', '--start', '2027-01-04', '--employment', 'employed', '--weeks', weeks])).code).toBe(2);
    expect((await cli(['--locale=en=junk', '--help'])).code).toBe(2);
    expect((await cli(['--locale=en', '--help'])).out).toContain('Usage:');
  });

  test('the help lists every command in both languages', async () => {
    const nb = (await cli(['--help'])).out;
    const en = (await cli(['--help', '--locale', 'en'])).out;
    for (const name of [
      'assess',
      'outcome',
      'plan',
      'extension',
      'activities',
      'followup',
      'followup-status',
      'travel',
      'terms',
      'holidays',
      'working-day',
      'add-working-days',
      'batch',
    ]) {
      expect(nb).toContain(`arr-rules ${name} `);
      expect(en).toContain(`arr-rules ${name} `);
    }
    expect(nb).toContain('Bruk:');
  });
});

describe('batch line splitting', async () => {
  const { lines } = await import('../../src/cli/run.js');
  /** The bytes of the lines joined, cut at the given places (taken modulo the length), as chunks of a stream. */
  const chunksOf = (texts: string[], cutAt: number[], crlf: boolean) => {
    const bytes = Buffer.from(texts.join(crlf ? '\r\n' : '\n'), 'utf8');
    const cuts = [...new Set(cutAt.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    return [0, ...cuts].map((from, i) => bytes.subarray(from, cuts[i] ?? bytes.length)).filter((c) => c.length > 0);
  };
  /**
   * The chunks, each its own buffer (as a stream gives them), or each read into the same buffer scribbled over first (as
   * a batch reads a named file): a line that kept any byte of an earlier chunk then shows.
   */
  const input = (chunks: Buffer[], reuse: boolean): AsyncIterable<Buffer> => {
    if (!reuse) return Readable.from(chunks);
    const one = Buffer.alloc(Math.max(1, ...chunks.map((c) => c.length)));
    return (async function* () {
      for (const chunk of chunks) {
        one.fill(0x2a);
        chunk.copy(one);
        yield one.subarray(0, chunk.length);
      }
    })();
  };
  /** A final newline ends the last line; it does not start an empty one. */
  const linesOf = (texts: string[]) => (texts.at(-1) === '' ? texts.slice(0, -1) : texts);

  test('LF, CRLF, a last line without newline, lines split across chunks', async () => {
    const out: string[] = [];
    for await (const l of lines(Readable.from(['a\r\nb', 'c\n', '\nd']))) out.push(l as string);
    expect(out).toEqual(['a', 'bc', '', 'd']);
  });
  test('a UTF-8 character or a CRLF split between two chunks comes through whole', async () => {
    // ø is C3 B8; the first cut falls between them, the second between the CR and the LF.
    const bytes = Buffer.from('ø\nœ\r\n', 'utf8');
    const out: string[] = [];
    for await (const l of lines(Readable.from([bytes.subarray(0, 1), bytes.subarray(1, 6), bytes.subarray(6)]))) out.push(l as string);
    expect(out).toEqual(['ø', 'œ']);
  });
  test.prop([
    fc.array(
      fc.string({ unit: 'grapheme' }).map((s) => s.replace(/[\r\n]/g, '')),
      { minLength: 1 },
    ),
    fc.array(fc.nat(), { maxLength: 8 }),
    fc.boolean(),
    fc.boolean(),
  ])(
    'any text, cut into chunks anywhere, in buffers of their own or one buffer reused, gives back its lines',
    async (texts, cutAt, crlf, reuse) => {
      const out: string[] = [];
      for await (const l of lines(input(chunksOf(texts, cutAt, crlf), reuse))) out.push(l as string);
      expect(out).toEqual(linesOf(texts));
    },
  );
  test.prop([
    fc.array(
      fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, '')),
      { minLength: 1 },
    ),
    fc.array(fc.nat(), { maxLength: 8 }),
    fc.boolean(),
    fc.integer({ min: 0, max: 20 }),
    fc.boolean(),
  ])(
    'with a limit, a line is too long exactly when its bytes (without a CR) are over it, wherever the chunks are cut',
    async (texts, cutAt, crlf, max, reuse) => {
      const out: unknown[] = [];
      for await (const l of lines(input(chunksOf(texts, cutAt, crlf), reuse), max)) out.push(l);
      const want = linesOf(texts).map((t) => {
        const n = Buffer.byteLength(t, 'utf8');
        return n > max ? { tooLong: n } : t;
      });
      expect(out).toEqual(want);
    },
  );
});
