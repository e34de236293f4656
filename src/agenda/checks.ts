/** An agenda's case checked without zod (`core/check.ts`), as `AgendaCaseSchema` checks it. */
import { date, list, NOT_EMPTY, object, optional, text } from '../core/check.js';
import { LIMITS } from '../core/limits.js';
import { OUTCOME_FACTS } from '../eligibility/checks.js';
import { FollowUpMeetingCheck } from '../followup/checks.js';
import { StayInputCheck } from '../schedule/checks.js';

/** `AgendaCaseSchema`. */
export const AgendaCaseCheck = /* @__PURE__ */ (() =>
  object({
    id: text(LIMITS.codeLength, NOT_EMPTY),
    stay: StayInputCheck,
    returnHome: optional(date),
    followUps: optional(
      object({
        booked: optional(list(FollowUpMeetingCheck, LIMITS.meetings)),
        held: optional(list(date, LIMITS.held)),
      }),
    ),
    outcome: optional(object(OUTCOME_FACTS)),
  }))();
