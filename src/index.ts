/**
 * arr-rules: the programme rules of NAV's work-oriented rehabilitation (ARR,
 * arbeidsrettet rehabilitering) as RNNK runs it as a 4-week residential stay.
 *
 * @packageDocumentation
 */
export {
  AGENDA_DAYS,
  type Agenda,
  type AgendaCase,
  type AgendaItem,
  type AgendaItemKind,
  type AgendaOptions,
  type AgendaOutcomeFacts,
  type AgendaProblem,
  type AgendaStatus,
  agenda,
  MAX_AGENDA_DAYS,
} from './agenda/agenda.js';
export {
  addWorkingDays,
  easterSunday,
  isoWeek,
  isWorkingDay,
  norwegianPublicHolidays,
  type PublicHoliday,
} from './core/calendar.js';
export { type IsoDate, type IsoWeek, isIsoDate } from './core/dates.js';
export { type InputIssue, InvalidInputError, isInvalidInputError } from './core/errors.js';
export type { Evaluation, SourceRef, Verdict } from './core/evaluation.js';
export type { Locale, Options, Text } from './core/locale.js';
export type { RuleDefinition } from './core/rule.js';
export type { Employment } from './core/types.js';
export { assessEligibility, type EligibilityInput, type EligibilityResult } from './eligibility/assess.js';
export { assessOutcome, type OutcomeInput, type OutcomeResult, outcomeCheckpoint } from './eligibility/outcome.js';
export { type Benefit, type ParticipationTerms, participationTerms, travelCosts } from './entitlements/entitlements.js';
export {
  assessFollowUpPlan,
  type FollowUpBooking,
  type FollowUpMeeting,
  type FollowUpStatus,
  type FollowUpStatusInput,
  followUpStatus,
  followUpWindow,
} from './followup/followup.js';
export { RULES, RULES_VERSION } from './rules.js';
export {
  type Activity,
  type ActivityIssue,
  type ActivityIssueCode,
  type ActivityPlanInput,
  type ActivityPlanResult,
  DAILY_MINIMUM_MINUTES,
  type Professional,
  validateActivityPlan,
} from './schedule/activities.js';
export { assessExtension, type ExtensionInput, MAX_STAY_WEEKS } from './schedule/extension.js';
export { planToICalendar } from './schedule/ics.js';
export {
  type Milestone,
  type MilestoneId,
  type Phase,
  type PhaseId,
  type PlanWarning,
  type PlanWarningCode,
  planStay,
  type StayInput,
  type StayPlan,
} from './schedule/plan.js';
