import { object, oneOf, parseWith } from '../core/check.js';
import { type Evaluation, leaf, type Verdict } from '../core/evaluation.js';
import type { Options, Text } from '../core/locale.js';
import { localeOf } from '../core/options.js';
import { frozenRules, nav, type RuleRef, type RuleTexts, rnnk } from '../core/rule.js';
import { RULES_VERSION } from '../core/version.js';

/** The participant's livelihood benefit: sykepenger (sickness benefit), AAP (work assessment allowance), tiltakspenger, dagpenger, none, or another. */
export type Benefit = 'sykepenger' | 'aap' | 'tiltakspenger' | 'dagpenger' | 'none' | 'other';

/** The benefits, in the order messages list them. */
export const BENEFITS = ['sykepenger', 'aap', 'tiltakspenger', 'dagpenger', 'none', 'other'] as const;
/** `BenefitInputSchema`, without zod (`core/check.ts`). */
export const BenefitInputCheck = /* @__PURE__ */ (() => object({ benefit: oneOf(BENEFITS) }))();

const PRACTICAL = rnnk('Praktisk informasjon');
const USEFUL = nav('Nyttig å vite');

export const E = /* @__PURE__ */ frozenRules({
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
} as const satisfies Record<string, RuleRef>);

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

/** Who a silent answer is about, for the benefits the sources do not name. */
const WHO: Record<'tiltakspenger' | 'dagpenger' | 'none' | 'other', Text> = {
  tiltakspenger: { nb: 'som får tiltakspenger', en: 'receiving tiltakspenger' },
  dagpenger: { nb: 'som får dagpenger', en: 'receiving unemployment benefit (dagpenger)' },
  none: { nb: 'uten ytelse', en: 'without a benefit' },
  other: { nb: 'med en annen ytelse', en: 'with another benefit' },
};
type Unnamed = keyof typeof WHO;

/** RNNK's «Praktisk informasjon» names who pays the travel for sykepenger and AAP only. */
const travelSilent = (who: Unnamed): Text => ({
  nb: `Kildene sier ikke hvem som betaler reisen for deltakere ${WHO[who].nb}; RNNKs beskrivelse nevner bare sykepenger og arbeidsavklaringspenger. Avklar med NAV-kontoret.`,
  en: `The sources do not say who pays the travel for participants ${WHO[who].en}; RNNK's description names only sickness benefit and AAP. Clarify with the NAV office.`,
});

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
  tiltakspenger: { payer: null, verdict: 'undetermined', text: travelSilent('tiltakspenger') },
  dagpenger: { payer: null, verdict: 'undetermined', text: travelSilent('dagpenger') },
  none: { payer: null, verdict: 'undetermined', text: travelSilent('none') },
  other: { payer: null, verdict: 'undetermined', text: travelSilent('other') },
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
  const { benefit } = parseWith(BenefitInputCheck, input, locale);
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

// NAV's «Nyttig å vite»: a livelihood benefit (stønad til livsopphold), "for example" sykepenger or AAP, is kept; without
// one, the person may be entitled to stønad ved tiltak. Whether another benefit counts as livelihood, the text does not say.
const keepsText = (verdict: Verdict, benefit: Benefit): Text =>
  verdict === 'yes'
    ? { nb: 'Ytelsen til livsopphold beholdes mens tiltaket pågår.', en: 'The livelihood benefit is kept while taking part.' }
    : verdict === 'no'
      ? { nb: 'Personen har ingen ytelse til livsopphold som kan beholdes.', en: 'The person has no livelihood benefit to keep.' }
      : {
          nb: `NAVs beskrivelse sier at stønad til livsopphold beholdes under tiltaket, med sykepenger og arbeidsavklaringspenger som eksempler; den sier ikke om det gjelder deltakere ${WHO[benefit as Unnamed].nb}. Avklar med NAV-kontoret.`,
          en: `NAV's description says a livelihood benefit is kept during the measure, naming sickness benefit and AAP as examples; it does not say whether that covers participants ${WHO[benefit as Unnamed].en}. Clarify with the NAV office.`,
        };
const allowanceText = (verdict: Verdict, benefit: Benefit): Text =>
  verdict === 'yes'
    ? {
        nb: 'Uten stønad til livsopphold kan personen ha rett til stønad ved tiltak.',
        en: 'Without a livelihood benefit the person may be entitled to the allowance for participants.',
      }
    : verdict === 'no'
      ? {
          nb: 'Personen har en ytelse til livsopphold og beholder den; stønad ved tiltak er for den som ikke har stønad til livsopphold.',
          en: 'The person has a livelihood benefit and keeps it; the allowance is for those without a livelihood benefit.',
        }
      : {
          nb: `Stønad ved tiltak er for den som ikke har stønad til livsopphold; kildene sier ikke om det gjelder deltakere ${WHO[benefit as Unnamed].nb}.`,
          en: `The allowance for participants is for those without a livelihood benefit; the sources do not say whether that covers participants ${WHO[benefit as Unnamed].en}.`,
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
  const { benefit } = parseWith(BenefitInputCheck, input, locale);
  const k = KEEPS[benefit];
  const nb = locale === 'nb';
  const settled: Verdict = k.keeps === 'undetermined' ? 'undetermined' : 'yes';
  const evaluation: Evaluation = {
    rule: E.terms.id,
    verdict: settled,
    reason:
      settled === 'yes'
        ? nb
          ? 'Kildene avgjør alle vilkårene for å delta i dette tilfellet.'
          : 'The sources settle every term of taking part in this case.'
        : nb
          ? `Kildene avgjør ikke alle vilkårene for deltakere ${WHO[benefit as Unnamed].nb}.`
          : `The sources do not settle every term for participants ${WHO[benefit as Unnamed].en}.`,
    sources: E.terms.sources,
    missing: [],
    children: [
      leaf(E.fee, 'yes', nb ? 'Det er ingen egenandel.' : 'There is no participant fee.'),
      leaf(E.room, 'yes', nb ? 'Oppholdet er i enerom.' : 'The stay is in a single room.'),
      leaf(E.keepsBenefit, k.keeps, keepsText(k.keeps, benefit)[locale]),
      leaf(E.measureAllowance, k.allowance, allowanceText(k.allowance, benefit)[locale]),
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
