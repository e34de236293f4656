import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isWorkingDayNumber } from '../../src/core/calendar.js';
import { isoOf, MAX_DAY, MIN_DAY, readDate } from '../../src/core/dates.js';
import { planStay, type StayInput } from '../../src/schedule/plan.js';
import { planPlain } from '../../src/schedule/plan-build.js';
import { stayPlanJson } from '../../src/schedule/plan-json.js';

const EMPLOYMENTS = ['employed', 'not-employed'] as const;
const WEEKS = [undefined, 4, 8, 12] as const;
const LOCALES = ['nb', 'en'] as const;

const inputOf = (day: number, employment: StayInput['employment'], weeks: StayInput['weeks']): StayInput =>
  weeks === undefined ? { start: isoOf(day), employment } : { start: isoOf(day), employment, weeks };

describe('stayPlanJson: JSON.stringify of a plan, byte for byte', () => {
  test('every working-day start of 2026–2030, both employments, every length, both languages', () => {
    let plans = 0;
    const first = readDate('2026-01-01') as number;
    const last = readDate('2030-12-31') as number;
    for (let day = first; day <= last; day += 1) {
      if (!isWorkingDayNumber(day)) continue;
      for (const employment of EMPLOYMENTS)
        for (const weeks of WEEKS)
          for (const locale of LOCALES) {
            const plan = planStay(inputOf(day, employment, weeks), { locale });
            const json = JSON.stringify(plan);
            if (stayPlanJson(plan) !== json) expect.fail(`differs for ${plan.start}, ${employment}, ${weeks} weeks, ${locale}`);
            plans += 1;
          }
    }
    expect(plans).toBeGreaterThan(19_000);
  });

  test.prop([
    fc.integer({ min: MIN_DAY, max: MAX_DAY - 7 * 12 }),
    fc.constantFrom(...EMPLOYMENTS),
    fc.constantFrom(...WEEKS),
    fc.constantFrom(...LOCALES),
  ])('any start in the supported range, as planStay and planPlain make it', (from, employment, weeks, locale) => {
    let day = from;
    while (!isWorkingDayNumber(day)) day += 1;
    const plan = planStay(inputOf(day, employment, weeks), { locale });
    expect(stayPlanJson(plan)).toBe(JSON.stringify(plan));
    const plain = planPlain(JSON.parse(JSON.stringify(inputOf(day, employment, weeks))), locale);
    expect(plain === undefined ? undefined : stayPlanJson(plain)).toBe(JSON.stringify(plan));
  });
});
