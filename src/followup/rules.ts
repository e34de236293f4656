/** Follow-up after the stay: catalogue entries. */
import { frozenRules, nav, type RuleRef, type RuleTexts, rnnk } from '../core/rule.js';

const AFTER = rnnk('Oppfølging i etterkant av oppholdet');
const MAIN = rnnk('Hovedtrekk ved tilbudet');
const LAST = rnnk('Siste uke');

export const F = /* @__PURE__ */ frozenRules({
  window: {
    id: 'followup.window',
    sources: [AFTER],
    implementedBy: 'followUpWindow',
  },
  booking: {
    id: 'followup.booking',
    sources: [AFTER, MAIN, LAST],
    implementedBy: 'assessFollowUpPlan',
  },
  count: {
    id: 'followup.at-least-three',
    sources: [MAIN, AFTER],
    implementedBy: 'assessFollowUpPlan',
  },
  inWindow: {
    id: 'followup.meeting-in-window',
    sources: [AFTER],
    implementedBy: 'assessFollowUpPlan',
  },
  firstDated: {
    id: 'followup.first-dated-and-timed',
    sources: [LAST],
    implementedBy: 'assessFollowUpPlan',
  },
  responsibility: {
    id: 'followup.responsibility',
    sources: [nav('Når du har et arbeidsforhold'), nav('Når du ikke har et arbeidsforhold')],
    implementedBy: 'assessFollowUpPlan',
  },
  status: {
    id: 'followup.status',
    sources: [AFTER, MAIN],
    implementedBy: 'followUpStatus',
  },
} as const satisfies Record<string, RuleRef>);

/** Catalogue texts of the rules above: only `RULES` needs them, so bundlers can leave them out of the evaluating code. */
export const FOLLOWUP_TEXTS: { readonly [K in keyof typeof F]: RuleTexts } = {
  window: {
    title: { nb: 'Oppfølgingsvinduet: 8 uker etter hjemreise', en: 'The follow-up window: 8 weeks after the return home' },
    description: {
      nb: 'Oppfølgingssamtalene teller fra dagen etter hjemreise til og med dag 56 etter den.',
      en: 'Follow-up conversations count from the day after the return home up to and including day 56 after it.',
    },
  },
  booking: {
    title: { nb: 'Avtalte oppfølgingssamtaler', en: 'Booked follow-up conversations' },
    description: {
      nb: 'Sluttsamtalen avtaler minst tre oppfølgingssamtaler per telefon eller ved RNNK innen 8 uker etter hjemreise: den første med dato og klokkeslett, de andre med dato eller uke.',
      en: 'The final conversation books at least three follow-ups by phone or at RNNK within 8 weeks of the return home: the first with date and time, the others with a date or a week.',
    },
  },
  count: {
    title: { nb: 'Minst tre samtaler på ulike dager', en: 'At least three conversations on different days' },
    description: {
      nb: 'Det holdes minst tre oppfølgingsmøter, på ulike dager, per telefon eller ved RNNK.',
      en: 'At least three follow-up meetings are held, on different days, by phone or at RNNK.',
    },
  },
  inWindow: {
    title: { nb: 'Samtalen ligger i vinduet', en: 'The conversation lies in the window' },
    description: {
      nb: 'Hver avtalt samtale ligger innen de 8 første ukene etter hjemreise; en avtalt uke må overlappe vinduet.',
      en: 'Each booked conversation lies within the first 8 weeks after the return home; a booked week must overlap the window.',
    },
  },
  firstDated: {
    title: { nb: 'Første samtale med dato og klokkeslett', en: 'First conversation with date and time' },
    description: {
      nb: 'Sluttsamtalen avtaler dato og klokkeslett for den første oppfølgingssamtalen, og uke for den andre og tredje.',
      en: 'The final conversation books the date and time of the first follow-up, and the week of the second and third.',
    },
  },
  responsibility: {
    title: { nb: 'Hvem følger opp etter tiltaket', en: 'Who follows up after the measure' },
    description: {
      nb: 'For personer med arbeidsforhold skal videre oppfølging hos arbeidsgiver være forankret ved tiltakets slutt; for personer uten arbeidsforhold ivaretas videre oppfølging hovedsakelig av NAV-kontoret.',
      en: 'For people with an employment relationship further follow-up at the employer is anchored by the end of the measure; for people without one further follow-up is mainly for the NAV office.',
    },
  },
  status: {
    title: { nb: 'Status for oppfølgingssamtalene', en: 'Status of the follow-up conversations' },
    description: {
      nb: 'Oppfølgingen er gjennomført når minst tre samtaler er holdt på ulike dager i vinduet; den er ikke gjennomført når vinduet er lukket med færre.',
      en: 'Follow-up is done when at least three conversations have been held on different days in the window; it is not when the window closes with fewer.',
    },
  },
};
