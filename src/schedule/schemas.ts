import * as z from 'zod/mini';
import { isWorkingDayNumber, nonWorkingReason } from '../core/calendar.js';
import { isIsoDate, readDate } from '../core/dates.js';
import { LIMITS } from '../core/limits.js';
import {
  boundedArray,
  checked,
  describedIssue,
  EmploymentSchema,
  IsoDateSchema,
  minutesOf,
  optionalBoolean,
  TIME,
  TimeSchema,
  textSchema,
} from '../core/schema.js';

/** The stay starts on a working day: day one holds its meetings (decision 3). */
const StartDateSchema = IsoDateSchema.check(
  checked<string>(
    (value) => isWorkingDayNumber(readDate(value) as number),
    (input, locale) =>
      `${nonWorkingReason(readDate(input) as number, locale)}; ${locale === 'nb' ? 'oppholdet må starte på en virkedag, fordi det holdes møter første dag.' : 'the stay must start on a working day, as day one holds meetings.'}`,
  ),
);

/** Schema of `StayInput` (strict). */
export const StayInputSchema = z.strictObject({
  start: StartDateSchema,
  employment: EmploymentSchema,
  weeks: z.optional(z.literal([4, 8, 12])),
});

const wholeWeeks = (min: number) => z.number().check(z.int(), z.gte(min), z.lte(52));

/** Schema of `ExtensionInput` (strict). */
export const ExtensionInputSchema = z.strictObject({
  baseWeeks: z.optional(wholeWeeks(1)),
  currentWeeks: wholeWeeks(1),
  additionalWeeks: wholeWeeks(1),
  extensionsSoFar: z.optional(z.number().check(z.int(), z.gte(0), z.lte(52))),
  need: optionalBoolean,
  profile: z.optional(z.enum(['rnnk', 'nav'])),
});

/** The 12 disciplines of rnnk-arr-dogn, in the source's order. */
export const PROFESSIONALS = [
  'counsellor',
  'physiotherapist',
  'occupational-therapist',
  'social-worker',
  'employment-consultant',
  'physician',
  'speech-therapist',
  'psychologist',
  'nutritionist',
  'nurse',
  'training-instructor',
  'milieu-worker',
] as const;

/** Schema of one `Activity`: times `HH:mm` on the same day, the end after the start. */
export const ActivitySchema = z
  .strictObject({
    date: IsoDateSchema,
    start: TimeSchema,
    end: TimeSchema,
    kind: z.enum(['individual', 'group', 'meal', 'break']),
    title: z.optional(textSchema(LIMITS.titleLength)),
    professional: z.optional(z.enum(PROFESSIONALS)),
  })
  .check(
    z.superRefine((activity, ctx) => {
      // Runs even when a time failed its own check; compare only well-formed times.
      if (TIME.test(activity.start) && TIME.test(activity.end) && minutesOf(activity.end) <= minutesOf(activity.start)) {
        ctx.issues.push(
          describedIssue(activity.end, ['end'], {
            nb: `Sluttidspunktet ${activity.end} er ikke etter starttidspunktet ${activity.start}; en aktivitet må slutte samme dag som den starter, og etter starttidspunktet.`,
            en: `The end ${activity.end} is not after the start ${activity.start}; an activity must end on the day it starts, after its start.`,
          }),
        );
      }
    }),
  );

/** Schema of the input to `validateActivityPlan` (strict). */
export const ActivityPlanInputSchema = z.strictObject({
  stay: StayInputSchema,
  activities: boundedArray(ActivitySchema, LIMITS.activities),
  balanceTolerance: z.optional(z.number().check(z.gte(0), z.lte(0.5))),
});

const SourceRefSchema = z.strictObject({ source: z.enum(['nav-arr', 'rnnk-arr-dogn']), section: textSchema(LIMITS.sectionLength) });
const SourcesSchema = boundedArray(SourceRefSchema, LIMITS.sources);

/** The phase ids a plan can hold. */
export const PHASE_IDS = ['mapping', 'work-trial', 'workshop', 'evaluation', 'extension', 'last-week'] as const;
/** The milestone ids a plan can hold. */
export const MILESTONE_IDS = [
  'welcome-meeting',
  'goal-setting-class',
  'intake-meeting',
  'intake-conversation',
  'physio-follow-up',
  'midway-conversation',
  'employer-meeting-before-trial',
  'employer-meeting-after-trial',
  'anchoring-meeting',
  'final-conversation',
] as const;

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
      .check(
        z.superRefine((phase, ctx) => {
          // Runs even when a date failed its own check; compare only real dates (YYYY-MM-DD sorts as text).
          if (isIsoDate(phase.from) && isIsoDate(phase.to) && phase.to < phase.from) {
            ctx.issues.push(
              describedIssue(phase.to, ['to'], {
                nb: 'En fase kan ikke slutte før den begynner.',
                en: 'A phase cannot end before it begins.',
              }),
            );
          }
        }),
      ),
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
