/**
 * `arr-rules/schemas`: the zod (`zod/mini`) schemas of every input, for forms
 * that want validation and nothing else. Messages come from `errorMap(locale)`.
 *
 * @packageDocumentation
 */
export { AgendaCaseSchema } from './agenda/schemas.js';
export { errorMap, IsoDateSchema } from './core/schema.js';
export { EligibilityInputSchema, OutcomeInputSchema } from './eligibility/schemas.js';
export { BenefitSchema } from './entitlements/schemas.js';
export { FollowUpBookingSchema, FollowUpMeetingSchema, FollowUpStatusInputSchema, IsoWeekSchema } from './followup/schemas.js';
export { ActivityPlanInputSchema, ActivitySchema, ExtensionInputSchema, PROFESSIONALS, StayInputSchema } from './schedule/schemas.js';
