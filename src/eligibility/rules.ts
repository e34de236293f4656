/** The eligibility rules of ARR: catalogue entries and the reasons each gives. */
import type { Reasons } from '../core/evaluation.js';
import { frozenRules, nav, type RuleRef, type RuleTexts, rnnk } from '../core/rule.js';

const INTRO = nav('Arbeidsrettet rehabilitering');
const REFERRAL = rnnk('Henvisning og inntak');
const TARGET = rnnk('Målgruppe');
const GROUNDS = rnnk('Døgnopphold kan benyttes');

export const R = /* @__PURE__ */ frozenRules({
  residential: {
    id: 'eligibility.residential',
    sources: [REFERRAL, TARGET, GROUNDS],
    implementedBy: 'assessEligibility',
  },
  day: {
    id: 'eligibility.day',
    sources: [INTRO, REFERRAL],
    implementedBy: 'assessEligibility',
  },
  referral: {
    id: 'eligibility.referral',
    sources: [REFERRAL, nav('Nyttig å vite')],
    implementedBy: 'assessEligibility',
  },
  baseCondition: {
    id: 'eligibility.base-condition',
    sources: [INTRO, REFERRAL],
    implementedBy: 'assessEligibility',
  },
  onSickLeave: {
    id: 'eligibility.on-sick-leave',
    sources: [INTRO, REFERRAL],
    implementedBy: 'assessEligibility',
  },
  workAbilityReduced: {
    id: 'eligibility.work-ability-reduced',
    sources: [INTRO, REFERRAL],
    implementedBy: 'assessEligibility',
  },
  targetGroup: {
    id: 'eligibility.target-group',
    sources: [TARGET],
    implementedBy: 'assessEligibility',
  },
  targetGroup1: {
    id: 'eligibility.target-group-1',
    sources: [TARGET],
    implementedBy: 'assessEligibility',
  },
  prognosisHalved: {
    id: 'eligibility.prognosis-halved',
    sources: [TARGET],
    implementedBy: 'assessEligibility',
  },
  targetGroup2: {
    id: 'eligibility.target-group-2',
    sources: [TARGET],
    implementedBy: 'assessEligibility',
  },
  groundsAny: {
    id: 'eligibility.residential-grounds',
    sources: [GROUNDS],
    implementedBy: 'assessEligibility',
  },
  noDayOffer: {
    id: 'eligibility.ground.no-suitable-day-offer',
    sources: [GROUNDS],
    implementedBy: 'assessEligibility',
  },
  environmentChange: {
    id: 'eligibility.ground.environment-change',
    sources: [GROUNDS],
    implementedBy: 'assessEligibility',
  },
  complexHealth: {
    id: 'eligibility.ground.complex-health-problems',
    sources: [GROUNDS],
    implementedBy: 'assessEligibility',
  },
} as const satisfies Record<string, RuleRef>);

/** Catalogue texts of the rules above: only `RULES` needs them, so bundlers can leave them out of the evaluating code. */
export const RULE_TEXTS: { readonly [K in keyof typeof R]: RuleTexts } = {
  residential: {
    title: { nb: 'Vilkår for døgntilbudet ved RNNK', en: "Conditions for RNNK's residential offer" },
    description: {
      nb: 'Døgntilbudet krever henvisning fra NAV, at grunnvilkåret er oppfylt, at personen er i en av de to målgruppene og at minst ett grunnlag for døgnopphold foreligger.',
      en: 'The residential offer requires a referral from NAV, the base condition, membership of one of the two target groups and at least one ground for a residential stay.',
    },
  },
  day: {
    title: {
      nb: 'Vilkår for arbeidsrettet rehabilitering (NAVs generelle tiltak)',
      en: "Conditions for work-oriented rehabilitation (NAV's general measure)",
    },
    description: {
      nb: 'Det generelle tiltaket krever henvisning fra NAV og at grunnvilkåret er oppfylt; RNNKs målgrupper og grunnlag for døgnopphold gjelder ikke.',
      en: "NAV's general measure requires a referral from NAV and the base condition; RNNK's target groups and residential grounds do not apply.",
    },
  },
  referral: {
    title: { nb: 'Henvisning fra NAV-kontoret', en: 'Referral from the NAV office' },
    description: {
      nb: 'Deltakere henvises av det lokale NAV-kontoret. Fastlege eller andre kan ikke henvise, men kan kontakte NAV for å avklare om tilbudet passer.',
      en: 'Participants are referred by their local NAV office. A GP or anyone else cannot refer, but may contact NAV to clarify whether the offer fits.',
    },
  },
  baseCondition: {
    title: { nb: 'Grunnvilkår: sykmeldt og/eller nedsatt arbeidsevne', en: 'Base condition: on sick leave and/or reduced work ability' },
    description: {
      nb: 'Tiltaket er for personer som er sykmeldt og/eller har fått arbeidsevnen nedsatt slik at de hindres i å skaffe eller beholde inntektsgivende arbeid.',
      en: 'The measure is for people on sick leave and/or whose work ability is reduced so that it hinders them in getting or keeping income-generating work.',
    },
  },
  onSickLeave: {
    title: { nb: 'Sykmeldt', en: 'On sick leave' },
    description: {
      nb: 'Personen er sykmeldt: sykmeldingsgraden er fra 20 til 100 prosent (0 betyr ikke sykmeldt).',
      en: 'The person is on sick leave: the sick-leave grade is 20 to 100 percent (0 means not on sick leave).',
    },
  },
  workAbilityReduced: {
    title: { nb: 'Nedsatt arbeidsevne', en: 'Reduced work ability' },
    description: {
      nb: 'Arbeidsevnen er nedsatt slik at personen hindres i å skaffe eller beholde inntektsgivende arbeid.',
      en: 'Work ability is reduced so that it hinders the person in getting or keeping income-generating work.',
    },
  },
  targetGroup: {
    title: { nb: 'Målgruppe for døgntilbudet', en: 'Target group of the residential offer' },
    description: {
      nb: 'Personer med arbeidsforhold vurderes etter målgruppe 1, personer uten arbeidsforhold etter målgruppe 2.',
      en: 'People with an employment relationship are assessed under target group 1, people without one under target group 2.',
    },
  },
  targetGroup1: {
    title: { nb: 'Målgruppe 1: med arbeidsforhold', en: 'Target group 1: with an employment relationship' },
    description: {
      nb: 'Personen har et arbeidsforhold, er sykmeldt, og det er sannsynlig at sykmeldingsgraden er redusert med minst halvparten to uker etter endt opphold.',
      en: 'The person has an employment relationship, is on sick leave, and it is likely that the sick-leave grade is reduced by at least half two weeks after the stay ends.',
    },
  },
  prognosisHalved: {
    title: { nb: 'Sannsynlig halvert sykmelding etter to uker', en: 'Sick leave likely halved after two weeks' },
    description: {
      nb: 'NAV eller teamet har vurdert det som sannsynlig at sykmeldingsgraden er redusert med minst halvparten to uker etter endt opphold. Vurderingen er en opplysning; biblioteket gjetter den aldri.',
      en: 'NAV or the team has judged it likely that the sick-leave grade is reduced by at least half two weeks after the stay. The judgement is an input; the library never guesses it.',
    },
  },
  targetGroup2: {
    title: { nb: 'Målgruppe 2: uten arbeidsforhold', en: 'Target group 2: without an employment relationship' },
    description: {
      nb: 'Personen har ikke arbeidsforhold, og det er sannsynlig at personen åtte uker etter endt opphold er friskmeldt til NAV og registrert arbeidssøker, eller er i arbeid eller i arbeidsrettet aktivitet i ordinært arbeidsliv i samarbeid med NAV.',
      en: 'The person has no employment relationship, and it is likely that eight weeks after the stay they are declared fit to NAV and registered as a job seeker, or in work or in work-oriented activity in ordinary working life in cooperation with NAV.',
    },
  },
  groundsAny: {
    title: { nb: 'Grunnlag for døgnopphold', en: 'Grounds for a residential stay' },
    description: {
      nb: 'Døgnopphold kan brukes når minst ett av tre grunnlag foreligger: ikke noe egnet dagtilbud, miljøforandring av vesentlig betydning, eller mer kompliserte eller tyngre helseplager.',
      en: 'A residential stay may be used when at least one of three grounds holds: no suitable day offer, a change of environment of essential importance, or more complicated or heavier health problems.',
    },
  },
  noDayOffer: {
    title: { nb: 'Ikke noe egnet dagtilbud', en: 'No suitable day offer' },
    description: {
      nb: 'Det finnes ikke noe egnet dagtilbud innen arbeidsrettet rehabilitering.',
      en: 'There is no suitable day offer of work-oriented rehabilitation.',
    },
  },
  environmentChange: {
    title: { nb: 'Miljøforandring av vesentlig betydning', en: 'Change of environment essential' },
    description: {
      nb: 'En miljøforandring vurderes å ha vesentlig betydning for rehabiliteringen.',
      en: 'A change of environment is judged to be of essential importance for the rehabilitation.',
    },
  },
  complexHealth: {
    title: { nb: 'Mer kompliserte eller tyngre helseplager', en: 'More complicated or heavier health problems' },
    description: {
      nb: 'Deltakeren har mer kompliserte eller tyngre helseplager.',
      en: 'The participant has more complicated or heavier health problems.',
    },
  },
};

/** Reasons of the combined rules, per verdict. */
export const REASONS = {
  residential: {
    yes: { nb: 'Alle vilkårene for døgntilbudet er oppfylt.', en: 'All conditions for the residential offer are met.' },
    no: { nb: 'Minst ett vilkår for døgntilbudet er ikke oppfylt.', en: 'At least one condition for the residential offer is not met.' },
    undetermined: {
      nb: 'Det kan ikke avgjøres ennå om vilkårene for døgntilbudet er oppfylt; noen opplysninger mangler.',
      en: 'It cannot be decided yet whether the conditions for the residential offer are met; some information is missing.',
    },
  },
  day: {
    yes: { nb: 'Vilkårene for arbeidsrettet rehabilitering er oppfylt.', en: 'The conditions for work-oriented rehabilitation are met.' },
    no: {
      nb: 'Minst ett vilkår for arbeidsrettet rehabilitering er ikke oppfylt.',
      en: 'At least one condition for work-oriented rehabilitation is not met.',
    },
    undetermined: {
      nb: 'Det kan ikke avgjøres ennå om vilkårene for arbeidsrettet rehabilitering er oppfylt; noen opplysninger mangler.',
      en: 'It cannot be decided yet whether the conditions for work-oriented rehabilitation are met; some information is missing.',
    },
  },
  baseCondition: {
    yes: {
      nb: 'Grunnvilkåret er oppfylt: personen er sykmeldt og/eller har nedsatt arbeidsevne.',
      en: 'The base condition is met: the person is on sick leave and/or has reduced work ability.',
    },
    no: {
      nb: 'Grunnvilkåret er ikke oppfylt: personen er ikke sykmeldt og har heller ikke nedsatt arbeidsevne som hindrer inntektsgivende arbeid.',
      en: 'The base condition is not met: the person is not on sick leave and does not have reduced work ability that hinders income-generating work.',
    },
    undetermined: {
      nb: 'Grunnvilkåret kan ikke avgjøres ennå: det mangler opplysning om sykmelding eller arbeidsevne.',
      en: 'The base condition cannot be decided yet: information on sick leave or work ability is missing.',
    },
  },
  targetGroupEmployed: {
    yes: {
      nb: 'Personen har arbeidsforhold og er i målgruppe 1.',
      en: 'The person has an employment relationship and is in target group 1.',
    },
    no: {
      nb: 'Personen har arbeidsforhold, men er ikke i målgruppe 1.',
      en: 'The person has an employment relationship but is not in target group 1.',
    },
    undetermined: {
      nb: 'Personen har arbeidsforhold; det kan ikke avgjøres ennå om personen er i målgruppe 1.',
      en: 'The person has an employment relationship; it cannot be decided yet whether they are in target group 1.',
    },
  },
  targetGroupNotEmployed: {
    yes: {
      nb: 'Personen har ikke arbeidsforhold og er i målgruppe 2.',
      en: 'The person has no employment relationship and is in target group 2.',
    },
    no: {
      nb: 'Personen har ikke arbeidsforhold og er ikke i målgruppe 2.',
      en: 'The person has no employment relationship and is not in target group 2.',
    },
    undetermined: {
      nb: 'Personen har ikke arbeidsforhold; det kan ikke avgjøres ennå om personen er i målgruppe 2.',
      en: 'The person has no employment relationship; it cannot be decided yet whether they are in target group 2.',
    },
  },
  targetGroup1: {
    yes: {
      nb: 'Vilkårene for målgruppe 1 er oppfylt: personen er sykmeldt, og det er vurdert som sannsynlig at sykmeldingsgraden blir minst halvert to uker etter oppholdet.',
      en: 'The conditions for target group 1 are met: the person is on sick leave, and it is judged likely that the sick-leave grade will be at least halved two weeks after the stay.',
    },
    no: { nb: 'Vilkårene for målgruppe 1 er ikke oppfylt.', en: 'The conditions for target group 1 are not met.' },
    undetermined: {
      nb: 'Det kan ikke avgjøres ennå om vilkårene for målgruppe 1 er oppfylt; noen opplysninger mangler.',
      en: 'It cannot be decided yet whether the conditions for target group 1 are met; some information is missing.',
    },
  },
  groundsAny: {
    yes: { nb: 'Minst ett grunnlag for døgnopphold foreligger.', en: 'At least one ground for a residential stay holds.' },
    no: { nb: 'Ingen av de tre grunnlagene for døgnopphold foreligger.', en: 'None of the three grounds for a residential stay holds.' },
    undetermined: {
      nb: 'Ingen grunnlag for døgnopphold er bekreftet ennå, og ikke alle er vurdert.',
      en: 'No ground for a residential stay is confirmed yet, and not all have been assessed.',
    },
  },
} as const satisfies Record<string, Reasons>;
