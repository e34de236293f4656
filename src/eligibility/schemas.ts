import * as z from 'zod/mini';
import { EmploymentSchema, IsoDateSchema, optionalBoolean, SickLeaveGradeSchema } from '../core/schema.js';
import { OFFERS, REFERRALS } from './fields.js';

/** Schema of `EligibilityInput` (strict: an unknown key is an issue). */
export const EligibilityInputSchema = z.strictObject({
  referral: z.enum(REFERRALS),
  employment: EmploymentSchema,
  offer: z.optional(z.enum(OFFERS)),
  sickLeaveGrade: z.optional(SickLeaveGradeSchema),
  workAbilityReduced: optionalBoolean,
  prognosis: z.optional(
    z.strictObject({
      sickLeaveHalvedTwoWeeksAfter: optionalBoolean,
      inWorkOrJobSeekingEightWeeksAfter: optionalBoolean,
    }),
  ),
  residentialGrounds: z.optional(
    z.strictObject({
      noSuitableDayOffer: optionalBoolean,
      environmentChangeEssential: optionalBoolean,
      complexHealthProblems: optionalBoolean,
    }),
  ),
});

/** Schema of `OutcomeInput` (strict). */
export const OutcomeInputSchema = z.strictObject({
  targetGroup: EmploymentSchema,
  returnHome: IsoDateSchema,
  asOf: IsoDateSchema,
  sickLeaveGradeAtStart: z.optional(SickLeaveGradeSchema),
  sickLeaveGradeAtCheckpoint: z.optional(SickLeaveGradeSchema),
  declaredFit: optionalBoolean,
  registeredJobSeeker: optionalBoolean,
  inWork: optionalBoolean,
  inWorkOrientedActivity: optionalBoolean,
});
