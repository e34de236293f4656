/**
 * The values and fields `EligibilityInputSchema` takes, in its order: the schema, the general check (`checks.ts`), the
 * one-pass reading (`read.ts`) and the batch's own check (`fast.ts`) all read them from here, but for the one-pass
 * reading's names, which it also writes out, in its switch and in the input it builds (for speed; a property test holds
 * them to these lists).
 */
export const REFERRALS = ['nav', 'gp', 'self', 'other'] as const;
export const OFFERS = ['residential', 'day'] as const;
export const TOP: readonly string[] = [
  'referral',
  'employment',
  'offer',
  'sickLeaveGrade',
  'workAbilityReduced',
  'prognosis',
  'residentialGrounds',
];
export const PROGNOSIS: readonly string[] = ['sickLeaveHalvedTwoWeeksAfter', 'inWorkOrJobSeekingEightWeeksAfter'];
export const GROUNDS: readonly string[] = ['noSuitableDayOffer', 'environmentChangeEssential', 'complexHealthProblems'];
