import * as z from 'zod/mini';
import { isoWeeksInYear, MAX_YEAR, MIN_YEAR } from '../core/dates.js';
import { LIMITS } from '../core/limits.js';
import { boundedArray, describedIssue, EmploymentSchema, IsoDateSchema, TimeSchema } from '../core/schema.js';

/** An ISO week: year and week 1 … 53, the week existing in that year. */
export const IsoWeekSchema = z
  .strictObject({
    year: z.number().check(z.int(), z.gte(MIN_YEAR + 1), z.lte(MAX_YEAR - 1)),
    week: z.number().check(z.int(), z.gte(1), z.lte(53)),
  })
  .check(
    z.superRefine((value, ctx) => {
      // Runs even when a field failed its own check; judge only well-formed values, so each problem is named once.
      const wellFormed =
        Number.isInteger(value.year) && value.year > MIN_YEAR && value.year < MAX_YEAR && Number.isInteger(value.week) && value.week <= 53;
      if (!wellFormed) return;
      const weeks = isoWeeksInYear(value.year);
      if (value.week > weeks) {
        ctx.issues.push(
          describedIssue(value.week, ['week'], {
            nb: `Uke ${value.week} finnes ikke i ${value.year}; ${value.year} har ${weeks} uker.`,
            en: `Week ${value.week} does not exist in ${value.year}; ${value.year} has ${weeks} weeks.`,
          }),
        );
      }
    }),
  );

const MODE = z.enum(['phone', 'on-site']);

/** One booked follow-up: a date (with an optional time) or an ISO week, and the mode. */
export const FollowUpMeetingSchema = z
  .strictObject({
    date: z.optional(IsoDateSchema),
    time: z.optional(TimeSchema),
    isoWeek: z.optional(IsoWeekSchema),
    mode: MODE,
  })
  .check(
    z.superRefine((meeting, ctx) => {
      const both = meeting.date !== undefined && meeting.isoWeek !== undefined;
      const neither = meeting.date === undefined && meeting.isoWeek === undefined;
      if (both || neither) {
        ctx.issues.push(
          describedIssue(meeting, [], {
            nb: 'En oppfølgingssamtale avtales enten med dato (date) eller med uke (isoWeek), ikke begge og ikke ingen.',
            en: 'A follow-up is booked either with a date (date) or with a week (isoWeek), not both and not neither.',
          }),
        );
      } else if (meeting.time !== undefined && meeting.date === undefined) {
        ctx.issues.push(
          describedIssue(meeting.time, ['time'], {
            nb: 'Et klokkeslett krever en dato; en uke har ikke klokkeslett.',
            en: 'A time needs a date; a week has no time.',
          }),
        );
      }
    }),
  );

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
