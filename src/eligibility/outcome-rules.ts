/** The outcome checks after the stay (rnnk-arr-dogn `Målgruppe`, read as facts at the checkpoint). */
import type { Reasons } from '../core/evaluation.js';
import { frozenRules, type RuleRef, type RuleTexts, rnnk } from '../core/rule.js';

const TARGET = rnnk('Målgruppe');

export const O = /* @__PURE__ */ frozenRules({
  outcome: {
    id: 'outcome',
    sources: [TARGET],
    implementedBy: 'assessOutcome',
  },
  checkpoint: {
    id: 'outcome.checkpoint-reached',
    sources: [TARGET],
    implementedBy: 'outcomeCheckpoint',
  },
  group1: {
    id: 'outcome.group-1',
    sources: [TARGET],
    implementedBy: 'assessOutcome',
  },
  group2: {
    id: 'outcome.group-2',
    sources: [TARGET],
    implementedBy: 'assessOutcome',
  },
  fitAndRegistered: {
    id: 'outcome.fit-and-registered',
    sources: [TARGET],
    implementedBy: 'assessOutcome',
  },
  declaredFit: {
    id: 'outcome.declared-fit',
    sources: [TARGET],
    implementedBy: 'assessOutcome',
  },
  registered: {
    id: 'outcome.registered-job-seeker',
    sources: [TARGET],
    implementedBy: 'assessOutcome',
  },
  inWork: {
    id: 'outcome.in-work',
    sources: [TARGET],
    implementedBy: 'assessOutcome',
  },
  inActivity: {
    id: 'outcome.in-work-oriented-activity',
    sources: [TARGET],
    implementedBy: 'assessOutcome',
  },
} as const satisfies Record<string, RuleRef>);

/** Catalogue texts of the rules above: only `RULES` needs them, so bundlers can leave them out of the evaluating code. */
export const OUTCOME_TEXTS: { readonly [K in keyof typeof O]: RuleTexts } = {
  outcome: {
    title: { nb: 'Utfall ved sjekkpunktet', en: 'Outcome at the checkpoint' },
    description: {
      nb: 'Etter oppholdet kan utfallet sjekkes mot målgruppens kriterier, nå som fakta: målgruppe 1 to uker og målgruppe 2 åtte uker etter hjemreise. Før sjekkpunktet kan utfallet ikke avgjøres.',
      en: "After the stay the outcome can be checked against the target group's criteria, now as facts: group 1 two weeks and group 2 eight weeks after the return home. Before the checkpoint it cannot be decided.",
    },
  },
  checkpoint: {
    title: { nb: 'Sjekkpunktet er nådd', en: 'Checkpoint reached' },
    description: {
      nb: 'Sjekkpunktet er hjemreisedagen pluss 14 dager (målgruppe 1) eller 56 dager (målgruppe 2). Dagen for sjekken er en opplysning, aldri lest fra klokken.',
      en: 'The checkpoint is the return-home day plus 14 days (group 1) or 56 days (group 2). The day of the check is an input, never read from the clock.',
    },
  },
  group1: {
    title: { nb: 'Målgruppe 1: sykmeldingen er minst halvert', en: 'Group 1: sick leave at least halved' },
    description: {
      nb: 'To uker etter hjemreise er sykmeldingsgraden høyst halvparten av graden ved start.',
      en: 'Two weeks after the return home the sick-leave grade is at most half the grade at the start.',
    },
  },
  group2: {
    title: { nb: 'Målgruppe 2: i arbeid, aktivitet eller friskmeldt arbeidssøker', en: 'Group 2: in work, activity, or a fit job seeker' },
    description: {
      nb: 'Åtte uker etter hjemreise er personen friskmeldt til NAV og registrert arbeidssøker, eller i arbeid, eller i arbeidsrettet aktivitet i ordinært arbeidsliv i samarbeid med NAV.',
      en: 'Eight weeks after the return home the person is declared fit to NAV and a registered job seeker, or in work, or in work-oriented activity in ordinary working life with NAV.',
    },
  },
  fitAndRegistered: {
    title: { nb: 'Friskmeldt og registrert arbeidssøker', en: 'Declared fit and a registered job seeker' },
    description: {
      nb: 'Personen er både friskmeldt til NAV og registrert som arbeidssøker.',
      en: 'The person is both declared fit to NAV and registered as a job seeker.',
    },
  },
  declaredFit: {
    title: { nb: 'Friskmeldt til NAV', en: 'Declared fit to NAV' },
    description: { nb: 'Personen er friskmeldt til NAV.', en: 'The person is declared fit to NAV.' },
  },
  registered: {
    title: { nb: 'Registrert arbeidssøker', en: 'Registered job seeker' },
    description: { nb: 'Personen er registrert som arbeidssøker.', en: 'The person is registered as a job seeker.' },
  },
  inWork: { title: { nb: 'I arbeid', en: 'In work' }, description: { nb: 'Personen er i arbeid.', en: 'The person is in work.' } },
  inActivity: {
    title: { nb: 'I arbeidsrettet aktivitet', en: 'In work-oriented activity' },
    description: {
      nb: 'Personen er i arbeidsrettet aktivitet i ordinært arbeidsliv i samarbeid med NAV.',
      en: 'The person is in work-oriented activity in ordinary working life in cooperation with NAV.',
    },
  },
};

export const OUTCOME_REASONS = {
  outcome: {
    yes: { nb: 'Målet for målgruppen er nådd ved sjekkpunktet.', en: "The target group's goal is reached at the checkpoint." },
    no: { nb: 'Målet for målgruppen er ikke nådd ved sjekkpunktet.', en: "The target group's goal is not reached at the checkpoint." },
    undetermined: { nb: 'Utfallet kan ikke avgjøres ennå.', en: 'The outcome cannot be decided yet.' },
  },
  group2: {
    yes: { nb: 'Målet for målgruppe 2 er nådd.', en: 'The goal of target group 2 is reached.' },
    no: {
      nb: 'Målet for målgruppe 2 er ikke nådd: personen er ikke i arbeid, ikke i arbeidsrettet aktivitet og ikke både friskmeldt og registrert arbeidssøker.',
      en: 'The goal of target group 2 is not reached: the person is not in work, not in work-oriented activity, and not both declared fit and a registered job seeker.',
    },
    undetermined: {
      nb: 'Det kan ikke avgjøres ennå om målet for målgruppe 2 er nådd; noen opplysninger mangler.',
      en: 'Whether the goal of target group 2 is reached cannot be decided yet; some information is missing.',
    },
  },
  fitAndRegistered: {
    yes: { nb: 'Personen er friskmeldt og registrert arbeidssøker.', en: 'The person is declared fit and a registered job seeker.' },
    no: {
      nb: 'Personen er ikke både friskmeldt og registrert arbeidssøker.',
      en: 'The person is not both declared fit and a registered job seeker.',
    },
    undetermined: {
      nb: 'Det er ikke oppgitt om personen er friskmeldt og registrert arbeidssøker.',
      en: 'It is not stated whether the person is declared fit and a registered job seeker.',
    },
  },
} as const satisfies Record<string, Reasons>;

/** Days from the return home to the checkpoint (decision 15). */
export const CHECKPOINT_DAYS = { employed: 14, 'not-employed': 56 } as const;
