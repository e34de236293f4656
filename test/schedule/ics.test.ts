import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { addWorkingDays } from '../../src/core/calendar.js';
import { isoOf, MAX_DAY, MIN_DATE, readDate } from '../../src/core/dates.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { foldLine, nextDay } from '../../src/core/ics.js';
import { planToICalendar } from '../../src/schedule/ics.js';
import { planStay, type StayPlan } from '../../src/schedule/plan.js';
import { deepFreeze, invalid } from '../helpers.js';

const STAMP = '2026-11-22T12:00:00Z';
const octets = (s: string) => new TextEncoder().encode(s).length;

/** RFC 5545 § 3.1: unfolding removes every CRLF followed by one space; the file ends in CRLF. */
function contentLines(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  return ics.slice(0, -2).replaceAll('\r\n ', '').split('\r\n');
}

/** The events of a file, each as its property lines keyed by name (with parameters). */
function events(ics: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  for (const line of contentLines(ics)) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT') {
      if (current !== undefined) out.push(current);
      current = undefined;
    } else if (current !== undefined) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return out;
}

const dayAfter = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10).replaceAll('-', '');
};

describe('planToICalendar: the file', () => {
  const plan = deepFreeze(planStay({ start: '2027-01-04', employment: 'employed' }));

  test('the whole file for an ordinary stay, as a calendar program reads it', async () => {
    await expect(planToICalendar(plan, STAMP)).toMatchFileSnapshot('../__snapshots__/stay-2027-01-04-employed.ics');
  });

  test('a calendar around one event per phase and per milestone, in that order', () => {
    const lines = contentLines(planToICalendar(plan, STAMP));
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//arr-rules//stay plan//NB',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    const all = events(planToICalendar(plan, STAMP));
    expect(all.map((e) => e.get('SUMMARY'))).toEqual([...plan.phases, ...plan.milestones].map((x) => x.title));
  });

  test('every event: a unique UID, the stamp, whole days from the first to the day after the last, shown as free time', () => {
    const all = events(planToICalendar(plan, STAMP, { locale: 'en' }));
    const spans = [...plan.phases.map((p) => [p.from, p.to]), ...plan.milestones.map((m) => [m.date, m.date])];
    expect(all).toHaveLength(spans.length);
    expect(new Set(all.map((e) => e.get('UID'))).size).toBe(all.length);
    all.forEach((e, i) => {
      const [from = '', to = ''] = spans[i] ?? [];
      expect(e.get('UID')).toMatch(/^20270104-4w-employed-[a-z0-9-]+@arr-rules$/);
      expect(e.get('DTSTAMP')).toBe('20261122T120000Z');
      expect(e.get('DTSTART;VALUE=DATE')).toBe(from.replaceAll('-', ''));
      expect(e.get('DTEND;VALUE=DATE')).toBe(dayAfter(to));
      expect(e.get('TRANSP')).toBe('TRANSPARENT');
    });
  });

  test('the description cites each source by section, escaped as TEXT', () => {
    const [first] = events(planToICalendar(plan, STAMP));
    const cited = plan.phases[0]?.sources.map((s) => `${s.source}: ${s.section}`).join('; ') ?? '';
    expect(first?.get('DESCRIPTION')).toBe(cited.replaceAll(',', '\\,').replaceAll(';', '\\;'));
  });

  test('a milestone that falls twice on one day still gets two UIDs', () => {
    const twice: StayPlan = { ...plan, milestones: [plan.milestones[0], plan.milestones[0]].filter((m) => m !== undefined) };
    const uids = events(planToICalendar(twice, STAMP)).map((e) => e.get('UID'));
    expect(new Set(uids).size).toBe(uids.length);
  });

  test('backslash, semicolon, comma and line breaks in a title are escaped (RFC 5545 § 3.3.11)', () => {
    const phases = plan.phases.map((p, i) => (i === 0 ? { ...p, title: 'a\\b;c,d\ne\r\nf' } : p));
    const [first] = events(planToICalendar({ ...plan, phases }, STAMP));
    expect(first?.get('SUMMARY')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  test.prop([fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.boolean()])(
    'any stay: only CRLF line ends, no line over 75 octets, one event per phase and milestone',
    (date, employed) => {
      const p = planStay({ start: addWorkingDays(date.toISOString().slice(0, 10), 1), employment: employed ? 'employed' : 'not-employed' });
      const ics = planToICalendar(p, STAMP);
      for (const line of ics.slice(0, -2).split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
      expect(events(ics)).toHaveLength(p.phases.length + p.milestones.length + p.holidays.length);
    },
  );
});

describe('planToICalendar: the time stamp', () => {
  const plan = planStay({ start: '2027-01-04', employment: 'employed' });
  const stampOf = (s: string) => events(planToICalendar(plan, s))[0]?.get('DTSTAMP');

  test('a UTC instant, with or without fractions of a second; a leap second is allowed', () => {
    expect(stampOf('2026-11-22T23:59:59Z')).toBe('20261122T235959Z');
    expect(stampOf('2026-11-22T00:00:00.5Z')).toBe('20261122T000000Z');
    expect(stampOf('2026-11-22T12:34:56.789Z')).toBe('20261122T123456Z');
    expect(stampOf('2016-12-31T23:59:60Z')).toBe('20161231T235960Z');
  });

  test.each([
    ['x2026-11-22T12:00:00Z'],
    ['2026-11-22T12:00:00Zx'],
    ['2026-11-22T12:00:00+01:00'],
    ['2026-11-22T12:00:00'],
    ['2026-11-22T12:00:00.Z'],
    ['2026-11-22T12:00:00.abcZ'],
    ['2026-11-22 12:00:00Z'],
    ['2026-02-29T12:00:00Z'],
    ['2026-13-01T12:00:00Z'],
    ['2026-11-22T24:00:00Z'],
    ['2026-11-22T12:60:00Z'],
    ['2026-11-22T12:00:61Z'],
  ])('%s is not a UTC instant', (s) => {
    expect(invalid(() => planToICalendar(plan, s)).issues).toEqual([
      { path: 'dtstamp', message: 'Forventet et UTC-tidspunkt på formen ÅÅÅÅ-MM-DDTTT:mm:ssZ.' },
    ]);
  });

  test('not a string; named in the caller’s language', () => {
    expect(invalid(() => planToICalendar(plan, 1 as never, { locale: 'en' })).issues).toEqual([
      { path: 'dtstamp', message: 'Expected a UTC instant written YYYY-MM-DDTHH:mm:ssZ.' },
    ]);
  });
});

describe('planToICalendar: a plan that is not one', () => {
  const plan = planStay({ start: '2027-01-04', employment: 'employed' });

  test('a phase that ends before it begins is named; a one-day phase is fine', () => {
    const backwards = plan.phases.map((p, i) => (i === 1 ? { ...p, to: '2027-01-24' } : p));
    expect(invalid(() => planToICalendar({ ...plan, phases: backwards }, STAMP)).issues).toEqual([
      { path: 'phases.1.to', message: 'En fase kan ikke slutte før den begynner.' },
    ]);
    const en = invalid(() => planToICalendar({ ...plan, phases: backwards }, STAMP, { locale: 'en' }));
    expect(en.issues[0]?.message).toBe('A phase cannot end before it begins.');
    const oneDay = plan.phases.map((p, i) => (i === 1 ? { ...p, to: p.from } : p));
    expect(events(planToICalendar({ ...plan, phases: oneDay }, STAMP))[1]?.get('DTEND;VALUE=DATE')).toBe('20270126');
  });

  test('a phase with an impossible start is named once, at from, not again as ending before it', () => {
    const bad = plan.phases.map((p, i) => (i === 1 ? { ...p, from: '2027-02-30' } : p));
    expect(invalid(() => planToICalendar({ ...plan, phases: bad }, STAMP)).issues.map((i) => i.path)).toEqual(['phases.1.from']);
  });

  test('every problem at once: the plan’s and the stamp’s', () => {
    const issues = invalid(() => planToICalendar({ ...plan, weeks: 0 }, 'now')).issues;
    expect(issues.map((i) => i.path)).toEqual(['weeks', 'dtstamp']);
  });
});

describe('nextDay: DTEND of an all-day event', () => {
  test('every day of 1999 to 2101, months of 28 to 31 days and leap days, and the ends of the range', () => {
    const first = readDate('1999-01-01') as number;
    const last = readDate('2101-12-31') as number;
    const wrong: string[] = [];
    for (let day = first; day <= last; day += 1) {
      const expected = isoOf(day + 1).replaceAll('-', '');
      if (nextDay(isoOf(day)) !== expected) wrong.push(isoOf(day));
    }
    expect(wrong).toEqual([]);
    expect(nextDay(MIN_DATE)).toBe('15830102');
    expect(nextDay(isoOf(MAX_DAY - 1))).toBe('99991231');
    expect(nextDay('2000-02-28')).toBe('20000229');
    expect(nextDay('2100-02-28')).toBe('21000301');
    expect(nextDay('2027-01-09')).toBe('20270110');
    expect(nextDay('2027-01-27')).toBe('20270128');
  });
});

describe('foldLine (RFC 5545 § 3.1)', () => {
  test('75 octets stay on one line; the 76th starts a continuation line of at most 74 more', () => {
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
    expect(foldLine('A'.repeat(75 + 74))).toBe(`${'A'.repeat(75)}\r\n ${'A'.repeat(74)}`);
    expect(foldLine('A'.repeat(75 + 75))).toBe(`${'A'.repeat(75)}\r\n ${'A'.repeat(74)}\r\n A`);
    expect(foldLine('')).toBe('');
  });

  // A character is never split: the UTF-8 width of the last one decides whether it still fits.
  test.each([
    ['007F', 1],
    ['0080', 2],
    ['07FF', 2],
    ['0800', 3],
    ['FFFF', 3],
    ['10000', 4],
    ['10FFFF', 4],
  ])('U+%s is %i octets wide', (hex, width) => {
    const char = String.fromCodePoint(Number.parseInt(hex, 16));
    const fits = 'A'.repeat(75 - width) + char;
    expect(foldLine(fits)).toBe(fits);
    const over = `A${fits}`;
    expect(foldLine(over)).toBe(`${'A'.repeat(76 - width)}\r\n ${char}`);
  });

  // A content line holds no line break (escapeText writes a newline as \\n); one made here would be split on like a fold.
  // Both paths: any code point, and ASCII only (folded by length).
  const contentLine = fc
    .oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'binary-ascii', maxLength: 400 }))
    .map((s) => s.replace(/[\r\n]/g, ''));
  test.prop([contentLine])('unfolds to the line; every part fits, and is as long as it can be', (line) => {
    const parts = foldLine(line).split('\r\n');
    const text = parts.map((p, i) => (i === 0 ? p : p.slice(1)));
    expect(text.join('')).toBe(line);
    parts.forEach((part, i) => {
      expect(octets(part)).toBeLessThanOrEqual(75);
      if (i > 0) expect(part.startsWith(' ')).toBe(true);
      const next = text[i + 1];
      if (next !== undefined) expect(octets(part) + octets(String.fromCodePoint(next.codePointAt(0) ?? 0))).toBeGreaterThan(75);
    });
  });
});

describe('planToICalendar: only what it can write safely', () => {
  const plan = planStay({ start: '2027-01-04', employment: 'employed' });
  const write = (p: unknown, stamp = STAMP) => planToICalendar(p as StayPlan, stamp, { locale: 'en' });

  test('an id outside the closed sets is refused, so no UID can carry a line break', () => {
    const injected = { ...plan, phases: [{ ...plan.phases[0], id: 'mapping\r\nBEGIN:VEVENT' }] };
    expect(invalid(() => write(injected)).issues.map((i) => i.path)).toEqual(['phases.0.id']);
  });

  test('a title with a control character is refused; line breaks of every kind are escaped', () => {
    for (const bad of ['bell\u0007', 'nul\u0000', 'del\u007f', 'c1\u0085', 'half\ud800']) {
      const p = { ...plan, milestones: [{ ...plan.milestones[0], title: bad }] };
      expect(invalid(() => write(p)).issues.map((i) => i.path)).toEqual(['milestones.0.title']);
    }
    const broken = { ...plan, milestones: [{ ...plan.milestones[0], title: 'a\rb\nc\r\nd' }] };
    const [first] = events(write(broken)).slice(plan.phases.length);
    expect(first?.get('SUMMARY')).toBe('a\\nb\\nc\\nd');
  });

  test('an event on the last supported day, a plan ending before it starts, and two events with one UID are refused', () => {
    const last = { ...plan, milestones: [{ ...plan.milestones[0], date: '9999-12-31' }] };
    expect(invalid(() => write(last)).issues).toEqual([
      {
        path: 'milestones.0',
        message: 'An event on 9999-12-31 cannot be written: the calendar needs the day after, which is outside the supported range.',
      },
    ]);
    expect(invalid(() => write({ ...plan, end: '2027-01-03' })).issues).toEqual([
      { path: 'end', message: 'A stay cannot end before it begins.' },
    ]);
    const twice = { ...plan, phases: [plan.phases[0], plan.phases[0]] };
    expect(invalid(() => write(twice)).issues).toEqual([
      { path: 'phases.1', message: 'Two events of the plan are the same (same id and date); a calendar would keep only one.' },
    ]);
  });

  test('second 60 only as UTC inserts a leap second: 23:59:60 on 30 June or 31 December', () => {
    expect(() => write(plan, '2016-12-31T23:59:60Z')).not.toThrow();
    expect(() => write(plan, '2015-06-30T23:59:60Z')).not.toThrow();
    for (const stamp of ['2026-11-22T12:00:60Z', '2026-12-31T22:59:60Z', '2026-03-31T23:59:60Z']) {
      expect(invalid(() => write(plan, stamp)).issues.map((i) => i.path)).toEqual(['dtstamp']);
    }
  });

  test.prop([
    fc.integer({ min: readDate(MIN_DATE) as number, max: MAX_DAY - 27 }),
    fc.constantFrom('employed' as const, 'not-employed' as const),
    fc.constantFrom(4 as const, 8 as const, 12 as const),
    fc.constantFrom('nb' as const, 'en' as const),
  ])(
    'a plan as planStay made it gives the file its copy gives, which is checked in full: unique UIDs, or the same issues',
    (from, employment, weeks, locale) => {
      let day = from;
      while (addWorkingDays(isoOf(day), 0) !== isoOf(day)) day += 1;
      if (day + 7 * weeks - 1 > MAX_DAY) return;
      const made = planStay({ start: isoOf(day), employment, weeks }, { locale });
      const outcome = (p: StayPlan) => {
        try {
          return planToICalendar(p, STAMP, { locale });
        } catch (error) {
          return (error as InvalidInputError).issues;
        }
      };
      const trusted = outcome(made);
      expect(trusted).toEqual(outcome(structuredClone(made)));
      if (typeof trusted === 'string') {
        const uids = events(trusted).map((e) => e.get('UID'));
        expect(new Set(uids).size).toBe(uids.length);
      }
    },
  );

  test('a stay over Easter lists its holidays, and the file has an event for each', () => {
    const easter = planStay({ start: '2027-03-08', employment: 'employed' });
    expect(easter.holidays).toEqual([
      { date: '2027-03-25', name: 'skjærtorsdag' },
      { date: '2027-03-26', name: 'langfredag' },
      { date: '2027-03-28', name: '1. påskedag' },
      { date: '2027-03-29', name: '2. påskedag' },
    ]);
    const all = events(write(easter));
    const holidays = all.filter((e) => e.get('SUMMARY')?.startsWith('Public holiday: '));
    expect(holidays.map((e) => e.get('DTSTART;VALUE=DATE'))).toEqual(['20270325', '20270326', '20270328', '20270329']);
    expect(new Set(all.map((e) => e.get('UID'))).size).toBe(all.length);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 60 })])(
    'for any title: InvalidInputError, or a file whose lines are CRLF-separated, at most 75 octets, free of control characters',
    (title, name) => {
      const p = { ...plan, milestones: [{ ...plan.milestones[0], title }], holidays: [{ date: '2027-01-06', name }] };
      let ics: string;
      try {
        ics = write(p);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        return;
      }
      for (const line of ics.slice(0, -2).split('\r\n')) {
        expect(octets(line)).toBeLessThanOrEqual(75);
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for control characters
        expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
      }
      const parsed = events(ics);
      expect(parsed).toHaveLength(plan.phases.length + 2);
      expect(parsed[plan.phases.length]?.get('SUMMARY')).toBe(
        title
          .replace(/\\/g, '\\\\')
          .replace(/;/g, '\\;')
          .replace(/,/g, '\\,')
          .replace(/\r\n|\r|\n/g, '\\n'),
      );
    },
  );
});

// A plan that planStay gave, unchanged, is made again and compared instead of validated; any change sends it
// through the full validation. Either way the file and the issues are those of a copy of the plan.
describe('planToICalendar: a plan as planStay gave it, and the same plan changed', () => {
  const copyOf = (plan: StayPlan) => structuredClone(plan);

  test.prop([
    fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
    fc.constantFrom<'employed' | 'not-employed'>('employed', 'not-employed'),
    fc.constantFrom<4 | 8 | 12>(4, 8, 12),
    fc.constantFrom<'nb' | 'en'>('nb', 'en'),
    fc.constantFrom<'nb' | 'en'>('nb', 'en'),
  ])('the file is the one written for a copy of the plan, byte for byte', (date, employment, weeks, planLocale, fileLocale) => {
    const start = addWorkingDays(date.toISOString().slice(0, 10), 1);
    const plan = planStay({ start, employment, weeks }, { locale: planLocale });
    expect(planToICalendar(plan, STAMP, { locale: fileLocale })).toBe(planToICalendar(copyOf(plan), STAMP, { locale: fileLocale }));
  });

  const changes: [string, (plan: { -readonly [K in keyof StayPlan]: unknown }) => void][] = [
    ['a phase that now ends before it begins', (p) => Object.assign((p.phases as StayPlan['phases'])[1] as object, { to: '2027-01-01' })],
    [
      'a title with a control character',
      (p) => Object.assign((p.milestones as StayPlan['milestones'])[0] as object, { title: 'a\u0007b' }),
    ],
    ['a key the plan does not have', (p) => Object.assign(p, { extra: 1 })],
    ['an unknown milestone id', (p) => Object.assign((p.milestones as StayPlan['milestones'])[2] as object, { id: 'party' })],
    ['weeks of 0', (p) => Object.assign(p, { weeks: 0 })],
    ['a key named by a symbol', (p) => Object.assign(p, { [Symbol('x')]: 1 })],
  ];
  test.each(changes)('changed in place (%s): the same issues as for a copy so changed', (_, change) => {
    const plan = planStay({ start: '2027-01-04', employment: 'employed' });
    const copy = copyOf(plan);
    change(plan as never);
    change(copy as never);
    const issues = invalid(() => planToICalendar(plan, STAMP)).issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(issues).toEqual(invalid(() => planToICalendar(copy, STAMP)).issues);
  });

  test('a title changed in place to another valid one is written as changed, not as planStay made it', () => {
    const plan = planStay({ start: '2027-01-04', employment: 'employed' });
    (plan.milestones[0] as { title: string }).title = 'Velkommen';
    const summaries = events(planToICalendar(plan, STAMP)).map((e) => e.get('SUMMARY'));
    expect(summaries).toContain('Velkommen');
    expect(summaries).not.toContain(planStay({ start: '2027-01-04', employment: 'employed' }).milestones[0]?.title);
  });

  test('each value is read once, whether the plan is trusted or validated', () => {
    for (const title of [undefined, 'Velkommen']) {
      const plan = planStay({ start: '2027-01-04', employment: 'employed' });
      const first = plan.milestones[0] as { title: string };
      const planned = first.title;
      let reads = 0;
      Object.defineProperty(first, 'title', {
        enumerable: true,
        get() {
          reads += 1;
          return reads === 1 ? (title ?? planned) : 'read again';
        },
      });
      const summaries = events(planToICalendar(plan, STAMP)).map((e) => e.get('SUMMARY'));
      expect(reads).toBe(1);
      expect(summaries).toContain(title ?? planned);
      expect(summaries).not.toContain('read again');
    }
  });

  test('a getter that throws while the plan is read: named as for any plan, not thrown as it is', () => {
    const plan = planStay({ start: '2027-01-04', employment: 'employed' });
    Object.defineProperty(plan, 'end', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(invalid(() => planToICalendar(plan, STAMP)).issues.map((i) => i.path)).toEqual(['end']);
  });
});
