/**
 * The question behind each input path the rules can name as missing, for text output: a person reads
 * "Mangler for å avgjøre: Er det vurdert som sannsynlig …?", not `prognosis.sickLeaveHalvedTwoWeeksAfter`.
 * JSON output keeps the paths; scripts and forms match on them.
 */
import type { Locale, Text } from '../core/locale.js';

const LABELS: Record<string, Text> = {
  sickLeaveGrade: { nb: 'Sykmeldingsgrad', en: 'Sick-leave grade' },
  workAbilityReduced: {
    nb: 'Har personen nedsatt arbeidsevne som hindrer inntektsgivende arbeid?',
    en: 'Does the person have reduced work ability that hinders income-generating work?',
  },
  'prognosis.sickLeaveHalvedTwoWeeksAfter': {
    nb: 'Er det sannsynlig at sykmeldingsgraden er minst halvert to uker etter oppholdet?',
    en: 'Is it likely that the sick-leave grade is at least halved two weeks after the stay?',
  },
  'prognosis.inWorkOrJobSeekingEightWeeksAfter': {
    nb: 'Er det sannsynlig at personen åtte uker etter oppholdet er i arbeid, i arbeidsrettet aktivitet eller friskmeldt og registrert arbeidssøker?',
    en: 'Is it likely that eight weeks after the stay the person is in work, in work-oriented activity, or declared fit and a registered job seeker?',
  },
  'residentialGrounds.noSuitableDayOffer': { nb: 'Finnes det et egnet dagtilbud?', en: 'Is there a suitable day offer?' },
  'residentialGrounds.environmentChangeEssential': {
    nb: 'Er en miljøforandring vesentlig for rehabiliteringen?',
    en: 'Is a change of environment essential for the rehabilitation?',
  },
  'residentialGrounds.complexHealthProblems': {
    nb: 'Har personen mer kompliserte eller tyngre helseplager?',
    en: 'Does the person have more complicated or heavier health problems?',
  },
  asOf: { nb: 'Dagen for sjekken (sjekkpunktet er ikke nådd ennå)', en: 'The day of the check (the checkpoint is not reached yet)' },
  sickLeaveGradeAtStart: { nb: 'Sykmeldingsgrad ved start', en: 'Sick-leave grade at the start' },
  sickLeaveGradeAtCheckpoint: { nb: 'Sykmeldingsgrad ved sjekkpunktet', en: 'Sick-leave grade at the checkpoint' },
  declaredFit: { nb: 'Er personen friskmeldt?', en: 'Is the person declared fit?' },
  registeredJobSeeker: { nb: 'Er personen registrert arbeidssøker?', en: 'Is the person a registered job seeker?' },
  inWork: { nb: 'Er personen i arbeid?', en: 'Is the person in work?' },
  inWorkOrientedActivity: {
    nb: 'Er personen i arbeidsrettet aktivitet i ordinært arbeidsliv?',
    en: 'Is the person in work-oriented activity in ordinary working life?',
  },
  need: { nb: 'Er behovet for forlengelse dokumentert?', en: 'Is the need for an extension documented?' },
  held: { nb: 'Holdte oppfølgingssamtaler', en: 'Follow-up conversations held' },
};

/** The question for an input path, in the locale; the path itself where there is none. */
export function labelOf(path: string, locale: Locale): string {
  const meeting = /^meetings\.(\d+)\.date$/.exec(path);
  if (meeting !== null) {
    const n = Number(meeting[1]) + 1;
    return locale === 'nb' ? `Datoen for samtale ${n}` : `The date of conversation ${n}`;
  }
  return LABELS[path]?.[locale] ?? path;
}
