import * as z from 'zod/mini';
import { LIMITS } from '../core/limits.js';
import { boundedArray, EmploymentSchema, IsoDateSchema, optionalBoolean, refined, TimeSchema, tested, textSchema } from '../core/schema.js';
import {
  ACTIVITY_KINDS,
  EXTENSION_PROFILES,
  endsAfterStart,
  MILESTONE_IDS,
  PHASE_IDS,
  PROFESSIONALS,
  phaseInOrder,
  SOURCE_IDS,
  STAY_WEEKS,
  WORKING_DAY,
} from './checks.js';

export { MILESTONE_IDS, PHASE_IDS, PROFESSIONALS } from './checks.js';

/** The stay starts on a working day: day one holds its meetings (decision 3). */
const StartDateSchema = IsoDateSchema.check(tested(WORKING_DAY));

/** Schema of `StayInput` (strict). */
export const StayInputSchema = z.strictObject({
  start: StartDateSchema,
  employment: EmploymentSchema,
  weeks: z.optional(z.literal(STAY_WEEKS)),
});

const wholeWeeks = (min: number) => z.number().check(z.int(), z.gte(min), z.lte(52));

/** Schema of `ExtensionInput` (strict). */
export const ExtensionInputSchema = z.strictObject({
  baseWeeks: z.optional(wholeWeeks(1)),
  currentWeeks: wholeWeeks(1),
  additionalWeeks: wholeWeeks(1),
  extensionsSoFar: z.optional(z.number().check(z.int(), z.gte(0), z.lte(52))),
  need: optionalBoolean,
  profile: z.optional(z.enum(EXTENSION_PROFILES)),
});

/** Schema of one `Activity`: times `HH:mm` on the same day, the end after the start. */
export const ActivitySchema = z
  .strictObject({
    date: IsoDateSchema,
    start: TimeSchema,
    end: TimeSchema,
    kind: z.enum(ACTIVITY_KINDS),
    title: z.optional(textSchema(LIMITS.titleLength)),
    professional: z.optional(z.enum(PROFESSIONALS)),
  })
  .check(refined(endsAfterStart));

/** Schema of the input to `validateActivityPlan` (strict). */
export const ActivityPlanInputSchema = z.strictObject({
  stay: StayInputSchema,
  activities: boundedArray(ActivitySchema, LIMITS.activities),
  balanceTolerance: z.optional(z.number().check(z.gte(0), z.lte(0.5))),
});

const SourceRefSchema = z.strictObject({ source: z.enum(SOURCE_IDS), section: textSchema(LIMITS.sectionLength) });
const SourcesSchema = boundedArray(SourceRefSchema, LIMITS.sources);

/**
 * Schema of a `StayPlan`, for functions that take a plan back (the iCalendar writer): ids from the closed sets, every
 * text bounded and free of control characters, every list bounded (a 52-week plan has fewer than 100 items of each).
 */
export const StayPlanSchema = z.strictObject({
  start: IsoDateSchema,
  end: IsoDateSchema,
  weeks: z.number().check(z.int(), z.gte(1), z.lte(52)),
  employment: EmploymentSchema,
  phases: boundedArray(
    z
      .strictObject({
        id: z.enum(PHASE_IDS),
        from: IsoDateSchema,
        to: IsoDateSchema,
        title: textSchema(LIMITS.titleLength),
        sources: SourcesSchema,
      })
      .check(refined(phaseInOrder)),
    LIMITS.planItems,
  ),
  milestones: boundedArray(
    z.strictObject({ id: z.enum(MILESTONE_IDS), date: IsoDateSchema, title: textSchema(LIMITS.titleLength), sources: SourcesSchema }),
    LIMITS.planItems,
  ),
  warnings: boundedArray(z.strictObject({ code: textSchema(LIMITS.codeLength), message: textSchema(LIMITS.textLength) }), LIMITS.planItems),
  notes: boundedArray(textSchema(LIMITS.textLength), LIMITS.planItems),
  // Optional: plans written before the holidays were listed are still plans.
  holidays: z.optional(boundedArray(z.strictObject({ date: IsoDateSchema, name: textSchema(LIMITS.titleLength) }), LIMITS.planItems)),
  rulesVersion: textSchema(LIMITS.codeLength),
});
