/** An agenda's case checked without zod (`core/check.ts`), as `AgendaCaseSchema` checks it. */
import { date, list, NOT_EMPTY, object, optional, text } from '../core/check.js';
import { LIMITS } from '../core/limits.js';
import { OUTCOME_FACTS } from '../eligibility/checks.js';
import { FollowUpMeetingCheck } from '../followup/checks.js';
import { StayInputCheck } from '../schedule/checks.js';

/** `AgendaCaseSchema`. */
export const AgendaCaseCheck = /* @__PURE__ */ (() =>
  object({
    id: /* @__PURE__ */ text(LIMITS.codeLength, NOT_EMPTY),
    stay: StayInputCheck,
    returnHome: /* @__PURE__ */ optional(date),
    followUps: /* @__PURE__ */ optional(
      /* @__PURE__ */ object({
        booked: /* @__PURE__ */ optional(/* @__PURE__ */ list(FollowUpMeetingCheck, LIMITS.meetings)),
        held: /* @__PURE__ */ optional(/* @__PURE__ */ list(date, LIMITS.held)),
      }),
    ),
    outcome: /* @__PURE__ */ optional(/* @__PURE__ */ object(OUTCOME_FACTS)),
  }))();
