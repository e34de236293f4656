import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isoOf, readDate } from '../../src/core/dates.js';
import { assessFollowUpPlan, type FollowUpMeeting, followUpStatus, followUpWindow } from '../../src/followup/followup.js';
import { expectCatalogued, invalid } from '../helpers.js';

const R = '2027-01-31';
const ok: FollowUpMeeting[] = [
  { date: '2027-02-10', time: '10:00', mode: 'phone' },
  { isoWeek: { year: 2027, week: 9 }, mode: 'phone' },
  { isoWeek: { year: 2027, week: 12 }, mode: 'on-site' },
];
const failed = (e: ReturnType<typeof assessFollowUpPlan>) => e.children.filter((c) => c.verdict === 'no');

describe('followUpWindow (decision 14)', () => {
  test('R+1 … R+56, over a leap day too', () => {
    expect(followUpWindow(R)).toEqual({ from: '2027-02-01', to: '2027-03-28' });
    expect(followUpWindow('2028-02-01')).toEqual({ from: '2028-02-02', to: '2028-03-28' });
    expect(invalid(() => followUpWindow('2027-02-29')).issues[0]?.path).toBe('returnHome');
  });
});

describe('assessFollowUpPlan', () => {
  test('three in the window, the first dated and timed: yes', () => {
    const e = assessFollowUpPlan({ returnHome: R, meetings: ok });
    expect(e.verdict).toBe('yes');
    expectCatalogued(e);
  });

  test('the first and last day of the window count; the day after and the return day do not', () => {
    const at = (date: string) =>
      assessFollowUpPlan({ returnHome: R, meetings: [{ date, time: '09:00', mode: 'phone' }, ...ok.slice(1)] }).verdict;
    expect(at('2027-02-01')).toBe('yes');
    expect(at('2027-01-31')).toBe('no');
    const last = (date: string) =>
      assessFollowUpPlan({ returnHome: R, meetings: [ok[0] as FollowUpMeeting, ok[1] as FollowUpMeeting, { date, mode: 'phone' }] })
        .verdict;
    expect(last('2027-03-28')).toBe('yes');
    expect(last('2027-03-29')).toBe('no');
  });

  test('a booked week must overlap the window: week 13 (29 March …) does not, week 12 does', () => {
    const e = assessFollowUpPlan(
      { returnHome: R, meetings: [...ok.slice(0, 2), { isoWeek: { year: 2027, week: 13 }, mode: 'phone' }] },
      { locale: 'en' },
    );
    expect(e.verdict).toBe('no');
    expect(failed(e).map((c) => c.reason)).toEqual([expect.stringContaining('Conversation 3 (week 13 of 2027) lies outside the window')]);
  });

  test('fewer than three, two on one day, a first without time, a first booked by week', () => {
    expect(failed(assessFollowUpPlan({ returnHome: R, meetings: ok.slice(0, 2) }))[0]?.reason).toBe(
      'Bare 2 samtaler er avtalt; minst 3 kreves.',
    );
    expect(failed(assessFollowUpPlan({ returnHome: R, meetings: ok.slice(0, 1) }, { locale: 'en' }))[0]?.reason).toBe(
      'Only 1 conversation is booked; at least 3 are required.',
    );
    expect(failed(assessFollowUpPlan({ returnHome: R, meetings: ok.slice(0, 1) }))[0]?.reason).toBe(
      'Bare 1 samtale er avtalt; minst 3 kreves.',
    );
    const same = assessFollowUpPlan({ returnHome: R, meetings: [...ok.slice(0, 2), { date: '2027-02-10', mode: 'phone' }] });
    expect(failed(same)[0]?.rule).toBe('followup.at-least-three');
    const noTime = assessFollowUpPlan(
      { returnHome: R, meetings: [{ date: '2027-02-10', mode: 'phone' }, ...ok.slice(1)] },
      { locale: 'en' },
    );
    expect(failed(noTime)[0]?.reason).toContain('has no time');
    const weekFirst = assessFollowUpPlan({ returnHome: R, meetings: [{ isoWeek: { year: 2027, week: 6 }, mode: 'phone' }, ...ok] });
    expect(failed(weekFirst)[0]?.rule).toBe('followup.first-dated-and-timed');
  });

  test('with the employment status, who follows up is a note on the answer, never a verdict nothing checked', () => {
    const e = assessFollowUpPlan({ returnHome: R, meetings: ok, employment: 'not-employed' });
    expect(e.children.map((c) => c.rule)).not.toContain('followup.responsibility');
    expect(e.notes).toEqual([
      {
        rule: 'followup.responsibility',
        text: 'Personen har ikke arbeidsforhold: videre oppfølging etter tiltaket ivaretas hovedsakelig av NAV-kontoret.',
        sources: [
          { source: 'nav-arr', section: 'Når du har et arbeidsforhold' },
          { source: 'nav-arr', section: 'Når du ikke har et arbeidsforhold' },
        ],
      },
    ]);
    const en = assessFollowUpPlan({ returnHome: R, meetings: ok, employment: 'employed' }, { locale: 'en' });
    expect(en.notes?.map((n) => n.text)).toEqual([
      'The person has an employment relationship: further follow-up at the employer is to be anchored by the end of the measure.',
    ]);
    // The note changes no verdict, and without the employment there is none.
    expect(en.verdict).toBe(assessFollowUpPlan({ returnHome: R, meetings: ok }).verdict);
    expect(assessFollowUpPlan({ returnHome: R, meetings: ok })).not.toHaveProperty('notes');
  });

  test('different days: two in different weeks are; two in one week, or a date inside a booked week, are not known yet', () => {
    const count = (meetings: FollowUpMeeting[], locale: 'nb' | 'en' = 'nb') =>
      assessFollowUpPlan({ returnHome: R, meetings }, { locale }).children.find((c) => c.rule === 'followup.at-least-three');
    const first = ok[0] as FollowUpMeeting;
    const week = (w: number): FollowUpMeeting => ({ isoWeek: { year: 2027, week: w }, mode: 'phone' });
    expect(count([first, week(9), week(12)])).toMatchObject({
      verdict: 'yes',
      reason: 'Samtalene er avtalt på 3 ulike dager; minst 3 kreves.',
    });
    expect(count([first, week(9), week(12), week(12)])?.reason).toBe('Samtalene er avtalt på minst 3 ulike dager; minst 3 kreves.');
    expect(count([first, { date: '2027-03-01', mode: 'phone' }, { date: '2027-03-08', mode: 'phone' }], 'en')).toMatchObject({
      verdict: 'yes',
      reason: 'The conversations are booked on 3 different days; at least 3 are required.',
    });
    const sameWeek = count([first, week(9), week(9)]);
    expect(sameWeek).toMatchObject({
      verdict: 'undetermined',
      missing: ['meetings.1.date', 'meetings.2.date'],
      reason:
        'Samtale 2 (uke 9 i 2027) og samtale 3 (uke 9 i 2027) er avtalt i en uke med en annen samtale; om det blir 3 ulike dager, avgjøres når datoene er satt.',
    });
    // 2027-02-10 is in week 6: the week-6 meeting may fall on that day.
    const dateInWeek = count([first, week(6), week(12)], 'en');
    expect(dateInWeek).toMatchObject({ verdict: 'undetermined', missing: ['meetings.1.date'] });
    // A fourth meeting in another week settles it whatever the shared week holds.
    expect(count([first, week(9), week(9), week(11)])?.verdict).toBe('yes');
    // Three on one day are one day, however many more weeks could add.
    const oneDay: FollowUpMeeting = { date: '2027-02-10', mode: 'phone' };
    expect(count([first, oneDay, oneDay], 'en')).toMatchObject({
      verdict: 'no',
      reason: 'The conversations are booked on only 1 day; at least 3 conversations on different days are required.',
    });
  });

  test('ISO weeks across the turn of the year: week 53 of 2026 exists, of 2027 does not, 54 never', () => {
    const home = '2026-12-20';
    const meetings: FollowUpMeeting[] = [
      { date: '2026-12-23', time: '10:00', mode: 'phone' },
      { isoWeek: { year: 2026, week: 53 }, mode: 'phone' },
      { isoWeek: { year: 2027, week: 2 }, mode: 'phone' },
    ];
    expect(assessFollowUpPlan({ returnHome: home, meetings }).verdict).toBe('yes');
    const e = invalid(() =>
      assessFollowUpPlan({
        returnHome: home,
        meetings: [
          { isoWeek: { year: 2027, week: 53 }, mode: 'phone' },
          { isoWeek: { year: 2027, week: 54 }, mode: 'phone' },
          { date: '2027-01-05', time: '25:00', mode: 'phone' },
          { date: '2027-01-05', mode: 'video' as 'phone' },
        ],
      }),
    );
    expect(e.issues.map((i) => i.path)).toEqual([
      'meetings.0.isoWeek.week',
      'meetings.1.isoWeek.week',
      'meetings.2.time',
      'meetings.3.mode',
    ]);
    expect(e.issues[0]?.message).toBe('Uke 53 finnes ikke i 2027; 2027 har 52 uker.');
  });

  test('a meeting needs exactly one of date and week', () => {
    const e = invalid(() =>
      assessFollowUpPlan({
        returnHome: R,
        meetings: [
          { mode: 'phone' } as FollowUpMeeting,
          { date: '2027-02-02', isoWeek: { year: 2027, week: 5 }, mode: 'phone' } as FollowUpMeeting,
        ],
      }),
    );
    const message = 'En oppfølgingssamtale avtales enten med dato (date) eller med uke (isoWeek), ikke begge og ikke ingen.';
    expect(e.issues).toEqual([
      { path: 'meetings.0', message },
      { path: 'meetings.1', message },
    ]);
    const en = invalid(() => assessFollowUpPlan({ returnHome: R, meetings: [{ mode: 'phone' } as FollowUpMeeting] }, { locale: 'en' }));
    expect(en.issues).toEqual([
      {
        path: 'meetings.0',
        message: 'A follow-up is booked either with a date (date) or with a week (isoWeek), not both and not neither.',
      },
    ]);
  });

  test('a week that does not exist in its year is named with the year’s count of weeks', () => {
    const meetings = [{ isoWeek: { year: 2027, week: 53 }, mode: 'phone' }] as FollowUpMeeting[];
    expect(invalid(() => assessFollowUpPlan({ returnHome: R, meetings }, { locale: 'en' })).issues).toEqual([
      { path: 'meetings.0.isoWeek.week', message: 'Week 53 does not exist in 2027; 2027 has 52 weeks.' },
    ]);
    expect(invalid(() => assessFollowUpPlan({ returnHome: R, meetings })).issues[0]?.message).toBe(
      'Uke 53 finnes ikke i 2027; 2027 har 52 uker.',
    );
  });
});

const home = fc.integer({ min: readDate('2000-01-01') as number, max: readDate('2100-01-01') as number });
const offsets = fc.uniqueArray(fc.integer({ min: 1, max: 56 }), { minLength: 3, maxLength: 6 });

describe('properties', () => {
  test.prop([home, offsets])('a booking valid for R has all its dates inside R+1 … R+56', (r, days) => {
    const meetings: FollowUpMeeting[] = days.map((d, i) => ({
      date: isoOf(r + d),
      ...(i === 0 ? { time: '09:00' } : {}),
      mode: 'phone' as const,
    }));
    meetings.sort((a, b) => ('date' in a && 'date' in b ? a.date.localeCompare(b.date) : 0));
    const first = meetings[0];
    if (first && 'date' in first) meetings[0] = { ...first, time: '09:00' };
    const e = assessFollowUpPlan({ returnHome: isoOf(r), meetings });
    expect(e.verdict).toBe('yes');
    for (const m of meetings) if ('date' in m) expect(m.date > isoOf(r) && m.date <= isoOf(r + 56)).toBe(true);
  });

  test.prop([home, offsets, fc.nat(), fc.integer({ min: 57, max: 400 })])(
    'moving any meeting past R+56 makes it no',
    (r, days, pick, past) => {
      const sorted = [...days].sort((a, b) => a - b);
      const meetings: FollowUpMeeting[] = sorted.map((d, i) => ({
        date: isoOf(r + d),
        ...(i === 0 ? { time: '09:00' } : {}),
        mode: 'on-site' as const,
      }));
      const i = pick % meetings.length;
      meetings[i] = { date: isoOf(r + past + 1000), time: '09:00', mode: 'on-site' };
      expect(assessFollowUpPlan({ returnHome: isoOf(r), meetings }).verdict).toBe('no');
    },
  );

  test.prop([home, fc.array(fc.integer({ min: -30, max: 120 }), { maxLength: 10 }), fc.integer({ min: 0, max: 200 })])(
    'status never counts more held meetings than were given, nor any outside the window',
    (r, offs, asOfOffset) => {
      const asOf = r + asOfOffset;
      const held = offs.filter((o) => r + o <= asOf).map((o) => isoOf(r + o));
      const s = followUpStatus({ returnHome: isoOf(r), held, asOf: isoOf(asOf) });
      expect(s.held).toBeLessThanOrEqual(held.length);
      expect(s.held).toBe(new Set(offs.filter((o) => o >= 1 && o <= 56 && r + o <= asOf)).size);
      expect(s.held + s.remaining).toBeGreaterThanOrEqual(3);
      if (s.verdict === 'no') expect(asOf).toBeGreaterThan(r + 56);
      expectCatalogued(s.evaluation);
    },
  );
});

describe('followUpStatus', () => {
  test('met, still open, closed short', () => {
    expect(followUpStatus({ returnHome: R, held: ['2027-02-05', '2027-02-20', '2027-03-28'], asOf: '2027-03-28' })).toMatchObject({
      held: 3,
      remaining: 0,
      verdict: 'yes',
    });
    expect(followUpStatus({ returnHome: R, held: ['2027-02-05'], asOf: '2027-03-28' })).toMatchObject({
      held: 1,
      remaining: 2,
      verdict: 'undetermined',
      deadline: '2027-03-28',
    });
    expect(followUpStatus({ returnHome: R, held: ['2027-02-05', '2027-03-29'], asOf: '2027-03-29' })).toMatchObject({
      held: 1,
      verdict: 'no',
    });
    expect(followUpStatus({ returnHome: R, held: ['2027-02-05', '2027-02-05', '2027-02-06'], asOf: '2027-04-01' })).toMatchObject({
      held: 2,
      verdict: 'no',
    });
  });
  test('a held date after asOf is invalid input', () => {
    expect(invalid(() => followUpStatus({ returnHome: R, held: ['2027-02-05', '2027-03-01'], asOf: '2027-02-10' })).issues).toEqual([
      { path: 'held.1', message: '2027-03-01 er etter 2027-02-10; en holdt samtale kan ikke ligge etter dagen for sjekken.' },
    ]);
  });
});

describe('follow-up edges found by mutation testing', () => {
  test('the window may end on the last day of the supported range, not after it', () => {
    expect(followUpWindow('9999-11-05')).toEqual({ from: '9999-11-06', to: '9999-12-31' });
    expect(invalid(() => followUpWindow('9999-11-06')).issues.map((i) => i.path)).toEqual(['returnHome']);
    // The booking and the status read the same window, and name the same field.
    const range = [{ path: 'returnHome', message: 'Resultatet ville falle utenfor det støttede området 1583-01-01 … 9999-12-31.' }];
    expect(invalid(() => assessFollowUpPlan({ returnHome: '9999-11-06', meetings: [] })).issues).toEqual(range);
    expect(invalid(() => followUpStatus({ returnHome: '9999-11-06', held: [], asOf: '9999-11-07' })).issues).toEqual(range);
  });

  test('a booked week overlapping the window by one day is inside, at either end; a week just outside is not', () => {
    const inWindow = (returnHome: string, week: number) => {
      const e = assessFollowUpPlan({ returnHome, meetings: [{ isoWeek: { year: 2027, week }, mode: 'phone' }] });
      return e.children.find((c) => c.rule === 'followup.meeting-in-window')?.verdict;
    };
    // R = Saturday 2027-02-06: the window starts Sunday 7 February, the last day of week 5 (1–7 February).
    expect(inWindow('2027-02-06', 5)).toBe('yes');
    // R = Sunday 2027-02-07: the window starts Monday 8 February; week 5 lies wholly before it.
    expect(inWindow('2027-02-07', 5)).toBe('no');
    // R = Monday 2027-02-01: the window ends Monday 29 March (R+56), the first day of week 13 (29 March – 4 April).
    expect(inWindow('2027-02-01', 13)).toBe('yes');
    // R = Sunday 2027-01-31: the window ends Sunday 28 March; week 13 lies wholly after it.
    expect(inWindow('2027-01-31', 13)).toBe('no');
  });

  test('a week outside the window is named in the reason', () => {
    const dated = { date: '2027-02-10', time: '10:00', mode: 'phone' } as const;
    const before = assessFollowUpPlan(
      {
        returnHome: '2027-02-07',
        meetings: [dated, { isoWeek: { year: 2027, week: 5 }, mode: 'phone' }, { date: '2027-02-20', mode: 'phone' }],
      },
      { locale: 'en' },
    );
    expect(
      failed(before)
        .filter((c) => c.rule === 'followup.meeting-in-window')
        .map((c) => c.reason),
    ).toEqual([
      'Conversation 2 (week 5 of 2027) lies outside the window 2027-02-08 – 2027-04-04 (the first 8 weeks after the return home).',
    ]);
  });

  test('the first conversation is the earliest, wherever it stands in the list; a dated one before a week the same Monday', () => {
    const later = { isoWeek: { year: 2027, week: 9 }, mode: 'phone' } as const;
    const listedLast = assessFollowUpPlan({
      returnHome: R,
      meetings: [later, { date: '2027-03-10', mode: 'phone' }, { date: '2027-02-10', time: '09:00', mode: 'on-site' }],
    });
    expect(listedLast.verdict).toBe('yes');
    // Week 7 of 2027 starts Monday 15 February; a dated meeting that Monday counts as first, before the week.
    const sameMonday = assessFollowUpPlan({
      returnHome: R,
      meetings: [{ isoWeek: { year: 2027, week: 7 }, mode: 'phone' }, { date: '2027-02-15', time: '09:00', mode: 'phone' }, later],
    });
    expect(sameMonday.children.find((c) => c.rule === 'followup.first-dated-and-timed')?.verdict).toBe('yes');
    // Whether the week-7 meeting falls on the dated Monday is not known yet.
    expect(sameMonday).toMatchObject({ verdict: 'undetermined', missing: ['meetings.0.date'] });
    const weekFirst = assessFollowUpPlan(
      {
        returnHome: R,
        meetings: [{ date: '2027-03-10', time: '09:00', mode: 'phone' }, later, { isoWeek: { year: 2027, week: 6 }, mode: 'phone' }],
      },
      { locale: 'en' },
    );
    expect(failed(weekFirst).map((c) => c.reason)).toEqual([
      'The first conversation, conversation 3 (week 6 of 2027), is booked with a week only; the first must be booked with a date and a time.',
    ]);
  });

  test('a time on a week-booked meeting is named at time, once', () => {
    const meeting = { isoWeek: { year: 2027, week: 9 }, time: '10:00', mode: 'phone' } as FollowUpMeeting;
    for (const [locale, message] of [
      ['nb', 'Et klokkeslett krever en dato; en uke har ikke klokkeslett.'],
      ['en', 'A time needs a date; a week has no time.'],
    ] as const) {
      expect(invalid(() => assessFollowUpPlan({ returnHome: R, meetings: [meeting, ...ok] }, { locale })).issues).toEqual([
        { path: 'meetings.0.time', message },
      ]);
    }
  });

  test('ISO week years: 1584 … 9998, each problem named once, a week that does not exist only for a year that does', () => {
    const paths = (isoWeek: unknown) => {
      const meetings = [...ok, { isoWeek, mode: 'phone' }] as FollowUpMeeting[];
      try {
        assessFollowUpPlan({ returnHome: R, meetings });
        return [];
      } catch (error) {
        return (error as { issues: { path: string }[] }).issues.map((i) => i.path);
      }
    };
    expect(paths({ year: 1584, week: 1 })).toEqual([]); // valid input (outside the window, so a 'no', but no issue)
    expect(paths({ year: 9998, week: 52 })).toEqual([]);
    for (const [isoWeek, expected] of [
      [{ year: 1583, week: 53 }, ['meetings.3.isoWeek.year']],
      [{ year: 9999, week: 53 }, ['meetings.3.isoWeek.year']],
      [{ year: 2027.5, week: 53 }, ['meetings.3.isoWeek.year']],
      [{ year: 'x', week: 53 }, ['meetings.3.isoWeek.year']],
      [{ year: 2027, week: 53.5 }, ['meetings.3.isoWeek.week']],
      [{ year: 2027, week: 54 }, ['meetings.3.isoWeek.week']],
      [{ year: 2027, week: 53 }, ['meetings.3.isoWeek.week']],
    ] as const)
      expect(paths(isoWeek), JSON.stringify(isoWeek)).toEqual(expected);
  });

  test('an open status asks for the conversations still to be held', () => {
    const open = followUpStatus({ returnHome: R, held: ['2027-02-05'], asOf: '2027-02-10' });
    expect(open.evaluation).toMatchObject({ verdict: 'undetermined', missing: ['held'] });
    expect(followUpStatus({ returnHome: R, held: ['2027-02-05'], asOf: '2027-03-29' }).evaluation.missing).toEqual([]);
  });

  test('the reasons of a sound booking name the first conversation, and two on one day are named as such', () => {
    const first = (locale: 'nb' | 'en') =>
      assessFollowUpPlan({ returnHome: R, meetings: ok }, { locale }).children.find((c) => c.rule === 'followup.first-dated-and-timed')
        ?.reason;
    expect(first('nb')).toBe('Den første samtalen, samtale 1 (2027-02-10), har dato og klokkeslett.');
    expect(first('en')).toBe('The first conversation, conversation 1 (2027-02-10), has a date and a time.');
    const sameDay = assessFollowUpPlan({
      returnHome: R,
      meetings: [ok[0], { date: '2027-02-10', mode: 'phone' as const }, ok[2]].filter((m) => m !== undefined),
    });
    expect(failed(sameDay).map((c) => c.reason)).toEqual([
      'Samtalene er avtalt på bare 2 ulike dager; minst 3 samtaler på ulike dager kreves.',
    ]);
  });
});
