/**
 * The contract of the HTTP service, for systems that are not JavaScript: one route per kind of case, its request body
 * as a JSON Schema (draft 2020-12) generated from the zod schema the library's check is tested to agree with, and an OpenAPI 3.1
 * document over them. Every constraint JSON Schema can express is kept; each check it cannot express is named in the
 * schema's description, so a client knows what only the service will tell it.
 */
import * as z from 'zod/mini';
import { MAX_AGENDA_DAYS } from '../agenda/agenda.js';
import { AgendaCaseSchema } from '../agenda/schemas.js';
import type { Kind } from '../cli/kind.js';
import { kindNamed, MAX_SHIFT } from '../cli/kinds.js';
import { MAX_YEAR, MIN_YEAR } from '../core/dates.js';
import { LIMITS } from '../core/limits.js';
import { IsoDateSchema, isList, only, SAFE_TEXT, SickLeaveGradeSchema, TimeSchema } from '../core/schema.js';
import { RULES_VERSION } from '../core/version.js';
import { plainEligibilityBytes } from '../eligibility/json.js';
import { EligibilityInputSchema, OutcomeInputSchema } from '../eligibility/schemas.js';
import { BenefitInputSchema } from '../entitlements/schemas.js';
import { FollowUpBookingSchema, FollowUpStatusInputSchema } from '../followup/schemas.js';
import { ActivityPlanInputSchema, ExtensionInputSchema, StayInputSchema } from '../schedule/schemas.js';

/** One route: the kind, the library function behind it, the body's schema, and what the schema cannot say. */
export interface Route {
  readonly kind: string;
  /** The library function that answers it. */
  readonly fn: string;
  /** The TypeScript type of the body, whose documentation describes its fields (or null: described here). */
  readonly inputType: string | null;
  /** The type of the answer. */
  readonly resultType: string;
  readonly schema: z.core.$ZodType;
  /** Descriptions of the fields of a body that has no TypeScript type of its own. */
  readonly fields?: Readonly<Record<string, string>>;
  /** The TypeScript type of such a field (of its items, for a list), whose documentation describes what is inside. */
  readonly fieldTypes?: Readonly<Record<string, string>>;
  /** Checks the service makes that JSON Schema cannot express, beside those of the shared field types. */
  readonly checks: readonly string[];
  /** What else a client should know of the body, for the schema's description. */
  readonly note?: string;
  /** A valid body. */
  readonly example: unknown;
}

const DATE_DAY = 'a date must exist in its month (2027-02-30 does not)';
const WEEK_EXISTS = 'an ISO week must exist in its year (week 53 only in a year that has one)';
const MEETING_ONE = 'a follow-up meeting has either `date` or `isoWeek`, not both and not neither; `time` only with `date`';
const ACTIVITY_END = 'an activity ends after it starts';
const START_WORKING = 'the stay starts on a Norwegian working day (not a weekend, not a public holiday)';
const TEXT_HALVES = 'a text holds no unpaired UTF-16 surrogate';
const IN_RANGE = 'every date the answer needs (the end of the stay, the follow-up window, the checkpoint) lies on or before 9999-12-31';

const stay = { start: '2027-01-04', employment: 'employed' };
const BENEFIT_FIELDS = { benefit: 'The benefit the participant receives during the stay.' };

/** Every kind of case the CLI answers, in its order, as a route. */
export const ROUTES: readonly Route[] = [
  {
    kind: 'assess',
    fn: 'assessEligibility',
    inputType: 'EligibilityInput',
    resultType: 'EligibilityResult',
    schema: EligibilityInputSchema,
    checks: [],
    example: { referral: 'nav', employment: 'employed', sickLeaveGrade: 80, workAbilityReduced: true },
  },
  {
    kind: 'outcome',
    fn: 'assessOutcome',
    inputType: 'OutcomeInput',
    resultType: 'OutcomeResult',
    schema: OutcomeInputSchema,
    checks: [DATE_DAY, IN_RANGE],
    example: { targetGroup: 'employed', returnHome: '2027-01-29', asOf: '2027-02-12', sickLeaveGradeAtStart: 100 },
  },
  {
    kind: 'plan',
    fn: 'planStay',
    inputType: 'StayInput',
    resultType: 'StayPlan',
    schema: StayInputSchema,
    checks: [DATE_DAY, START_WORKING, IN_RANGE],
    example: stay,
  },
  {
    kind: 'extension',
    fn: 'assessExtension',
    inputType: 'ExtensionInput',
    resultType: 'Evaluation',
    schema: ExtensionInputSchema,
    checks: [
      '`baseWeeks`, when given, is at most `currentWeeks`',
      'with the `rnnk` profile, `extensionsSoFar`, when given, agrees with `currentWeeks`',
    ],
    example: { currentWeeks: 4, additionalWeeks: 4, need: true },
  },
  {
    kind: 'activities',
    fn: 'validateActivityPlan',
    inputType: 'ActivityPlanInput',
    resultType: 'ActivityPlanResult',
    schema: ActivityPlanInputSchema,
    checks: [DATE_DAY, START_WORKING, ACTIVITY_END, TEXT_HALVES],
    example: { stay, activities: [{ date: '2027-01-04', start: '09:00', end: '10:00', kind: 'individual' }] },
  },
  {
    kind: 'followup',
    fn: 'assessFollowUpPlan',
    inputType: 'FollowUpBooking',
    resultType: 'Evaluation',
    schema: FollowUpBookingSchema,
    checks: [DATE_DAY, WEEK_EXISTS, MEETING_ONE, IN_RANGE],
    example: {
      returnHome: '2027-01-29',
      meetings: [
        { date: '2027-02-03', time: '10:00', mode: 'phone' },
        { isoWeek: { year: 2027, week: 7 }, mode: 'on-site' },
        { isoWeek: { year: 2027, week: 9 }, mode: 'phone' },
      ],
    },
  },
  {
    kind: 'followup-status',
    fn: 'followUpStatus',
    inputType: 'FollowUpStatusInput',
    resultType: 'FollowUpStatus',
    schema: FollowUpStatusInputSchema,
    checks: [DATE_DAY, 'no date in `held` is after `asOf`', IN_RANGE],
    example: { returnHome: '2027-01-29', held: ['2027-02-03'], asOf: '2027-02-10' },
  },
  {
    kind: 'agenda',
    fn: 'agenda',
    inputType: null,
    resultType: 'Agenda',
    schema: z.strictObject({
      cases: z.array(AgendaCaseSchema).check(only(z.maxLength(LIMITS.cases), isList)),
      asOf: IsoDateSchema,
      days: z.optional(z.number().check(z.int(), z.gte(0), z.lte(MAX_AGENDA_DAYS))),
    }),
    fields: {
      cases: 'The case records: an id, the stay, and what is known after it.',
      asOf: 'The day the agenda is for (YYYY-MM-DD): the service reads no clock.',
      days: 'How many days ahead (and back, for what was done) the agenda looks; 14 when absent.',
    },
    fieldTypes: { cases: 'AgendaCase' },
    note: 'A case record this schema refuses is not an error of the request: the service answers it in `problems`, by its id, and the other cases still get their items.',
    checks: [
      DATE_DAY,
      START_WORKING,
      WEEK_EXISTS,
      MEETING_ONE,
      TEXT_HALVES,
      'an id used twice, a held day after `asOf` or a return home before the stay starts makes that case a problem',
    ],
    example: { cases: [{ id: 'A-1', stay }], asOf: '2027-01-29' },
  },
  {
    kind: 'travel',
    fn: 'travelCosts',
    inputType: null,
    resultType: 'TravelCosts',
    schema: BenefitInputSchema,
    fields: BENEFIT_FIELDS,
    checks: [],
    example: { benefit: 'aap' },
  },
  {
    kind: 'terms',
    fn: 'participationTerms',
    inputType: null,
    resultType: 'ParticipationTerms',
    schema: BenefitInputSchema,
    fields: BENEFIT_FIELDS,
    checks: [],
    example: { benefit: 'sykepenger' },
  },
  {
    kind: 'holidays',
    fn: 'norwegianPublicHolidays',
    inputType: null,
    resultType: 'PublicHoliday[]',
    schema: z.strictObject({ year: z.number().check(z.int(), z.gte(MIN_YEAR), z.lte(MAX_YEAR)) }),
    fields: { year: 'The year, 1583 … 9999.' },
    checks: [],
    example: { year: 2027 },
  },
  {
    kind: 'working-day',
    fn: 'isWorkingDay',
    inputType: null,
    resultType: '{ date, workingDay }',
    schema: z.strictObject({ date: IsoDateSchema }),
    fields: { date: 'The day (YYYY-MM-DD).' },
    checks: [DATE_DAY],
    example: { date: '2027-03-25' },
  },
  {
    kind: 'add-working-days',
    fn: 'addWorkingDays',
    inputType: null,
    resultType: '{ date }',
    schema: z.strictObject({ date: IsoDateSchema, n: z.number().check(z.int(), z.gte(-MAX_SHIFT), z.lte(MAX_SHIFT)) }),
    fields: {
      date: 'The day to count from (YYYY-MM-DD).',
      n: 'How many working days on (back, if negative); 0 gives the day itself if it is a working day, else the next.',
    },
    checks: [DATE_DAY, 'the day reached lies within 1583-01-01 … 9999-12-31'],
    example: { date: '2027-03-24', n: 1 },
  },
];

/** A JSON Schema object: plain JSON. */
export type JsonSchema = { [key: string]: unknown };

const YEAR = '(158[3-9]|159[0-9]|1[6-9][0-9]{2}|[2-9][0-9]{3})';
/** `YYYY-MM-DD` from 1583 to 9999, months 01–12 and days 01–31 (whether the day exists in its month is a named check). */
export const DATE_PATTERN = `^${YEAR}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$`;
export const TIME_PATTERN = '^([01][0-9]|2[0-3]):[0-5][0-9]$';
/** Every character but the C0 and C1 controls other than tab, line feed and carriage return. */
export const TEXT_PATTERN = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$';

const DATE_CHECK = (IsoDateSchema._zod.def.checks ?? [])[0];
const TIME_CHECK = (TimeSchema._zod.def.checks ?? [])[0];
const GRADE_CHECK = (SickLeaveGradeSchema._zod.def.checks ?? [])[0];

/** What the zod schema says that its own JSON Schema form loses: the shared field types by their checks, and the bounded lists. */
function override(ctx: { zodSchema: z.core.$ZodTypes; jsonSchema: JsonSchema }): void {
  const def = ctx.zodSchema._zod.def as { type: string; checks?: unknown[]; in?: z.core.$ZodType; out?: z.core.$ZodType };
  const checks = def.checks ?? [];
  const js = ctx.jsonSchema;
  if (def.type === 'pipe' && def.out !== undefined) {
    // boundedArray: the bound is on the input side, the items on the output side.
    const element = (def.out._zod.def as { element?: z.core.$ZodType }).element;
    if (element !== undefined) js.items = jsonSchemaOf(element);
  }
  if (DATE_CHECK !== undefined && checks.includes(DATE_CHECK)) js.pattern = DATE_PATTERN;
  if (TIME_CHECK !== undefined && checks.includes(TIME_CHECK)) js.pattern = TIME_PATTERN;
  if (checks.includes(SAFE_TEXT)) js.pattern = TEXT_PATTERN;
  if (GRADE_CHECK !== undefined && checks.includes(GRADE_CHECK)) {
    delete js.type;
    js.anyOf = [{ const: 0 }, { type: 'integer', minimum: 20, maximum: 100 }];
  }
}

/** The JSON Schema of a zod schema, as a request body is validated: every expressible constraint kept. */
export function jsonSchemaOf(schema: z.core.$ZodType): JsonSchema {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any', override }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** The request body of a route as a standalone JSON Schema document (descriptions are added at build, from the types). */
export function requestSchemaOf(route: Route): JsonSchema {
  const checks = route.checks.length === 0 ? '' : ` Checks JSON Schema cannot express, made by the service: ${route.checks.join('; ')}.`;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://arr-rules/json-schema/${route.kind}.json`,
    title: `${route.kind}: the input of ${route.fn}`,
    description: `${kindNamed(route.kind)?.summary.en ?? route.fn}.${checks}${route.note === undefined ? '' : ` ${route.note}`}`,
    ...jsonSchemaOf(route.schema),
    'x-rules-version': RULES_VERSION,
  };
}

/** The library's answer to a body, exactly as the CLI's batch and the service give it; InvalidInputError for a bad body. */
export function answer(kind: string, body: unknown, locale: 'nb' | 'en'): unknown {
  return kindOf(kind).run(body, locale);
}

function kindOf(kind: string): Kind {
  const found = kindNamed(kind);
  if (found === undefined) throw new Error(`no kind ${kind}`);
  return found;
}

/**
 * The answer as the JSON the service sends, UTF-8: `JSON.stringify(answer(kind, body, locale))`, byte for byte. A body
 * of `assess` that the schema takes as it is (parsed JSON, so plain data) skips zod and is written from the parts of
 * its answer kept encoded, as the batch does; a plan is written by its own writer, as the batch writes it.
 */
export function answerBytes(kind: string, body: unknown, locale: 'nb' | 'en'): Buffer {
  const plain = kind === 'assess' ? plainEligibilityBytes(body, locale) : undefined;
  if (plain !== undefined) return plain;
  const found = kindOf(kind);
  return Buffer.from((found.stringify ?? JSON.stringify)(found.run(body, locale) as never), 'utf8');
}
