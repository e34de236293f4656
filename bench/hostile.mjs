// Time bounds for hostile input, on the built package: each call must come back (with InvalidInputError or an
// answer) within its bound, whatever the input's size. Speed is measured here, never in unit tests.
// Run: npm run build && node bench/hostile.mjs   (part of npm run bench; exit 1 when a bound is missed)
import { performance } from 'node:perf_hooks';
import * as api from '../dist/index.js';

const plan = api.planStay({ start: '2027-01-04', employment: 'employed' });
const manyKeys = (n) => {
  const input = { referral: 'nav', employment: 'employed' };
  for (let i = 0; i < n; i += 1) input[`k${i}`] = i;
  return input;
};
const cyclic = { referral: 'nav', employment: 'employed' };
cyclic.prognosis = cyclic;

/** [what, call, bound in ms] */
const cases = [
  ['followUpStatus, 130 000 invalid held dates', () => api.followUpStatus({ returnHome: '2027-01-31', held: Array(130_000).fill('x'), asOf: '2027-03-01' }), 50],
  ['assessEligibility, 16 000 unknown keys', () => api.assessEligibility(manyKeys(16_000)), 250],
  ['assessEligibility, 100 000 unknown keys', () => api.assessEligibility(manyKeys(100_000)), 1_500],
  ['planToICalendar, 1 000 000 phases', () => api.planToICalendar({ ...plan, phases: Array(1_000_000).fill(plan.phases[0]) }, '2026-11-22T12:00:00Z'), 1_000],
  ['validateActivityPlan, one list of 3 000 shared 3 000 times', () => api.validateActivityPlan({ stay: { start: '2027-01-04', employment: 'employed' }, activities: Array(3_000).fill(Array(3_000).fill(0)) }), 250],
  ['assessEligibility, an input that holds itself', () => api.assessEligibility(cyclic), 20],
  ['planToICalendar, a 5 000-character title', () => api.planToICalendar({ ...plan, milestones: [{ ...plan.milestones[0], title: 'x'.repeat(5_000) }] }, '2026-11-22T12:00:00Z'), 20],
];

let missed = 0;
console.log('| hostile input | median of 5 | bound | |\n| --- | ---: | ---: | --- |');
for (const [what, call, bound] of cases) {
  const times = [];
  for (let round = 0; round < 5; round += 1) {
    const t0 = performance.now();
    try {
      call();
    } catch (error) {
      if (!api.isInvalidInputError(error)) throw error;
    }
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[2];
  const ok = median <= bound;
  if (!ok) missed += 1;
  console.log(`| ${what} | ${median.toFixed(1)} ms | ${bound} ms | ${ok ? 'met' : 'MISSED'} |`);
}
process.exit(missed === 0 ? 0 : 1);
