import { describe, expectTypeOf, test } from 'vitest';
import type * as z from 'zod/mini';
import type { Activity, ActivityPlanInput, EligibilityInput, ExtensionInput, OutcomeInput, StayInput } from '../../src/index.js';
import type {
  ActivityPlanInputSchema,
  ActivitySchema,
  EligibilityInputSchema,
  ExtensionInputSchema,
  OutcomeInputSchema,
  StayInputSchema,
} from '../../src/schemas.js';

// Checked by `tsc` (npm run typecheck), which runs with exactOptionalPropertyTypes: what a schema's
// safeParse gives (optional keys may hold undefined) must go straight into the function it validates for.
// Not here: the follow-up meeting's rule "a date or a week, not both" is a check, so its parsed type is one
// object with both keys optional, wider than the FollowUpMeeting union; the booking, the status input and
// the agenda case hold such meetings and are checked at run time only.
describe('a schema’s parsed data is the function’s input type', () => {
  test('for every input schema', () => {
    expectTypeOf<z.output<typeof EligibilityInputSchema>>().toExtend<EligibilityInput>();
    expectTypeOf<z.output<typeof OutcomeInputSchema>>().toExtend<OutcomeInput>();
    expectTypeOf<z.output<typeof StayInputSchema>>().toExtend<StayInput>();
    expectTypeOf<z.output<typeof ExtensionInputSchema>>().toExtend<ExtensionInput>();
    expectTypeOf<z.output<typeof ActivitySchema>>().toExtend<Activity>();
    expectTypeOf<z.output<typeof ActivityPlanInputSchema>>().toExtend<ActivityPlanInput>();
  });
});
