import { parseWith } from '../core/check.js';
import { MAX_DAY, outOfRange, readDate } from '../core/dates.js';
import type { Options } from '../core/locale.js';
import { localeOf } from '../core/options.js';
import { StayInputCheck } from './checks.js';
import { madePlan, type StayInput, type StayPlan } from './plan-build.js';

export type {
  Milestone,
  MilestoneId,
  Phase,
  PhaseId,
  PlanWarning,
  PlanWarningCode,
  StayInput,
  StayPlan,
} from './plan-build.js';

/**
 * The dated plan of an RNNK stay of 4, 8 or 12 weeks: every phase and
 * milestone of the source on Norwegian working days, with warnings where the
 * calendar defeats the template and notes where the sources give no plan.
 *
 * @throws InvalidInputError when the start is not a working day, the date is impossible or the weeks are not 4, 8 or 12.
 * @example
 * ```ts
 * import { planStay } from 'arr-rules';
 * const plan = planStay({ start: '2027-03-01', employment: 'employed' }, { locale: 'en' });
 * plan.end; // '2027-03-28'
 * plan.milestones.at(-1); // { id: 'final-conversation', date: '2027-03-24', … }: Maundy Thursday and Good Friday are holidays
 * ```
 */
export function planStay(input: StayInput, options?: Options): StayPlan {
  const locale = localeOf(options);
  const valid = parseWith(StayInputCheck, input, locale);
  const weeks = valid.weeks ?? 4;
  const start = readDate(valid.start) as number;
  if (start + 7 * weeks - 1 > MAX_DAY) throw outOfRange('start', locale);
  return madePlan(start, valid.employment, weeks, locale);
}
