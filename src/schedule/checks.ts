/**
 * The schedule's inputs checked without zod (`core/check.ts`), each as its schema in `schemas.ts` checks it. The tests
 * and the objects' own checks live here, and the schemas take them from here.
 */
import { isWorkingDayNumber, nonWorkingReason } from '../core/calendar.js';
import { boolean, date, employment, list, number, object, oneOf, optional, string, text, time } from '../core/check.js';
import { isIsoDate, readDate } from '../core/dates.js';
import { LIMITS } from '../core/limits.js';
import { DATE, minutesOf, type Refine, type Test, TIME } from '../core/messages.js';

/** The stay starts on a working day: day one holds its meetings (decision 3). */
export const WORKING_DAY: Test<string> = {
  ok: (value) => isWorkingDayNumber(readDate(value) as number),
  describe: (input, locale) =>
    `${nonWorkingReason(readDate(input) as number, locale)}; ${locale === 'nb' ? 'oppholdet må starte på en virkedag, fordi det holdes møter første dag.' : 'the stay must start on a working day, as day one holds meetings.'}`,
};

/** The lengths a stay can be planned for, in weeks. */
export const STAY_WEEKS = [4, 8, 12] as const;

/** `StayInputSchema`. */
export const StayInputCheck = /* @__PURE__ */ (() =>
  object({
    start: string(DATE, WORKING_DAY),
    employment,
    weeks: optional(oneOf(STAY_WEEKS)),
  }))();

/** The profiles an extension is judged by. */
export const EXTENSION_PROFILES = ['rnnk', 'nav'] as const;

const weeks = /* @__PURE__ */ (() => number(1, 52))();

/** `ExtensionInputSchema`. */
export const ExtensionInputCheck = /* @__PURE__ */ (() =>
  object({
    baseWeeks: optional(weeks),
    currentWeeks: weeks,
    additionalWeeks: weeks,
    extensionsSoFar: optional(number(0, 52)),
    need: optional(boolean),
    profile: optional(oneOf(EXTENSION_PROFILES)),
  }))();

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

/** The kinds of activity. */
export const ACTIVITY_KINDS = ['individual', 'group', 'meal', 'break'] as const;

/** An activity ends after it starts, on the same day. Runs even when a time failed its own check; compares only well-formed times. */
export const endsAfterStart: Refine<{ start: string; end: string }> = (activity, raise) => {
  if (TIME.test(activity.start) && TIME.test(activity.end) && minutesOf(activity.end) <= minutesOf(activity.start)) {
    raise(activity.end, ['end'], {
      nb: `Sluttidspunktet ${activity.end} er ikke etter starttidspunktet ${activity.start}; en aktivitet må slutte samme dag som den starter, og etter starttidspunktet.`,
      en: `The end ${activity.end} is not after the start ${activity.start}; an activity must end on the day it starts, after its start.`,
    });
  }
};

/** `ActivitySchema`. */
export const ActivityCheck = /* @__PURE__ */ (() =>
  object(
    {
      date,
      start: time,
      end: time,
      kind: oneOf(ACTIVITY_KINDS),
      title: optional(text(LIMITS.titleLength)),
      professional: optional(oneOf(PROFESSIONALS)),
    },
    endsAfterStart,
  ))();

/** `ActivityPlanInputSchema`. */
export const ActivityPlanInputCheck = /* @__PURE__ */ (() =>
  object({
    stay: StayInputCheck,
    activities: list(ActivityCheck, LIMITS.activities),
    balanceTolerance: optional(number(0, 0.5, false)),
  }))();

/** The sources a plan cites. */
export const SOURCE_IDS = ['nav-arr', 'rnnk-arr-dogn'] as const;

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

/** A phase ends on or after the day it begins. Runs even when a date failed its own check; compares only real dates (YYYY-MM-DD sorts as text). */
export const phaseInOrder: Refine<{ from: string; to: string }> = (phase, raise) => {
  if (isIsoDate(phase.from) && isIsoDate(phase.to) && phase.to < phase.from) {
    raise(phase.to, ['to'], { nb: 'En fase kan ikke slutte før den begynner.', en: 'A phase cannot end before it begins.' });
  }
};

const sources = /* @__PURE__ */ (() => list(object({ source: oneOf(SOURCE_IDS), section: text(LIMITS.sectionLength) }), LIMITS.sources))();
const title = /* @__PURE__ */ (() => text(LIMITS.titleLength))();

/** `StayPlanSchema`. */
export const StayPlanCheck = /* @__PURE__ */ (() =>
  object({
    start: date,
    end: date,
    weeks,
    employment,
    phases: list(object({ id: oneOf(PHASE_IDS), from: date, to: date, title, sources }, phaseInOrder), LIMITS.planItems),
    milestones: list(object({ id: oneOf(MILESTONE_IDS), date, title, sources }), LIMITS.planItems),
    warnings: list(object({ code: text(LIMITS.codeLength), message: text(LIMITS.textLength) }), LIMITS.planItems),
    notes: list(text(LIMITS.textLength), LIMITS.planItems),
    holidays: optional(list(object({ date, name: title }), LIMITS.planItems)),
    rulesVersion: text(LIMITS.codeLength),
  }))();
