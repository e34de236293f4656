import * as z from 'zod/mini';
import { MAX_YEAR, MIN_YEAR } from '../core/dates.js';
import { LIMITS } from '../core/limits.js';
import { boundedArray, EmploymentSchema, IsoDateSchema, refined, TimeSchema } from '../core/schema.js';
import { dateOrWeek, MODES, weekInYear } from './checks.js';

/** An ISO week: year and week 1 … 53, the week existing in that year. */
export const IsoWeekSchema = z
  .strictObject({
    year: z.number().check(z.int(), z.gte(MIN_YEAR + 1), z.lte(MAX_YEAR - 1)),
    week: z.number().check(z.int(), z.gte(1), z.lte(53)),
  })
  .check(refined(weekInYear));

/** One booked follow-up: a date (with an optional time) or an ISO week, and the mode. */
export const FollowUpMeetingSchema = z
  .strictObject({
    date: z.optional(IsoDateSchema),
    time: z.optional(TimeSchema),
    isoWeek: z.optional(IsoWeekSchema),
    mode: z.enum(MODES),
  })
  .check(refined(dateOrWeek));

/** Schema of `FollowUpBooking` (strict). */
export const FollowUpBookingSchema = z.strictObject({
  returnHome: IsoDateSchema,
  meetings: boundedArray(FollowUpMeetingSchema, LIMITS.meetings),
  employment: z.optional(EmploymentSchema),
});

/** Schema of the input to `followUpStatus` (strict). */
export const FollowUpStatusInputSchema = z.strictObject({
  returnHome: IsoDateSchema,
  held: boundedArray(IsoDateSchema, LIMITS.held),
  asOf: IsoDateSchema,
});
