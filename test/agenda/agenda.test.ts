import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  type AgendaCase,
  type AgendaItem,
  agenda,
  assessFollowUpPlan,
  followUpStatus,
  followUpWindow,
  isIsoDate,
  outcomeCheckpoint,
  planStay,
  RULES,
} from '../../src/index.js';
import { deepFreeze, invalid } from '../helpers.js';

// A 4-week stay from Monday 4 January 2027 ends on Sunday 31 January: R = 2027-01-31, the window 1 February … 28 March.
const STAY = { start: '2027-01-04', employment: 'employed' } as const;
const R = '2027-01-31';
const one = (c: AgendaCase, asOf: string, days?: number) =>
  agenda([c], asOf, { locale: 'en', ...(days === undefined ? {} : { days }) }).items;
const byKey = (items: readonly AgendaItem[], key: string) => items.find((i) => i.key === key);

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A case whose final conversation booked one dated and two weekly follow-ups, the third in `third`, and held them on `held`. */
function booked(third: { week: number; mode: 'phone' | 'on-site' }, held: string[]): AgendaCase {
  return {
    id: 'a',
    stay: STAY,
    followUps: {
      booked: [
        { date: '2027-02-03', time: '10:00', mode: 'phone' },
        { isoWeek: { year: 2027, week: 8 }, mode: 'phone' },
        { isoWeek: { year: 2027, week: third.week }, mode: third.mode },
      ],
      held,
    },
  };
}

describe('agenda: the follow-up window', () => {
  test('the day before the window opens it is upcoming; on R + 1 it is due; after that it is not listed', () => {
    expect(byKey(one({ id: 'a', stay: STAY }, R), 'follow-up-window')).toMatchObject({ date: '2027-02-01', status: 'upcoming' });
    expect(byKey(one({ id: 'a', stay: STAY }, '2027-02-01'), 'follow-up-window')).toMatchObject({
      date: '2027-02-01',
      status: 'due',
      text: 'The follow-up window opens: at least three conversations by 2027-03-28.',
      rule: 'followup.window',
    });
    expect(byKey(one({ id: 'a', stay: STAY }, '2027-02-02'), 'follow-up-window')).toBeUndefined();
  });

  test('the window closes on R + 56: due that day, overdue the day after, with the count recorded as held', () => {
    const c: AgendaCase = { id: 'a', stay: STAY, followUps: { held: ['2027-02-10'] } };
    expect(byKey(one(c, '2027-03-28'), 'follow-up-deadline')).toMatchObject({
      date: '2027-03-28',
      status: 'due',
      text: 'The follow-up window closes on 2027-03-28: 1 of 3 conversations are recorded as held; 2 remain.',
    });
    expect(byKey(one(c, '2027-03-29'), 'follow-up-deadline')).toMatchObject({
      date: '2027-03-28',
      status: 'overdue',
      text: 'The follow-up window closed on 2027-03-28 with 1 of 3 conversations recorded as held.',
    });
    // Before the horizon reaches it, the deadline is not listed; 14 days before, it is.
    expect(byKey(one(c, '2027-03-13'), 'follow-up-deadline')).toBeUndefined();
    expect(byKey(one(c, '2027-03-14'), 'follow-up-deadline')).toMatchObject({ status: 'upcoming' });
  });

  test('three held conversations make the deadline done on the day of the third', () => {
    const c: AgendaCase = { id: 'a', stay: STAY, followUps: { held: ['2027-02-10', '2027-02-24', '2027-03-10', '2027-03-10'] } };
    expect(byKey(one(c, '2027-03-12'), 'follow-up-deadline')).toMatchObject({
      date: '2027-03-10',
      status: 'done',
      text: 'Follow-up is complete: 3 conversations were held in the window, the third on 2027-03-10.',
    });
  });
});

describe('agenda: the outcome checkpoint', () => {
  test('employed: R + 14 exactly is due, the day before upcoming, the day after overdue while not recorded', () => {
    const c: AgendaCase = { id: 'a', stay: STAY };
    expect(byKey(one(c, '2027-02-13'), 'outcome-check')).toMatchObject({
      date: '2027-02-14',
      status: 'upcoming',
      rule: 'outcome.checkpoint-reached',
    });
    expect(byKey(one(c, '2027-02-14'), 'outcome-check')).toMatchObject({ date: '2027-02-14', status: 'due' });
    expect(byKey(one(c, '2027-02-15'), 'outcome-check')).toMatchObject({
      status: 'overdue',
      text: 'The outcome at the checkpoint 2027-02-14 is not recorded.',
    });
  });

  test('not employed: R + 56', () => {
    const c: AgendaCase = { id: 'a', stay: { ...STAY, employment: 'not-employed' } };
    expect(byKey(one(c, '2027-03-27'), 'outcome-check')).toMatchObject({ date: '2027-03-28', status: 'upcoming' });
    expect(byKey(one(c, '2027-03-28'), 'outcome-check')).toMatchObject({ date: '2027-03-28', status: 'due' });
  });

  test('facts that decide the outcome make it done, with assessOutcome’s reason; facts that do not leave it open', () => {
    const decided: AgendaCase = { id: 'a', stay: STAY, outcome: { sickLeaveGradeAtStart: 100, sickLeaveGradeAtCheckpoint: 50 } };
    const item = byKey(one(decided, '2027-02-20'), 'outcome-check');
    expect(item).toMatchObject({ date: '2027-02-14', status: 'done', rule: 'outcome' });
    expect(item?.text).toMatch(/^The outcome at the checkpoint: /);
    const open: AgendaCase = { id: 'a', stay: STAY, outcome: { sickLeaveGradeAtStart: 100 } };
    expect(byKey(one(open, '2027-02-20'), 'outcome-check')).toMatchObject({ status: 'overdue' });
    expect(byKey(one(open, '2027-02-20'), 'outcome-check')?.text).toMatch(
      /^The outcome at the checkpoint 2027-02-14 cannot be decided yet: /,
    );
    // Known before the checkpoint, the facts do not decide anything yet.
    expect(byKey(one(decided, '2027-02-10'), 'outcome-check')).toMatchObject({ status: 'upcoming' });
  });

  test('an actual return home moves the window and the checkpoint', () => {
    const c: AgendaCase = { id: 'a', stay: STAY, returnHome: '2027-01-29' };
    expect(byKey(one(c, '2027-02-12'), 'outcome-check')).toMatchObject({ date: '2027-02-12', status: 'due' });
    expect(byKey(one(c, '2027-01-30'), 'follow-up-window')).toMatchObject({ date: '2027-01-30', status: 'due' });
  });
});

describe('agenda: the stay and the booking', () => {
  test('a stay over Easter: the final conversation and the booking fall before Maundy Thursday', () => {
    const items = one({ id: 'e', stay: { start: '2027-03-01', employment: 'employed' } }, '2027-03-22', 7);
    expect(byKey(items, 'final-conversation')).toMatchObject({
      date: '2027-03-24',
      status: 'upcoming',
      kind: 'stay-meeting',
      rule: 'schedule.last-week',
    });
    expect(byKey(items, 'follow-up-booking')).toMatchObject({ date: '2027-03-24', status: 'upcoming', rule: 'followup.booking' });
    expect(items.some((i) => i.date === '2027-03-25' || i.date === '2027-03-26')).toBe(false);
  });

  test('the stay’s meetings are events: listed from today within the horizon, not once past', () => {
    const items = one({ id: 'a', stay: STAY }, '2027-01-04', 0);
    expect(items.map((i) => i.key)).toEqual([
      'welcome-meeting',
      'goal-setting-class',
      'intake-meeting',
      'intake-conversation',
      'physio-follow-up.1',
    ]);
    expect(items.every((i) => i.status === 'due')).toBe(true);
    expect(one({ id: 'a', stay: STAY }, '2027-01-05', 0).filter((i) => i.kind === 'stay-meeting')).toEqual([]);
  });

  test('a stay cut short: no meeting after the return home; the booking is due by then', () => {
    const items = one({ id: 'a', stay: STAY, returnHome: '2027-01-20' }, '2027-01-18', 14);
    expect(items.filter((i) => i.kind === 'stay-meeting').every((i) => i.date <= '2027-01-20')).toBe(true);
    expect(byKey(items, 'follow-up-booking')).toMatchObject({ date: '2027-01-20' });
  });

  test('nothing known after the stay: the booking, the window and the checkpoint are overdue, named as not recorded', () => {
    const items = one({ id: 'a', stay: STAY }, '2027-06-01');
    expect(items.map((i) => [i.key, i.status])).toEqual([
      ['follow-up-booking', 'overdue'],
      ['outcome-check', 'overdue'],
      ['follow-up-deadline', 'overdue'],
    ]);
    expect(items[0]?.text).toBe(
      'No booking of the follow-up conversations is recorded; the final conversation on 2027-01-29 was to book them.',
    );
  });

  test('booked follow-ups: held ones done on the day held, a booked week dated by its Sunday, a missed one overdue', () => {
    const c = booked({ week: 11, mode: 'on-site' }, ['2027-02-03']);
    const items = one(c, '2027-03-01', 35);
    expect(byKey(items, 'follow-up-booking')).toMatchObject({ status: 'done', date: '2027-01-29' });
    expect(byKey(items, 'follow-up.1')).toMatchObject({
      status: 'done',
      date: '2027-02-03',
      text: 'Follow-up conversation 1 was held on 2027-02-03.',
    });
    expect(byKey(items, 'follow-up.2')).toMatchObject({
      status: 'overdue',
      date: '2027-02-28',
      text: 'Follow-up conversation 2, booked in week 8 of 2027 by phone, is not recorded as held.',
    });
    expect(byKey(items, 'follow-up.3')).toMatchObject({
      status: 'upcoming',
      date: '2027-03-21',
      text: 'Follow-up conversation 3 in week 11 of 2027 at RNNK (the day is not set; the date is the last day of the week).',
    });
    // The overdue items come first, by date.
    expect(items.slice(0, 2).map((i) => i.key)).toEqual(['outcome-check', 'follow-up.2']);
    // Held in the booked week: done.
    const heldInWeek = one({ ...c, followUps: { ...c.followUps, held: ['2027-02-03', '2027-02-23'] } }, '2027-03-01', 35);
    expect(byKey(heldInWeek, 'follow-up.2')).toMatchObject({ status: 'done', date: '2027-02-23' });
  });

  test('inconsistencies: a conversation held before the return home, a booking outside the window; one item each, due today', () => {
    const c = booked({ week: 20, mode: 'phone' }, ['2027-01-28']);
    const items = one(c, '2027-02-01');
    const held = byKey(items, 'inconsistency.held');
    expect(held).toMatchObject({ kind: 'inconsistency', status: 'due', date: '2027-02-01', rule: 'followup.window' });
    expect(held?.text).toBe(
      'Conversations recorded as held on 2027-01-28 lie outside the follow-up window 2027-02-01 – 2027-03-28 and do not count.',
    );
    const booking = byKey(items, 'inconsistency.booking');
    expect(booking).toMatchObject({ kind: 'inconsistency', status: 'due', rule: 'followup.booking' });
    expect(booking?.text).toContain('Conversation 3 (week 20 of 2027) lies outside the window 2027-02-01 – 2027-03-28');
    expect(byKey(items, 'follow-up-booking')).toBeUndefined();
  });
});

describe('agenda: one case is what the single-case functions say', () => {
  const arbitraryCase = fc
    .record({
      start: fc.integer({ min: 0, max: 3 * 365 }),
      employment: fc.constantFrom('employed', 'not-employed'),
      weeks: fc.constantFrom(4, 8, 12),
      early: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      held: fc.option(fc.uniqueArray(fc.integer({ min: -5, max: 70 }), { maxLength: 5 }), { nil: undefined }),
      booked: fc.option(fc.array(fc.integer({ min: -3, max: 70 }), { minLength: 1, maxLength: 4 }), { nil: undefined }),
      asOf: fc.integer({ min: -40, max: 120 }),
      days: fc.integer({ min: 0, max: 40 }),
    })
    .map((r) => {
      // A working-day start: the first Monday on or after the drawn day.
      let start = addDays('2026-01-05', r.start - (r.start % 7));
      while (!planStayOk(start, r.employment)) start = addDays(start, 7);
      const end = addDays(start, 7 * r.weeks - 1);
      const returnHome = r.early === undefined ? undefined : addDays(end, -r.early);
      const home = returnHome ?? end;
      const asOf = addDays(home, r.asOf);
      const held = r.held?.map((n) => addDays(home, n)).filter((d) => d <= asOf);
      const booked = r.booked?.map((n, i) => ({ date: addDays(home, n), ...(i === 0 ? { time: '09:00' } : {}), mode: 'phone' as const }));
      const c: AgendaCase = {
        id: `case-${r.start}`,
        stay: { start, employment: r.employment as 'employed' | 'not-employed', weeks: r.weeks as 4 | 8 | 12 },
        ...(returnHome === undefined ? {} : { returnHome }),
        ...(held === undefined && booked === undefined ? {} : { followUps: { ...(held ? { held } : {}), ...(booked ? { booked } : {}) } }),
      };
      return { c, asOf, days: r.days, home };
    });

  function planStayOk(start: string, employment: string): boolean {
    try {
      planStay({ start, employment: employment as 'employed' });
      return true;
    } catch {
      return false;
    }
  }

  test.prop([arbitraryCase])(
    'every item is on a real day, with a status that agrees with asOf and the horizon, citing a catalogued rule',
    ({ c, asOf, days }) => {
      const result = agenda([c], asOf, { days });
      expect(result.problems).toEqual([]);
      const catalogue = new Map(RULES.map((r) => [r.id, r]));
      for (const item of result.items) {
        expect(isIsoDate(item.date)).toBe(true);
        if (item.status === 'due') expect(item.date).toBe(asOf);
        if (item.status === 'overdue') expect(item.date < asOf).toBe(true);
        if (item.status === 'upcoming') expect(item.date > asOf && item.date <= addDays(asOf, days)).toBe(true);
        if (item.status === 'done') expect(item.date >= addDays(asOf, -days) && item.date <= addDays(asOf, days)).toBe(true);
        expect(catalogue.get(item.rule)?.sources, item.rule).toEqual(item.sources);
        expect(item.caseId).toBe(c.id);
      }
      // Overdue first, then by date; keys unique within the case.
      const overdue = result.items.filter((i) => i.status === 'overdue');
      expect(result.items.slice(0, overdue.length)).toEqual(overdue);
      for (const part of [overdue, result.items.slice(overdue.length)])
        for (let k = 1; k < part.length; k += 1) expect((part[k - 1] as AgendaItem).date <= (part[k] as AgendaItem).date).toBe(true);
      expect(new Set(result.items.map((i) => i.key)).size).toBe(result.items.length);
    },
  );

  test.prop([arbitraryCase])(
    'the dates and counts are those of planStay, followUpWindow, followUpStatus, outcomeCheckpoint and assessFollowUpPlan',
    ({ c, asOf, home }) => {
      const items = agenda([c], asOf, { locale: 'en', days: 366 }).items;
      const window = followUpWindow(home);
      const status = followUpStatus({ returnHome: home, held: c.followUps?.held ?? [], asOf });
      const deadline = byKey(items, 'follow-up-deadline');
      expect(deadline).toBeDefined();
      if (status.verdict === 'yes') expect(deadline?.status).toBe('done');
      else {
        expect(deadline?.date).toBe(window.to);
        expect(deadline?.status).toBe(asOf === window.to ? 'due' : asOf > window.to ? 'overdue' : 'upcoming');
        expect(deadline?.text).toContain(`${status.held} of 3`);
      }
      const checkpoint = outcomeCheckpoint(c.stay.employment, home);
      const outcome = byKey(items, 'outcome-check');
      expect(outcome?.date).toBe(checkpoint);
      const plan = planStay(c.stay);
      const meetings = items.filter((i) => i.kind === 'stay-meeting');
      const expected = plan.milestones.filter((m) => m.date >= asOf && m.date <= home && m.date <= addDays(asOf, 366));
      expect(meetings.map((m) => m.date)).toEqual(expected.map((m) => m.date));
      if (c.followUps?.booked !== undefined) {
        const verdict = assessFollowUpPlan({ returnHome: home, meetings: c.followUps.booked }).verdict;
        expect(byKey(items, verdict === 'no' ? 'inconsistency.booking' : 'follow-up-booking')).toBeDefined();
      }
    },
  );

  test.prop([fc.array(arbitraryCase, { minLength: 2, maxLength: 6 })])(
    'many cases: each case’s items are its own agenda’s, merged',
    (drawn) => {
      const asOf = drawn[0]?.asOf as string;
      const cases = drawn.map((d, i) => ({ ...d.c, id: `c${i}` }));
      const all = agenda(cases, asOf).items;
      for (const c of cases) expect(all.filter((i) => i.caseId === c.id)).toEqual(agenda([c], asOf).items);
      const rank = (i: AgendaItem) => [i.status === 'overdue' ? 0 : 1, i.date, i.caseId] as const;
      for (let k = 1; k < all.length; k += 1) {
        const [a, b] = [rank(all[k - 1] as AgendaItem), rank(all[k] as AgendaItem)];
        expect(a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && a[2] <= b[2])))).toBe(true);
      }
    },
  );
});

describe('agenda: bad input', () => {
  test('a bad record is a problem named by its id or index; the others still get their items; none is dropped', () => {
    const result = agenda(
      [
        { id: 'good', stay: STAY },
        { id: 'bad', stay: { ...STAY, start: '2027-01-03' } },
        { stay: STAY },
        'not a case',
        { id: 'good', stay: STAY },
        { id: 'late', stay: STAY, followUps: { held: ['2027-02-20'] } },
        { id: 'early', stay: STAY, returnHome: '2027-01-01' },
        { id: 'x', stay: STAY, extra: 1 },
      ] as never,
      '2027-02-01',
      { locale: 'en' },
    );
    expect(result.items.every((i) => i.caseId === 'good')).toBe(true);
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.problems.map((p) => [p.caseId, p.index, p.issues.map((i) => i.path)])).toEqual([
      ['bad', 1, ['stay.start']],
      [null, 2, ['id']],
      [null, 3, ['']],
      ['good', 4, ['id']],
      ['late', 5, ['followUps.held.0']],
      ['early', 6, ['returnHome']],
      ['x', 7, ['extra']],
    ]);
    expect(result.problems[3]?.issues[0]?.message).toBe(
      'The id is also used by the case at index 0 of the list; each case needs its own id.',
    );
    expect(result.problems[5]?.issues[0]?.message).toBe('The return home 2027-01-01 is before the stay starts on 2027-01-04.');
  });

  test('only a malformed whole argument throws, naming each problem', () => {
    expect(invalid(() => agenda('x' as never, '2027-02-30')).issues.map((i) => i.path)).toEqual(['cases', 'asOf']);
    expect(invalid(() => agenda([], '2027-02-01', { days: -1 })).issues.map((i) => i.path)).toEqual(['options.days']);
    expect(invalid(() => agenda([], '2027-02-01', { days: 1.5 })).issues.map((i) => i.path)).toEqual(['options.days']);
    expect(invalid(() => agenda([], '2027-02-01', { days: 367 })).issues.map((i) => i.path)).toEqual(['options.days']);
    expect(invalid(() => agenda([], '2027-02-01', { horizon: 3 } as never)).issues[0]).toEqual({
      path: 'options.horizon',
      message: 'Ukjent valg; valgene er locale, days.',
    });
    expect(invalid(() => agenda(new Array(10_001).fill(null), '2027-02-01')).issues.map((i) => i.path)).toEqual(['cases']);
    expect(agenda([], '2027-02-01', { days: 366 })).toMatchObject({ items: [], problems: [], days: 366 });
  });

  test('a date past the supported range is a problem of its case, not a throw', () => {
    const result = agenda([{ id: 'far', stay: { start: '9999-11-29', employment: 'employed' } }], '9999-12-01');
    expect(result.problems.map((p) => p.issues.map((i) => i.path))).toEqual([['stay.start']]);
  });

  test('the input is not mutated, and nothing of it is kept', () => {
    const cases = deepFreeze([
      { id: 'a', stay: STAY, followUps: { held: ['2027-02-10'], booked: [{ date: '2027-02-10', time: '10:00', mode: 'phone' as const }] } },
    ]);
    expect(() => agenda(cases, '2027-02-11')).not.toThrow();
  });

  test('both languages give the same items but for the text', () => {
    const c: AgendaCase = { id: 'a', stay: STAY, followUps: { held: ['2027-01-20'] } };
    const nb = agenda([c], '2027-02-15').items;
    const en = agenda([c], '2027-02-15', { locale: 'en' }).items;
    expect(nb.map(({ text: _, ...rest }) => rest)).toEqual(en.map(({ text: _, ...rest }) => rest));
    expect(byKey(nb, 'outcome-check')?.text).toBe('Utfallet ved sjekkpunktet 2027-02-14 er ikke registrert.');
  });
});
