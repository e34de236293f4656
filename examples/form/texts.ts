/**
 * The page's own words, in bokmål and English. The rules' words (verdicts,
 * reasons, validation messages, phase and meeting titles) come from the
 * library in the same language; this file holds only labels and headings.
 */
import type { Locale, SourceRef } from 'arr-rules';

export type Words = Readonly<Record<Locale, string>>;

/** What the two sources are called where a reader sees them (the ids are for programs). */
export const SOURCE_NAMES: Readonly<Record<SourceRef['source'], Words>> = {
  'nav-arr': { nb: 'NAVs beskrivelse av arbeidsrettet rehabilitering', en: "NAV's description of work-oriented rehabilitation" },
  'rnnk-arr-dogn': { nb: 'RNNKs beskrivelse av døgntilbudet', en: "RNNK's description of its residential offer" },
};

/** «RNNKs beskrivelse av døgntilbudet, «Målgruppe»»: the source by name and the section by its heading as written. */
export function sourceLabel(ref: SourceRef, locale: Locale): string {
  return `${SOURCE_NAMES[ref.source][locale]}, «${ref.section}»`;
}

/** A calendar date as a reader writes it, the same in every time zone. */
export function longDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/** A `Date` from the date picker (a local calendar day) as `YYYY-MM-DD`. */
export function isoOf(day: Date): string {
  return `${String(day.getFullYear()).padStart(4, '0')}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

export const YES_NO = [
  { value: true, label: { nb: 'Ja', en: 'Yes' } },
  { value: false, label: { nb: 'Nei', en: 'No' } },
] as const;

export const EMPLOYMENT = [
  { value: 'employed', label: { nb: 'I arbeid (har et arbeidsforhold)', en: 'Employed (has an employment relationship)' } },
  { value: 'not-employed', label: { nb: 'Uten arbeidsforhold', en: 'Not employed' } },
] as const;

export const T = {
  title: { nb: 'Arbeidsrettet rehabilitering ved RNNK', en: 'Work-oriented rehabilitation at RNNK' },
  switchTo: { nb: 'English', en: 'Norsk' },
  tabEligibility: { nb: 'Målgruppe', en: 'Target group' },
  tabStay: { nb: 'Oppholdet', en: 'The stay' },
  eligibilityHeading: { nb: 'Er personen i målgruppen?', en: 'Is the person in the target group?' },
  eligibilityIntro: {
    nb: 'Skjemaet spør bare om det som fortsatt kan avgjøre svaret, og sier hva som mangler.',
    en: 'The form asks only what can still decide the answer, and says what is missing.',
  },
  assess: { nb: 'Vurder henvisningen', en: 'Assess the referral' },
  errorSummary: { nb: 'Du må rette dette før du kan gå videre:', en: 'Correct this before you go on:' },
  required: { nb: (q: string) => `Svar på spørsmålet «${q}»`, en: (q: string) => `Answer the question “${q}”` },
  result: { nb: 'Vurdering', en: 'Assessment' },
  askFirst: { nb: 'Svar på de to første spørsmålene for å få en vurdering.', en: 'Answer the first two questions to get an assessment.' },
  missing: { nb: 'Dette mangler for å avgjøre svaret:', en: 'Missing to decide the answer:' },
  why: { nb: 'Hvorfor? Vilkårene og kildene', en: 'Why? The conditions and their sources' },
  met: { nb: 'Oppfylt', en: 'Met' },
  notMet: { nb: 'Ikke oppfylt', en: 'Not met' },
  open: { nb: 'Ikke avgjort', en: 'Undetermined' },
  planStay: { nb: 'Planlegg oppholdet', en: 'Plan the stay' },
  stayHeading: { nb: 'Planen for oppholdet', en: 'The plan of the stay' },
  stayIntro: {
    nb: 'Fra første dag og arbeidsforholdet gir biblioteket fasene og møtene på norske virkedager.',
    en: 'From the first day and the employment, the library gives the phases and meetings on Norwegian working days.',
  },
  start: { nb: 'Første dag', en: 'First day' },
  startHint: { nb: 'dd.mm.åååå, en virkedag', en: 'dd.mm.yyyy, a working day' },
  notADate: { nb: 'Skriv datoen som dd.mm.åååå.', en: 'Write the date as dd.mm.yyyy.' },
  startRequired: { nb: 'Velg første dag i oppholdet.', en: 'Choose the first day of the stay.' },
  employment: { nb: 'Arbeidsforhold', en: 'Employment' },
  weeks: { nb: 'Lengde', en: 'Length' },
  weeksOption: { nb: 'uker', en: 'weeks' },
  phases: { nb: 'Faser', en: 'Phases' },
  phase: { nb: 'Fase', en: 'Phase' },
  from: { nb: 'Fra', en: 'From' },
  to: { nb: 'Til', en: 'To' },
  meetings: { nb: 'Møter og samtaler', en: 'Meetings and conversations' },
  week: { nb: 'Uke', en: 'Week' },
  date: { nb: 'Dato', en: 'Date' },
  what: { nb: 'Hva', en: 'What' },
  holidays: { nb: 'Helligdager i oppholdet', en: 'Public holidays in the stay' },
  noHolidays: { nb: 'Ingen helligdager faller i oppholdet.', en: 'No public holiday falls in the stay.' },
  download: { nb: 'Last ned kalenderfil (.ics)', en: 'Download calendar file (.ics)' },
  stayPending: { nb: 'Velg første dag og arbeidsforhold for å se planen.', en: 'Choose the first day and the employment to see the plan.' },
} as const satisfies Record<string, Words | Readonly<Record<Locale, (question: string) => string>>>;
