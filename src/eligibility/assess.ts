import { parseWith } from '../core/check.js';
import { InvalidInputError } from '../core/errors.js';
import { allOf, anyOf, type Evaluation, fact, frozenTree, leaf, type Verdict } from '../core/evaluation.js';
import type { Locale, Options, Text } from '../core/locale.js';
import { localeOf } from '../core/options.js';
import type { Employment } from '../core/types.js';
import { RULES_VERSION } from '../core/version.js';
import { EligibilityInputCheck } from './checks.js';
import { REFERRALS } from './fields.js';
import { readEligibility } from './read.js';
import { R, REASONS } from './rules.js';

/** The facts about a person that decide whether ARR is for them. */
export interface EligibilityInput {
  /** Who referred the person (henvisning): only `nav`, the local NAV office, can. */
  readonly referral: 'nav' | 'gp' | 'self' | 'other';
  /** Whether the person has an employment relationship (arbeidsforhold). */
  readonly employment: Employment;
  /** `residential` (default): RNNK's døgn offer; `day`: NAV's general ARR. */
  readonly offer?: 'residential' | 'day' | undefined;
  /** Sick-leave grade (sykmeldingsgrad) in whole percent: 0, or 20 … 100. */
  readonly sickLeaveGrade?: number | undefined;
  /** Work ability is reduced so that it hinders getting or keeping income-generating work. */
  readonly workAbilityReduced?: boolean | undefined;
  /** NAV's or the team's judgement of what is likely after the stay; never guessed. */
  readonly prognosis?:
    | {
        /** Target group 1: the sick-leave grade likely halved two weeks after the stay. */
        readonly sickLeaveHalvedTwoWeeksAfter?: boolean | undefined;
        /** Target group 2: likely in work, work-oriented activity, or fit and job seeking eight weeks after. */
        readonly inWorkOrJobSeekingEightWeeksAfter?: boolean | undefined;
      }
    | undefined;
  /** The grounds on which a residential stay may be used; one is enough. */
  readonly residentialGrounds?:
    | {
        /** No suitable day offer of ARR exists. */
        readonly noSuitableDayOffer?: boolean | undefined;
        /** A change of environment is judged essential for the rehabilitation. */
        readonly environmentChangeEssential?: boolean | undefined;
        /** The participant has more complicated or heavier health problems. */
        readonly complexHealthProblems?: boolean | undefined;
      }
    | undefined;
}

/** The answer of `assessEligibility`. */
export interface EligibilityResult {
  /** `yes`, `no`, or `undetermined` when a fact that would decide it is missing. */
  readonly verdict: Verdict;
  /** The target group the person qualifies in; set only for `yes` on the residential offer. */
  readonly targetGroup: Employment | null;
  /** Input paths that would decide an `undetermined` verdict, for a form to ask next. */
  readonly missing: readonly string[];
  /** The explanation tree. */
  readonly evaluation: Evaluation;
  /** The version of the rules that gave this answer. */
  readonly rulesVersion: string;
}

const REFERRAL_REASONS: Record<EligibilityInput['referral'], { verdict: Verdict; text: Text }> = {
  nav: {
    verdict: 'yes',
    text: {
      nb: 'Henvisningen kommer fra NAV-kontoret, som er den eneste som kan henvise til tilbudet.',
      en: 'The referral comes from the NAV office, the only one that can refer to the offer.',
    },
  },
  gp: {
    verdict: 'no',
    text: {
      nb: 'Henvisningen kommer fra fastlegen; bare NAV-kontoret kan henvise til tilbudet. Fastlegen kan kontakte NAV for å avklare om tilbudet passer.',
      en: 'The referral comes from the GP; only the NAV office can refer to the offer. The GP can contact NAV to clarify whether the offer fits.',
    },
  },
  self: {
    verdict: 'no',
    text: {
      nb: 'Personen har henvist seg selv; bare NAV-kontoret kan henvise til tilbudet. Personen kan ta kontakt med NAV-kontoret der hen bor.',
      en: 'The person referred themselves; only the NAV office can refer to the offer. They can contact the NAV office where they live.',
    },
  },
  other: {
    verdict: 'no',
    text: {
      nb: 'Henvisningen kommer ikke fra NAV-kontoret; bare NAV-kontoret kan henvise til tilbudet. Den som henviste kan kontakte NAV for å avklare om tilbudet passer.',
      en: 'The referral does not come from the NAV office; only the NAV office can refer to the offer. Whoever referred can contact NAV to clarify whether the offer fits.',
    },
  },
};

const SICK_LEAVE = {
  yes: { nb: 'Personen er sykmeldt.', en: 'The person is on sick leave.' },
  no: { nb: 'Personen er ikke sykmeldt (sykmeldingsgrad 0).', en: 'The person is not on sick leave (sick-leave grade 0).' },
  undetermined: {
    nb: 'Sykmeldingsgraden er ikke oppgitt, så det er ukjent om personen er sykmeldt.',
    en: 'The sick-leave grade is not given, so it is unknown whether the person is on sick leave.',
  },
} as const;

const WORK_ABILITY = {
  yes: {
    nb: 'Personen har nedsatt arbeidsevne som hindrer inntektsgivende arbeid.',
    en: 'The person has reduced work ability that hinders income-generating work.',
  },
  no: {
    nb: 'Personen har ikke nedsatt arbeidsevne som hindrer inntektsgivende arbeid.',
    en: 'The person does not have reduced work ability that hinders income-generating work.',
  },
  undetermined: { nb: 'Det er ikke oppgitt om arbeidsevnen er nedsatt.', en: 'It is not stated whether work ability is reduced.' },
} as const;

const PROGNOSIS_HALVED = {
  yes: {
    nb: 'Det er vurdert som sannsynlig at sykmeldingsgraden blir minst halvert to uker etter oppholdet.',
    en: 'It is judged likely that the sick-leave grade will be at least halved two weeks after the stay.',
  },
  no: {
    nb: 'Det er ikke vurdert som sannsynlig at sykmeldingsgraden blir minst halvert to uker etter oppholdet.',
    en: 'It is not judged likely that the sick-leave grade will be at least halved two weeks after the stay.',
  },
  undetermined: {
    nb: 'Vurderingen av om sykmeldingsgraden sannsynligvis blir minst halvert to uker etter oppholdet, mangler.',
    en: 'The judgement of whether the sick-leave grade will likely be at least halved two weeks after the stay is missing.',
  },
} as const;

const PROGNOSIS_WORK = {
  yes: {
    nb: 'Personen er i målgruppe 2: det er vurdert som sannsynlig at personen åtte uker etter oppholdet er friskmeldt og registrert arbeidssøker, eller i arbeid eller arbeidsrettet aktivitet.',
    en: 'The person is in target group 2: it is judged likely that eight weeks after the stay the person is declared fit and a registered job seeker, or in work or work-oriented activity.',
  },
  no: {
    nb: 'Personen er ikke i målgruppe 2: det er ikke vurdert som sannsynlig at personen åtte uker etter oppholdet er i arbeid, i arbeidsrettet aktivitet eller friskmeldt og registrert arbeidssøker.',
    en: 'The person is not in target group 2: it is not judged likely that eight weeks after the stay the person is in work, in work-oriented activity, or declared fit and a registered job seeker.',
  },
  undetermined: {
    nb: 'Det kan ikke avgjøres ennå om personen er i målgruppe 2: vurderingen av situasjonen åtte uker etter oppholdet mangler.',
    en: 'Whether the person is in target group 2 cannot be decided yet: the judgement of the situation eight weeks after the stay is missing.',
  },
} as const;

/** Group 1 presupposes sick leave; the sources give no target group for an employed person without it (decision 20). */
const GROUP1_NO_SICK_LEAVE = {
  ...REASONS.targetGroup1,
  no: {
    nb: 'Målgruppe 1 forutsetter sykmelding, og personen er ikke sykmeldt. Kildene beskriver ingen målgruppe for døgntilbudet for personer med arbeidsforhold som ikke er sykmeldt.',
    en: 'Target group 1 presupposes sick leave, and the person is not on sick leave. The sources describe no target group of the residential offer for people with an employment relationship who are not on sick leave.',
  },
} as const;

const GROUND = {
  noDayOffer: {
    yes: { nb: 'Det finnes ikke noe egnet dagtilbud.', en: 'There is no suitable day offer.' },
    no: { nb: 'Det finnes et egnet dagtilbud.', en: 'A suitable day offer exists.' },
    undetermined: {
      nb: 'Det er ikke vurdert om det finnes et egnet dagtilbud.',
      en: 'Whether a suitable day offer exists has not been assessed.',
    },
  },
  environment: {
    yes: {
      nb: 'En miljøforandring vurderes som vesentlig for rehabiliteringen.',
      en: 'A change of environment is judged essential for the rehabilitation.',
    },
    no: {
      nb: 'En miljøforandring vurderes ikke som vesentlig for rehabiliteringen.',
      en: 'A change of environment is not judged essential for the rehabilitation.',
    },
    undetermined: {
      nb: 'Det er ikke vurdert om en miljøforandring er vesentlig.',
      en: 'Whether a change of environment is essential has not been assessed.',
    },
  },
  complex: {
    yes: {
      nb: 'Deltakeren har mer kompliserte eller tyngre helseplager.',
      en: 'The participant has more complicated or heavier health problems.',
    },
    no: {
      nb: 'Deltakeren har ikke mer kompliserte eller tyngre helseplager.',
      en: 'The participant does not have more complicated or heavier health problems.',
    },
    undetermined: {
      nb: 'Det er ikke vurdert om helseplagene er mer kompliserte eller tyngre.',
      en: 'Whether the health problems are more complicated or heavier has not been assessed.',
    },
  },
} as const;

function sickLeaveFact(grade: number | undefined, locale: Locale): Evaluation {
  return fact(R.onSickLeave, grade === undefined ? undefined : grade > 0, 'sickLeaveGrade', SICK_LEAVE, locale);
}

export function referralRule(input: EligibilityInput, locale: Locale): Evaluation {
  const r = REFERRAL_REASONS[input.referral];
  return leaf(R.referral, r.verdict, r.text[locale]);
}

export function baseConditionRule(input: EligibilityInput, locale: Locale): Evaluation {
  return anyOf(R.baseCondition, REASONS.baseCondition, locale, [
    sickLeaveFact(input.sickLeaveGrade, locale),
    fact(R.workAbilityReduced, input.workAbilityReduced, 'workAbilityReduced', WORK_ABILITY, locale),
  ]);
}

export function targetGroupRule(input: EligibilityInput, locale: Locale): Evaluation {
  if (input.employment === 'employed') {
    const sick = sickLeaveFact(input.sickLeaveGrade, locale);
    const group1 = allOf(R.targetGroup1, sick.verdict === 'no' ? GROUP1_NO_SICK_LEAVE : REASONS.targetGroup1, locale, [
      sick,
      fact(
        R.prognosisHalved,
        input.prognosis?.sickLeaveHalvedTwoWeeksAfter,
        'prognosis.sickLeaveHalvedTwoWeeksAfter',
        PROGNOSIS_HALVED,
        locale,
      ),
    ]);
    return allOf(R.targetGroup, REASONS.targetGroupEmployed, locale, [group1]);
  }
  const group2 = fact(
    R.targetGroup2,
    input.prognosis?.inWorkOrJobSeekingEightWeeksAfter,
    'prognosis.inWorkOrJobSeekingEightWeeksAfter',
    PROGNOSIS_WORK,
    locale,
  );
  return allOf(R.targetGroup, REASONS.targetGroupNotEmployed, locale, [group2]);
}

export function residentialGroundsRule(input: EligibilityInput, locale: Locale): Evaluation {
  const g = input.residentialGrounds;
  return anyOf(R.groundsAny, REASONS.groundsAny, locale, [
    fact(R.noDayOffer, g?.noSuitableDayOffer, 'residentialGrounds.noSuitableDayOffer', GROUND.noDayOffer, locale),
    fact(R.environmentChange, g?.environmentChangeEssential, 'residentialGrounds.environmentChangeEssential', GROUND.environment, locale),
    fact(R.complexHealth, g?.complexHealthProblems, 'residentialGrounds.complexHealthProblems', GROUND.complex, locale),
  ]);
}

/** 0, 1 or 2 for yes, no and not given. */
const tri = (v: boolean | undefined) => (v === undefined ? 2 : v ? 0 : 1);

/**
 * The branches of the root, kept by what each reads of a valid input: the referral (keys 0–3); sick leave and work
 * ability (4–12); the employment, sick leave and the prognosis its group asks for (13–24); the three residential
 * grounds (25–51); 52 more for English. The input is valid, so each key comes from closed sets: at most 104 branches.
 * Each is made once, frozen (as the rules' source lists are) and handed to every answer that has it; the root and the
 * answer around it are the caller's own.
 */
const BRANCHES: Evaluation[] = [];

type Rule = (input: EligibilityInput, locale: Locale) => Evaluation;

/**
 * The branch of `key` (its place in BRANCHES), made on first use; its key is put at `at` in `keys`, where the caller
 * keeps something of its own by branch (the batch's and the service's JSON writer keeps each branch's bytes).
 */
function branch(key: number, make: Rule, input: EligibilityInput, locale: Locale, keys: number[] | undefined, at: number) {
  if (keys) keys[at] = key;
  BRANCHES[key] ??= frozenTree(make(input, locale));
  return BRANCHES[key];
}

/**
 * The root evaluation of a valid input, over its kept branches (two for a day offer, else four), whose keys it puts
 * in `keys` when given.
 */
export function eligibilityRoot(input: EligibilityInput, locale: Locale, keys?: number[]): Evaluation {
  const p = input.prognosis;
  const g = input.residentialGrounds;
  const lang = locale === 'en' ? 52 : 0;
  const sick = tri(input.sickLeaveGrade === undefined ? undefined : input.sickLeaveGrade > 0);
  const referral = branch(lang + REFERRALS.indexOf(input.referral), referralRule, input, locale, keys, 0);
  const base = branch(lang + 4 + sick * 3 + tri(input.workAbilityReduced), baseConditionRule, input, locale, keys, 1);
  if (input.offer === 'day') return allOf(R.day, REASONS.day, locale, [referral, base]);
  const group =
    input.employment === 'employed' ? 13 + sick * 3 + tri(p?.sickLeaveHalvedTwoWeeksAfter) : 22 + tri(p?.inWorkOrJobSeekingEightWeeksAfter);
  const grounds = 25 + tri(g?.noSuitableDayOffer) * 9 + tri(g?.environmentChangeEssential) * 3 + tri(g?.complexHealthProblems);
  return allOf(R.residential, REASONS.residential, locale, [
    referral,
    base,
    branch(lang + group, targetGroupRule, input, locale, keys, 2),
    branch(lang + grounds, residentialGroundsRule, input, locale, keys, 3),
  ]);
}

/** The target group an answer names: the employment, when the stay may be residential; else none. */
export function targetGroupOf(input: EligibilityInput, verdict: Verdict): Employment | null {
  return input.offer !== 'day' && verdict === 'yes' ? input.employment : null;
}

/** Evaluates already-validated input; total (never throws). */
export function evaluateEligibility(input: EligibilityInput, locale: Locale): EligibilityResult {
  const evaluation = eligibilityRoot(input, locale);
  return {
    verdict: evaluation.verdict,
    targetGroup: targetGroupOf(input, evaluation.verdict),
    missing: evaluation.missing,
    evaluation,
    rulesVersion: RULES_VERSION,
  };
}

/**
 * Is this person in ARR's target group, and may the stay be residential?
 * Validates the input, then answers `yes`, `no` or `undetermined` with the
 * explanation tree and, when undetermined, the inputs that would decide it.
 *
 * The result object and the root node are the caller's own. The four branches under the root are shared between
 * answers and frozen, and so may be any list in the tree (the rules' source lists, an empty `missing`): changing one
 * throws a TypeError in strict mode and never changes another answer. Copy the tree (`structuredClone`) to change it.
 *
 * @throws InvalidInputError listing every problem with the input, by path.
 * @example
 * ```ts
 * import { assessEligibility } from 'arr-rules';
 * const result = assessEligibility(
 *   { referral: 'gp', employment: 'employed', sickLeaveGrade: 80 },
 *   { locale: 'en' },
 * );
 * result.verdict; // 'no'
 * result.evaluation.children[0]?.reason;
 * // 'The referral comes from the GP; only the NAV office can refer to the offer. …'
 * ```
 */
export function assessEligibility(input: EligibilityInput, options?: Options): EligibilityResult {
  const locale = localeOf(options);
  // One pass reads a plain input once and checks it (see read.ts); what it cannot finish, the general path does.
  const fast = readEligibility(input, locale);
  if (fast?.value !== undefined) return evaluateEligibility(fast.value, locale);
  if (fast?.issues !== undefined) throw new InvalidInputError(fast.issues, locale);
  // Read once: the check and the rules see the same plain copy, whatever getters or Proxies the input has.
  return evaluateEligibility(parseWith(EligibilityInputCheck, fast?.rest ?? input, locale) as EligibilityInput, locale);
}
