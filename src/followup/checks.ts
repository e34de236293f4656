/**
 * The follow-up inputs checked without zod (`core/check.ts`), each as its schema in `schemas.ts` checks it. The
 * objects' own checks live here, and the schemas take them from here.
 */
import { date, employment, list, number, object, oneOf, optional, time } from '../core/check.js';
import { isoWeeksInYear, MAX_YEAR, MIN_YEAR } from '../core/dates.js';
import { LIMITS } from '../core/limits.js';
import type { Refine } from '../core/messages.js';

/** The week exists in its year. Runs even when a field failed its own check; judges only well-formed values, so each problem is named once. */
export const weekInYear: Refine<{ year: number; week: number }> = (value, raise) => {
  const wellFormed =
    Number.isInteger(value.year) && value.year > MIN_YEAR && value.year < MAX_YEAR && Number.isInteger(value.week) && value.week <= 53;
  if (!wellFormed) return;
  const weeks = isoWeeksInYear(value.year);
  if (value.week > weeks) {
    raise(value.week, ['week'], {
      nb: `Uke ${value.week} finnes ikke i ${value.year}; ${value.year} har ${weeks} uker.`,
      en: `Week ${value.week} does not exist in ${value.year}; ${value.year} has ${weeks} weeks.`,
    });
  }
};

/** A meeting is booked by a date or by a week, not both and not neither; a time needs a date. */
export const dateOrWeek: Refine<{ date?: unknown; time?: unknown; isoWeek?: unknown }> = (meeting, raise) => {
  const both = meeting.date !== undefined && meeting.isoWeek !== undefined;
  const neither = meeting.date === undefined && meeting.isoWeek === undefined;
  if (both || neither) {
    raise(meeting, [], {
      nb: 'En oppfølgingssamtale avtales enten med dato (date) eller med uke (isoWeek), ikke begge og ikke ingen.',
      en: 'A follow-up is booked either with a date (date) or with a week (isoWeek), not both and not neither.',
    });
  } else if (meeting.time !== undefined && meeting.date === undefined) {
    raise(meeting.time, ['time'], {
      nb: 'Et klokkeslett krever en dato; en uke har ikke klokkeslett.',
      en: 'A time needs a date; a week has no time.',
    });
  }
};

/** How a follow-up is held. */
export const MODES = ['phone', 'on-site'] as const;

/** `IsoWeekSchema`. */
export const IsoWeekCheck = /* @__PURE__ */ (() => object({ year: number(MIN_YEAR + 1, MAX_YEAR - 1), week: number(1, 53) }, weekInYear))();

/** `FollowUpMeetingSchema`. */
export const FollowUpMeetingCheck = /* @__PURE__ */ (() =>
  object(
    {
      date: optional(date),
      time: optional(time),
      isoWeek: optional(IsoWeekCheck),
      mode: oneOf(MODES),
    },
    dateOrWeek,
  ))();

/** `FollowUpBookingSchema`. */
export const FollowUpBookingCheck = /* @__PURE__ */ (() =>
  object({
    returnHome: date,
    meetings: list(FollowUpMeetingCheck, LIMITS.meetings),
    employment: optional(employment),
  }))();

/** `FollowUpStatusInputSchema`. */
export const FollowUpStatusInputCheck = /* @__PURE__ */ (() =>
  object({
    returnHome: date,
    held: list(date, LIMITS.held),
    asOf: date,
  }))();
