import { parseWith } from '../core/check.js';
import { dateProblemMessage, describeValue, type IsoDate, isoOf, MAX_DAY, outOfRange, readDate } from '../core/dates.js';
import { type InputIssue, InvalidInputError } from '../core/errors.js';
import { allOf, anyOf, type Evaluation, fact, leaf, type Verdict } from '../core/evaluation.js';
import type { Locale, Options, Text } from '../core/locale.js';
import { localeOf } from '../core/options.js';
import type { Employment } from '../core/types.js';
import { RULES_VERSION } from '../core/version.js';
import { OutcomeInputCheck } from './checks.js';
import { CHECKPOINT_DAYS, O, OUTCOME_REASONS } from './outcome-rules.js';

/** The facts at the outcome checkpoint after the stay. */
export interface OutcomeInput {
  /** The target group the person was admitted in. */
  readonly targetGroup: Employment;
  /** The day the person returned home (hjemreise). */
  readonly returnHome: IsoDate;
  /** The day of the check ("today"); never read from the clock. */
  readonly asOf: IsoDate;
  /** Group 1: the sick-leave grade at the start of the stay. */
  readonly sickLeaveGradeAtStart?: number | undefined;
  /** Group 1: the sick-leave grade at the checkpoint. */
  readonly sickLeaveGradeAtCheckpoint?: number | undefined;
  /** Group 2: declared fit (friskmeldt) to NAV. */
  readonly declaredFit?: boolean | undefined;
  /** Group 2: registered as a job seeker. */
  readonly registeredJobSeeker?: boolean | undefined;
  /** Group 2: in work. */
  readonly inWork?: boolean | undefined;
  /** Group 2: in work-oriented activity in ordinary working life, with NAV. */
  readonly inWorkOrientedActivity?: boolean | undefined;
}

/** The answer of `assessOutcome`. */
export interface OutcomeResult {
  readonly verdict: Verdict;
  /** The checkpoint date: return home + 14 days (group 1) or + 56 days (group 2). */
  readonly checkpoint: IsoDate;
  readonly evaluation: Evaluation;
  readonly rulesVersion: string;
}

function checkpointDay(targetGroup: Employment, returnHome: number, locale: Locale): number {
  const day = returnHome + CHECKPOINT_DAYS[targetGroup];
  if (day > MAX_DAY) throw outOfRange('returnHome', locale);
  return day;
}

/**
 * The outcome checkpoint (decision 15): two weeks after the return home for
 * target group 1 (employed), eight weeks for group 2 (not employed).
 *
 * @example
 * ```ts
 * import { outcomeCheckpoint } from 'arr-rules';
 * outcomeCheckpoint('employed', '2027-03-26'); // '2027-04-09'
 * outcomeCheckpoint('not-employed', '2027-03-26'); // '2027-05-21'
 * ```
 */
export function outcomeCheckpoint(targetGroup: Employment, returnHome: IsoDate, options?: Options): IsoDate {
  const locale = localeOf(options);
  const issues: InputIssue[] = [];
  if (targetGroup !== 'employed' && targetGroup !== 'not-employed') {
    issues.push({
      path: 'targetGroup',
      message:
        locale === 'nb'
          ? `Fikk ${describeValue(targetGroup, locale)}; forventet "employed" eller "not-employed".`
          : `Got ${describeValue(targetGroup, locale)}; expected "employed" or "not-employed".`,
    });
  }
  const day = readDate(returnHome);
  if (typeof day !== 'number') issues.push({ path: 'returnHome', message: dateProblemMessage(returnHome, day, locale) });
  if (issues.length > 0) throw new InvalidInputError(issues, locale);
  return isoOf(checkpointDay(targetGroup, day as number, locale));
}

const FACT: Record<'declaredFit' | 'registered' | 'inWork' | 'inActivity', { readonly [V in Verdict]: Text }> = {
  declaredFit: {
    yes: { nb: 'Personen er friskmeldt til NAV.', en: 'The person is declared fit to NAV.' },
    no: { nb: 'Personen er ikke friskmeldt til NAV.', en: 'The person is not declared fit to NAV.' },
    undetermined: { nb: 'Det er ikke oppgitt om personen er friskmeldt.', en: 'It is not stated whether the person is declared fit.' },
  },
  registered: {
    yes: { nb: 'Personen er registrert arbeidssøker.', en: 'The person is a registered job seeker.' },
    no: { nb: 'Personen er ikke registrert arbeidssøker.', en: 'The person is not a registered job seeker.' },
    undetermined: {
      nb: 'Det er ikke oppgitt om personen er registrert arbeidssøker.',
      en: 'It is not stated whether the person is a registered job seeker.',
    },
  },
  inWork: {
    yes: { nb: 'Personen er i arbeid.', en: 'The person is in work.' },
    no: { nb: 'Personen er ikke i arbeid.', en: 'The person is not in work.' },
    undetermined: { nb: 'Det er ikke oppgitt om personen er i arbeid.', en: 'It is not stated whether the person is in work.' },
  },
  inActivity: {
    yes: {
      nb: 'Personen er i arbeidsrettet aktivitet i ordinært arbeidsliv i samarbeid med NAV.',
      en: 'The person is in work-oriented activity in ordinary working life in cooperation with NAV.',
    },
    no: {
      nb: 'Personen er ikke i arbeidsrettet aktivitet i ordinært arbeidsliv.',
      en: 'The person is not in work-oriented activity in ordinary working life.',
    },
    undetermined: {
      nb: 'Det er ikke oppgitt om personen er i arbeidsrettet aktivitet.',
      en: 'It is not stated whether the person is in work-oriented activity.',
    },
  },
};

/** A grade that was not halved may have fallen, stayed or risen: the sentence says which. */
function notHalved(start: number, now: number, locale: Locale): string {
  const most = Math.floor(start / 2);
  if (locale === 'nb') {
    const moved =
      now < start
        ? `Sykmeldingsgraden er redusert fra ${start} % til ${now} %`
        : now === start
          ? `Sykmeldingsgraden er uendret på ${start} %`
          : `Sykmeldingsgraden har økt fra ${start} % til ${now} %`;
    return `${moved}; det er ikke en halvering (høyst ${most} % kreves).`;
  }
  const moved =
    now < start
      ? `The sick-leave grade fell from ${start} % to ${now} %`
      : now === start
        ? `The sick-leave grade stayed at ${start} %`
        : `The sick-leave grade rose from ${start} % to ${now} %`;
  return `${moved}; that is not a halving (at most ${most} % is needed).`;
}

function group1(input: OutcomeInput, locale: Locale): Evaluation {
  const start = input.sickLeaveGradeAtStart;
  const now = input.sickLeaveGradeAtCheckpoint;
  const nb = locale === 'nb';
  if (start === 0) {
    return leaf(
      O.group1,
      'undetermined',
      nb
        ? 'Sykmeldingsgraden ved start er 0; målgruppe 1 forutsetter sykmelding ved start, så en halvering kan ikke vurderes.'
        : 'The sick-leave grade at the start is 0; group 1 presupposes sick leave at the start, so a halving cannot be assessed.',
    );
  }
  const missing = [...(start === undefined ? ['sickLeaveGradeAtStart'] : []), ...(now === undefined ? ['sickLeaveGradeAtCheckpoint'] : [])];
  if (start === undefined || now === undefined) {
    return leaf(
      O.group1,
      'undetermined',
      nb
        ? 'Både sykmeldingsgraden ved start og sykmeldingsgraden ved sjekkpunktet må være oppgitt.'
        : 'Both the sick-leave grade at the start and the one at the checkpoint must be given.',
      missing,
    );
  }
  // "Reduced by at least half" (decision 16): grade now ≤ grade at start ÷ 2, compared in integers.
  return now * 2 <= start
    ? leaf(
        O.group1,
        'yes',
        nb
          ? `Sykmeldingsgraden er redusert fra ${start} % til ${now} %, altså minst halvert.`
          : `The sick-leave grade fell from ${start} % to ${now} %, so at least halved.`,
      )
    : leaf(O.group1, 'no', notHalved(start, now, locale));
}

function group2(input: OutcomeInput, locale: Locale): Evaluation {
  return anyOf(O.group2, OUTCOME_REASONS.group2, locale, [
    allOf(O.fitAndRegistered, OUTCOME_REASONS.fitAndRegistered, locale, [
      fact(O.declaredFit, input.declaredFit, 'declaredFit', FACT.declaredFit, locale),
      fact(O.registered, input.registeredJobSeeker, 'registeredJobSeeker', FACT.registered, locale),
    ]),
    fact(O.inWork, input.inWork, 'inWork', FACT.inWork, locale),
    fact(O.inActivity, input.inWorkOrientedActivity, 'inWorkOrientedActivity', FACT.inActivity, locale),
  ]);
}

/**
 * Did the stay reach its target group's goal? Checked at the checkpoint:
 * group 1 (employed) 14 days after the return home, sick leave at least
 * halved; group 2 (not employed) 56 days after, in work, in work-oriented
 * activity, or declared fit and registered as a job seeker. Before the
 * checkpoint the answer is `undetermined`.
 *
 * @throws InvalidInputError listing every problem with the input, by path.
 * @example
 * ```ts
 * import { assessOutcome } from 'arr-rules';
 * assessOutcome({
 *   targetGroup: 'employed', returnHome: '2027-03-26', asOf: '2027-04-09',
 *   sickLeaveGradeAtStart: 80, sickLeaveGradeAtCheckpoint: 40,
 * }).verdict; // 'yes'
 * ```
 */
export function assessOutcome(input: OutcomeInput, options?: Options): OutcomeResult {
  const locale = localeOf(options);
  const valid = parseWith(OutcomeInputCheck, input, locale) as OutcomeInput;
  const checkpoint = checkpointDay(valid.targetGroup, readDate(valid.returnHome) as number, locale);
  const checkpointIso = isoOf(checkpoint);
  const reached = (readDate(valid.asOf) as number) >= checkpoint;
  const nb = locale === 'nb';
  const gate = reached
    ? leaf(O.checkpoint, 'yes', nb ? `Sjekkpunktet ${checkpointIso} er nådd.` : `The checkpoint ${checkpointIso} has been reached.`)
    : leaf(
        O.checkpoint,
        'undetermined',
        nb
          ? `Sjekkpunktet er ${checkpointIso}; før den dagen kan utfallet ikke avgjøres.`
          : `The checkpoint is ${checkpointIso}; before that day the outcome cannot be decided.`,
        ['asOf'],
      );
  const facts = valid.targetGroup === 'employed' ? group1(valid, locale) : group2(valid, locale);
  // Before the checkpoint the facts cannot decide anything yet, so this is a gate, not a conjunction.
  const verdict: Verdict = reached ? facts.verdict : 'undetermined';
  // A decided gate and decided facts have nothing missing; the gate asks only for asOf, which no fact asks for.
  const missing = [...gate.missing, ...facts.missing];
  const evaluation: Evaluation = {
    rule: O.outcome.id,
    verdict,
    reason: OUTCOME_REASONS.outcome[verdict][locale],
    sources: O.outcome.sources,
    missing,
    children: [gate, facts],
  };
  return { verdict, checkpoint: checkpointIso, evaluation, rulesVersion: RULES_VERSION };
}
