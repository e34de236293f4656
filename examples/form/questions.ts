/** The questions of the target-group form: what each asks, in both languages, and how it is answered. */
import { EMPLOYMENT, type Words, YES_NO } from './texts.js';

export type Choice = { readonly value: string | boolean; readonly label: Words };
export type Question = {
  readonly name: string;
  readonly label: Words;
  readonly description?: Words;
  readonly kind: 'select' | 'radio' | 'grade';
  readonly choices?: readonly Choice[];
};

/** Every question the library can ask, in the order a caseworker answers them. */
export const QUESTIONS: readonly Question[] = [
  {
    name: 'referral',
    kind: 'select',
    label: { nb: 'Hvem henviser?', en: 'Who refers the person?' },
    choices: [
      { value: 'nav', label: { nb: 'NAV-kontoret', en: 'The NAV office' } },
      { value: 'gp', label: { nb: 'Fastlegen', en: 'The GP' } },
      { value: 'self', label: { nb: 'Personen selv', en: 'The person themselves' } },
      { value: 'other', label: { nb: 'Andre', en: 'Someone else' } },
    ],
  },
  {
    name: 'employment',
    kind: 'radio',
    label: { nb: 'Har personen et arbeidsforhold?', en: 'Does the person have an employment relationship?' },
    choices: EMPLOYMENT,
  },
  {
    name: 'offer',
    kind: 'radio',
    label: { nb: 'Hvilket tilbud?', en: 'Which offer?' },
    choices: [
      { value: 'residential', label: { nb: 'Døgnopphold ved RNNK', en: 'A residential stay at RNNK' } },
      {
        value: 'day',
        label: { nb: 'Dagtilbud (NAVs arbeidsrettede rehabilitering)', en: "A day offer (NAV's work-oriented rehabilitation)" },
      },
    ],
  },
  {
    name: 'sickLeaveGrade',
    kind: 'grade',
    label: { nb: 'Sykmeldingsgrad i prosent', en: 'Sick-leave grade in percent' },
    description: { nb: '0 hvis personen ikke er sykmeldt', en: '0 if the person is not on sick leave' },
  },
  {
    name: 'workAbilityReduced',
    kind: 'radio',
    choices: YES_NO,
    label: {
      nb: 'Har personen nedsatt arbeidsevne som hindrer inntektsgivende arbeid?',
      en: 'Is the work ability reduced so that it hinders income-generating work?',
    },
  },
  {
    name: 'prognosis.sickLeaveHalvedTwoWeeksAfter',
    kind: 'radio',
    choices: YES_NO,
    label: {
      nb: 'Er det sannsynlig at sykmeldingen er minst halvert to uker etter oppholdet?',
      en: 'Is the sick leave likely to be at least halved two weeks after the stay?',
    },
  },
  {
    name: 'prognosis.inWorkOrJobSeekingEightWeeksAfter',
    kind: 'radio',
    choices: YES_NO,
    label: {
      nb: 'Er det sannsynlig at personen er i arbeid, arbeidsrettet aktivitet eller friskmeldt arbeidssøker åtte uker etter?',
      en: 'Is the person likely to be in work, work-oriented activity or a fit job seeker eight weeks after?',
    },
  },
  {
    name: 'residentialGrounds.noSuitableDayOffer',
    kind: 'radio',
    choices: YES_NO,
    label: { nb: 'Mangler det et egnet dagtilbud?', en: 'Is there no suitable day offer?' },
  },
  {
    name: 'residentialGrounds.environmentChangeEssential',
    kind: 'radio',
    choices: YES_NO,
    label: {
      nb: 'Er en miljøforandring vesentlig for rehabiliteringen?',
      en: 'Is a change of environment essential for the rehabilitation?',
    },
  },
  {
    name: 'residentialGrounds.complexHealthProblems',
    kind: 'radio',
    choices: YES_NO,
    label: {
      nb: 'Har personen mer kompliserte eller tyngre helseplager?',
      en: 'Does the person have more complicated or heavier health problems?',
    },
  },
];
