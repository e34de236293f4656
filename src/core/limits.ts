/**
 * The sizes of inputs the library accepts. Real cases are far inside them: a 12-week stay has about
 * 40 milestones and, at twenty activities a day, under 1 700 activities. A bound keeps one request from
 * holding a process for minutes or exhausting its memory; past it the input is InvalidInputError, named
 * by path, like any other problem. docs/limits.md lists them.
 */
export const LIMITS = {
  /** Activities in one activity plan. */
  activities: 2000,
  /** Phases, milestones, warnings, notes or holidays in one stay plan given back to the library. */
  planItems: 200,
  /** Follow-up meetings in one booking (three are required). */
  meetings: 20,
  /** Held follow-up dates in one status check. */
  held: 100,
  /** Source references of one phase or milestone. */
  sources: 10,
  /** Characters of a title or a name. */
  titleLength: 200,
  /** Characters of a source's section heading. */
  sectionLength: 100,
  /** Characters of a warning or a note. */
  textLength: 1000,
  /** Characters of a code or a version. */
  codeLength: 100,
  /** Cases in one agenda: a coordinator has tens, a region hundreds. */
  cases: 10_000,
  /** Issues listed by one InvalidInputError: the first ones, then one that says how many more there were. */
  issues: 100,
} as const;
