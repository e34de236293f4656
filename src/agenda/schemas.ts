import * as z from 'zod/mini';
import { LIMITS } from '../core/limits.js';
import { boundedArray, IsoDateSchema, isText, only, textSchema } from '../core/schema.js';
import { OutcomeInputSchema } from '../eligibility/schemas.js';
import { FollowUpMeetingSchema } from '../followup/schemas.js';
import { StayInputSchema } from '../schedule/schemas.js';

/** A case's id: 1 … 100 characters of plain text. */
const CaseIdSchema = textSchema(LIMITS.codeLength).check(only(z.minLength(1), isText));

/** Schema of one `AgendaCase` (strict): the stay as `planStay` takes it, and what is known after it. */
export const AgendaCaseSchema = z.strictObject({
  id: CaseIdSchema,
  stay: StayInputSchema,
  returnHome: z.optional(IsoDateSchema),
  followUps: z.optional(
    z.strictObject({
      booked: z.optional(boundedArray(FollowUpMeetingSchema, LIMITS.meetings)),
      held: z.optional(boundedArray(IsoDateSchema, LIMITS.held)),
    }),
  ),
  // The facts `assessOutcome` reads; the target group, the return home and the day come from the case and the agenda.
  outcome: z.optional(z.omit(OutcomeInputSchema, { targetGroup: true, returnHome: true, asOf: true })),
});
