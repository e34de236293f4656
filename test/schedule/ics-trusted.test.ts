import { describe, expect, test, vi } from 'vitest';

// Counts how often the plan's check validates a plan.
const validated = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/schedule/checks.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/schedule/checks.js')>();
  return {
    ...original,
    StayPlanCheck: (...args: Parameters<typeof original.StayPlanCheck>) => {
      validated.count += 1;
      return original.StayPlanCheck(...args);
    },
  };
});

const { planStay } = await import('../../src/schedule/plan.js');
const { planPlain } = await import('../../src/schedule/plan-build.js');
const { planToICalendar } = await import('../../src/schedule/ics.js');

describe('planToICalendar validates only a plan that is not exactly as planStay gave it', () => {
  test('a plan as planStay gave it is not validated again; a copy of it, or the plan changed, is', () => {
    const plan = planStay({ start: '2027-01-04', employment: 'employed', weeks: 8 }, { locale: 'en' });
    validated.count = 0;
    const trusted = planToICalendar(plan, '2026-11-22T12:00:00Z');
    expect(validated.count).toBe(0);
    expect(planToICalendar(structuredClone(plan), '2026-11-22T12:00:00Z')).toBe(trusted);
    expect(validated.count).toBe(1);
    (plan.milestones[1] as { title: string }).title = 'Changed';
    planToICalendar(plan, '2026-11-22T12:00:00Z');
    expect(validated.count).toBe(2);
  });

  test('planPlain’s plan is trusted like planStay’s, unless it was made not to be remembered (the batch’s, the service’s)', () => {
    const input = { start: '2027-01-04', employment: 'employed', weeks: 8 };
    validated.count = 0;
    const remembered = planToICalendar(planPlain(input, 'en') as never, '2026-11-22T12:00:00Z');
    expect(validated.count).toBe(0);
    expect(planToICalendar(planPlain(input, 'en', false) as never, '2026-11-22T12:00:00Z')).toBe(remembered);
    expect(validated.count).toBe(1);
  });
});
