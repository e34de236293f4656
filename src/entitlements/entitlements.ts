import * as z from 'zod/mini';
import { type Evaluation, leaf, type Verdict } from '../core/evaluation.js';
import type { Options, Text } from '../core/locale.js';
import { localeOf } from '../core/options.js';
import { nav, type RuleRef, type RuleTexts, rnnk } from '../core/rule.js';
import { parseInput } from '../core/schema.js';
import { RULES_VERSION } from '../core/version.js';

/** The participant's livelihood benefit: sykepenger (sickness benefit), AAP (work assessment allowance), tiltakspenger, dagpenger, none, or another. */
export type Benefit = 'sykepenger' | 'aap' | 'tiltakspenger' | 'dagpenger' | 'none' | 'other';

/** Schema of a `Benefit`. */
export const BenefitSchema = z.enum(['sykepenger', 'aap', 'tiltakspenger', 'dagpenger', 'none', 'other']);
const BenefitInputSchema = z.strictObject({ benefit: BenefitSchema });

const PRACTICAL = rnnk('Praktisk informasjon');
const USEFUL = nav('Nyttig å vite');

export const E = {
  travel: {
    id: 'entitlements.travel',
    sources: [PRACTICAL],
    implementedBy: 'travelCosts',
  },
  terms: {
    id: 'entitlements.terms',
    sources: [PRACTICAL, USEFUL],
    implementedBy: 'participationTerms',
  },
  fee: {
    id: 'entitlements.no-fee',
    sources: [PRACTICAL],
    implementedBy: 'participationTerms',
  },
  room: {
    id: 'entitlements.single-room',
    sources: [PRACTICAL],
    implementedBy: 'participationTerms',
  },
  keepsBenefit: {
    id: 'entitlements.keeps-benefit',
    sources: [USEFUL],
    implementedBy: 'participationTerms',
  },
  measureAllowance: {
    id: 'entitlements.measure-allowance',
    sources: [USEFUL],
    implementedBy: 'participationTerms',
  },
} as const satisfies Record<string, RuleRef>;

/** Catalogue texts of the rules above: only `RULES` needs them, so bundlers can leave them out of the evaluating code. */
export const ENTITLEMENT_TEXTS: { readonly [K in keyof typeof E]: RuleTexts } = {
  travel: {
    title: { nb: 'Hvem betaler reisen', en: 'Who pays the travel' },
    description: {
      nb: 'Deltakere med sykepenger betaler reisen til og fra RNNK selv; for deltakere med arbeidsavklaringspenger dekker NAV reisen. Kildene sier ikke noe om andre ytelser.',
      en: 'Participants on sickness benefit pay their own travel to and from RNNK; for participants on AAP, NAV covers it. The sources say nothing of other benefits.',
    },
  },
  terms: {
    title: { nb: 'Vilkår for å delta', en: 'Terms of taking part' },
    description: {
      nb: 'Deltakeren bor på enerom og betaler ingen egenandel; livsoppholdsytelsen beholdes, og den som ikke har en kan ha rett til stønad ved tiltak.',
      en: 'The participant has a single room and pays no fee; a livelihood benefit is kept, and a person without one may be entitled to the allowance for participants.',
    },
  },
  fee: {
    title: { nb: 'Ingen egenandel', en: 'No participant fee' },
    description: { nb: 'Det er ingen egenandel for deltakere i tilbudet.', en: 'There is no participant fee in the offer.' },
  },
  room: { title: { nb: 'Enerom', en: 'Single room' }, description: { nb: 'Oppholdet er i enerom.', en: 'The stay is in a single room.' } },
  keepsBenefit: {
    title: { nb: 'Ytelsen beholdes', en: 'The benefit is kept' },
    description: {
      nb: 'Den som får stønad til livsopphold, for eksempel sykepenger eller arbeidsavklaringspenger, beholder ytelsen mens tiltaket pågår.',
      en: 'A person receiving a livelihood benefit, such as sickness benefit or AAP, keeps it while taking part.',
    },
  },
  measureAllowance: {
    title: { nb: 'Stønad ved tiltak', en: 'Allowance for participants' },
    description: {
      nb: 'Den som ikke har stønad til livsopphold, kan ha rett til stønad ved tiltak.',
      en: 'A person without a livelihood benefit may be entitled to the allowance for participants in a measure.',
    },
  },
};

const SILENT: Text = {
  nb: 'Kildene sier ikke noe om denne ytelsen; de nevner bare sykepenger og arbeidsavklaringspenger. Avklar med NAV-kontoret.',
  en: 'The sources say nothing of this benefit; they name only sickness benefit and AAP. Clarify with the NAV office.',
};

const TRAVEL: Record<Benefit, { payer: 'participant' | 'nav' | null; verdict: Verdict; text: Text }> = {
  sykepenger: {
    payer: 'participant',
    verdict: 'yes',
    text: {
      nb: 'Deltakeren får sykepenger og betaler selv reisen til og fra RNNK.',
      en: 'The participant receives sickness benefit and pays their own travel to and from RNNK.',
    },
  },
  aap: {
    payer: 'nav',
    verdict: 'yes',
    text: {
      nb: 'Deltakeren får arbeidsavklaringspenger, og NAV dekker reisen.',
      en: 'The participant receives AAP, and NAV covers the travel.',
    },
  },
  tiltakspenger: { payer: null, verdict: 'undetermined', text: SILENT },
  dagpenger: { payer: null, verdict: 'undetermined', text: SILENT },
  none: { payer: null, verdict: 'undetermined', text: SILENT },
  other: { payer: null, verdict: 'undetermined', text: SILENT },
};

/**
 * Who pays the travel to and from RNNK? Sickness benefit (sykepenger): the
 * participant; AAP: NAV. For any other benefit the sources are silent: no
 * payer, and `undetermined` (decision 32).
 *
 * @example
 * ```ts
 * import { travelCosts } from 'arr-rules';
 * travelCosts({ benefit: 'aap' }).payer; // 'nav'
 * travelCosts({ benefit: 'dagpenger' }).payer; // null
 * ```
 */
export function travelCosts(
  input: { readonly benefit: Benefit },
  options?: Options,
): { payer: 'participant' | 'nav' | null; evaluation: Evaluation; rulesVersion: string } {
  const locale = localeOf(options);
  const { benefit } = parseInput(BenefitInputSchema, input, locale);
  const t = TRAVEL[benefit];
  return { payer: t.payer, evaluation: leaf(E.travel, t.verdict, t.text[locale]), rulesVersion: RULES_VERSION };
}

/** The terms of taking part: fee, room, and what happens to the person's benefit. */
export interface ParticipationTerms {
  /** 0: there is no participant fee (egenandel). */
  readonly participantFeeNok: number;
  readonly accommodation: 'single-room';
  /** `yes` for sykepenger and AAP; `no` with no benefit; `undetermined` where the sources are silent. */
  readonly keepsBenefit: Verdict;
  /** `yes` with no livelihood benefit (stønad ved tiltak); `no` for sykepenger and AAP; else `undetermined`. */
  readonly mayQualifyForMeasureAllowance: Verdict;
  readonly evaluation: Evaluation;
  readonly rulesVersion: string;
}

const KEEPS: Record<Benefit, { keeps: Verdict; allowance: Verdict }> = {
  sykepenger: { keeps: 'yes', allowance: 'no' },
  aap: { keeps: 'yes', allowance: 'no' },
  none: { keeps: 'no', allowance: 'yes' },
  tiltakspenger: { keeps: 'undetermined', allowance: 'undetermined' },
  dagpenger: { keeps: 'undetermined', allowance: 'undetermined' },
  other: { keeps: 'undetermined', allowance: 'undetermined' },
};

const KEEPS_TEXT: Record<Verdict, Text> = {
  yes: { nb: 'Ytelsen til livsopphold beholdes mens tiltaket pågår.', en: 'The livelihood benefit is kept while taking part.' },
  no: { nb: 'Personen har ingen ytelse til livsopphold som kan beholdes.', en: 'The person has no livelihood benefit to keep.' },
  undetermined: SILENT,
};
const ALLOWANCE_TEXT: Record<Verdict, Text> = {
  yes: {
    nb: 'Uten stønad til livsopphold kan personen ha rett til stønad ved tiltak.',
    en: 'Without a livelihood benefit the person may be entitled to the allowance for participants.',
  },
  no: {
    nb: 'Personen har en ytelse til livsopphold og beholder den; stønad ved tiltak er for den som ikke har stønad.',
    en: 'The person has a livelihood benefit and keeps it; the allowance is for those without one.',
  },
  undetermined: SILENT,
};

/**
 * The terms of taking part: no participant fee, a single room, and whether
 * the person keeps their benefit or may qualify for the allowance for
 * participants (stønad ved tiltak). The root verdict says whether the sources
 * settle the terms for this benefit.
 *
 * @example
 * ```ts
 * import { participationTerms } from 'arr-rules';
 * participationTerms({ benefit: 'none' }).mayQualifyForMeasureAllowance; // 'yes'
 * ```
 */
export function participationTerms(input: { readonly benefit: Benefit }, options?: Options): ParticipationTerms {
  const locale = localeOf(options);
  const { benefit } = parseInput(BenefitInputSchema, input, locale);
  const k = KEEPS[benefit];
  const nb = locale === 'nb';
  const settled: Verdict = k.keeps === 'undetermined' ? 'undetermined' : 'yes';
  const evaluation: Evaluation = {
    rule: E.terms.id,
    verdict: settled,
    reason:
      settled === 'yes'
        ? nb
          ? 'Kildene avgjør vilkårene for å delta for denne ytelsen.'
          : 'The sources settle the terms of taking part for this benefit.'
        : nb
          ? 'Kildene avgjør ikke alle vilkårene for denne ytelsen.'
          : 'The sources do not settle all terms for this benefit.',
    sources: E.terms.sources,
    missing: [],
    children: [
      leaf(E.fee, 'yes', nb ? 'Det er ingen egenandel.' : 'There is no participant fee.'),
      leaf(E.room, 'yes', nb ? 'Oppholdet er i enerom.' : 'The stay is in a single room.'),
      leaf(E.keepsBenefit, k.keeps, KEEPS_TEXT[k.keeps][locale]),
      leaf(E.measureAllowance, k.allowance, ALLOWANCE_TEXT[k.allowance][locale]),
    ],
  };
  return {
    participantFeeNok: 0,
    accommodation: 'single-room',
    keepsBenefit: k.keeps,
    mayQualifyForMeasureAllowance: k.allowance,
    evaluation,
    rulesVersion: RULES_VERSION,
  };
}
