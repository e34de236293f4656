/**
 * The eligibility and outcome inputs checked without zod (`core/check.ts`), each as its schema in `schemas.ts` checks
 * it. `assessEligibility` reads a plain input with its own one-pass reader (`read.ts`); this check is for the rest.
 */
import { boolean, date, employment, finite, object, oneOf, optional } from '../core/check.js';
import { GRADE } from '../core/messages.js';
import { OFFERS, REFERRALS } from './fields.js';

const fact = /* @__PURE__ */ (() => optional(boolean))();
const grade = /* @__PURE__ */ (() => optional(finite(GRADE)))();

/** `EligibilityInputSchema`. */
export const EligibilityInputCheck = /* @__PURE__ */ (() =>
  object({
    referral: oneOf(REFERRALS),
    employment,
    offer: optional(oneOf(OFFERS)),
    sickLeaveGrade: grade,
    workAbilityReduced: fact,
    prognosis: optional(object({ sickLeaveHalvedTwoWeeksAfter: fact, inWorkOrJobSeekingEightWeeksAfter: fact })),
    residentialGrounds: optional(object({ noSuitableDayOffer: fact, environmentChangeEssential: fact, complexHealthProblems: fact })),
  }))();

/** The facts of `OutcomeInputSchema` beside the target group, the return home and the day (an agenda's case has these). */
export const OUTCOME_FACTS = {
  sickLeaveGradeAtStart: grade,
  sickLeaveGradeAtCheckpoint: grade,
  declaredFit: fact,
  registeredJobSeeker: fact,
  inWork: fact,
  inWorkOrientedActivity: fact,
};

/** `OutcomeInputSchema`. */
export const OutcomeInputCheck = /* @__PURE__ */ (() =>
  object({ targetGroup: employment, returnHome: date, asOf: date, ...OUTCOME_FACTS }))();
