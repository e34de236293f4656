/** The stay's rules: catalogue entries for the plan, the extensions and the activity minimums. */
import { frozenRules, nav, type RuleRef, type RuleTexts, rnnk } from '../core/rule.js';

const GROUP = rnnk('Gruppetilbud');
const MAIN = rnnk('Hovedtrekk ved tilbudet');
const FIRST_DAY = rnnk('I løpet av første dag');
const FIRST_WEEKS = rnnk('I løpet av de første 2,5 ukene');
const WEEK4 = rnnk('Uke 4');
const THREE_DAYS = rnnk('De tre første dagene');
const REST = rnnk('Resten av uka');
const LAST = rnnk('Siste uke');
const DURATION = nav('Varighet');

export const S = /* @__PURE__ */ frozenRules({
  length: {
    id: 'schedule.stay-length',
    sources: [GROUP],
    implementedBy: 'planStay',
  },
  dayOne: {
    id: 'schedule.day-one',
    sources: [FIRST_DAY],
    implementedBy: 'planStay',
  },
  mapping: {
    id: 'schedule.mapping-phase',
    sources: [FIRST_WEEKS, MAIN],
    implementedBy: 'planStay',
  },
  physio: {
    id: 'schedule.physio-follow-up',
    sources: [FIRST_WEEKS],
    implementedBy: 'planStay',
  },
  midway: {
    id: 'schedule.midway-conversation',
    sources: [FIRST_WEEKS],
    implementedBy: 'planStay',
  },
  workTrial: {
    id: 'schedule.work-trial',
    sources: [WEEK4, THREE_DAYS, MAIN],
    implementedBy: 'planStay',
  },
  workshop: {
    id: 'schedule.workshop',
    sources: [WEEK4, THREE_DAYS, MAIN],
    implementedBy: 'planStay',
  },
  evaluation: {
    id: 'schedule.evaluation',
    sources: [REST],
    implementedBy: 'planStay',
  },
  lastWeek: {
    id: 'schedule.last-week',
    sources: [LAST, MAIN],
    implementedBy: 'planStay',
  },
  extension: {
    id: 'schedule.extension-phase',
    sources: [GROUP, LAST],
    implementedBy: 'planStay',
  },
  extensionRequest: {
    id: 'extension',
    sources: [DURATION, GROUP],
    implementedBy: 'assessExtension',
  },
  need: {
    id: 'extension.need',
    sources: [DURATION, GROUP],
    implementedBy: 'assessExtension',
  },
  maxTotal: {
    id: 'extension.max-12-weeks',
    sources: [DURATION, GROUP],
    implementedBy: 'assessExtension',
  },
  rnnkBlocks: {
    id: 'extension.rnnk-blocks',
    sources: [GROUP],
    implementedBy: 'assessExtension',
  },
  rnnkCount: {
    id: 'extension.rnnk-at-most-two',
    sources: [GROUP],
    implementedBy: 'assessExtension',
  },
  navBase: {
    id: 'extension.nav-base-stay',
    sources: [DURATION],
    implementedBy: 'assessExtension',
  },
  navLimit: {
    id: 'extension.nav-at-most-8-more',
    sources: [DURATION],
    implementedBy: 'assessExtension',
  },
  dailyMinimum: {
    id: 'schedule.daily-minimum',
    sources: [GROUP],
    implementedBy: 'validateActivityPlan',
  },
  weeklyBalance: {
    id: 'schedule.weekly-balance',
    sources: [GROUP],
    implementedBy: 'validateActivityPlan',
  },
} as const satisfies Record<string, RuleRef>);

/** Catalogue texts of the rules above: only `RULES` needs them, so bundlers can leave them out of the evaluating code. */
export const SCHEDULE_TEXTS: { readonly [K in keyof typeof S]: RuleTexts } = {
  length: {
    title: { nb: 'Oppholdets lengde', en: 'Length of the stay' },
    description: {
      nb: 'Døgnoppholdet ved RNNK varer 4 uker og kan forlenges med 4 + 4 uker, altså 4, 8 eller 12 uker. Oppholdet starter på en virkedag.',
      en: "RNNK's residential stay lasts 4 weeks and may be extended by 4 + 4 weeks: 4, 8 or 12 weeks. It starts on a working day.",
    },
  },
  dayOne: {
    title: { nb: 'Første dag', en: 'Day one' },
    description: {
      nb: 'Første dag holdes det velkomstmøte i gruppe, undervisning om målsetting og handlingsplan, innkomstmøte med tverrfaglig team og innkomstsamtale med kontaktperson.',
      en: 'Day one holds a group welcome meeting, teaching on goal setting and the action plan, an intake meeting with the interdisciplinary team and an intake conversation with the contact person.',
    },
  },
  mapping: {
    title: { nb: 'Kartleggingsfasen', en: 'Mapping phase' },
    description: {
      nb: 'De første 2,5 ukene (to uker og tre dager) går til helhetlig kartlegging, mål og handlingsplan, kontakt med arbeidsgiver eller NAV, veiledning, mestring, trening og undervisning.',
      en: 'The first 2.5 weeks (two weeks and three days) hold holistic mapping, goals and an action plan, contact with the employer or NAV, guidance, coping work, training and teaching.',
    },
  },
  physio: {
    title: { nb: 'Ukentlig oppfølging av fysioterapeut', en: 'Weekly physiotherapist follow-up' },
    description: {
      nb: 'Fysioterapeuten følger opp deltakeren hver uke, lagt til ukens første virkedag som ikke er en dag med arbeidsutprøving eller workshop.',
      en: "The physiotherapist follows the participant up every week, on the week's first working day that is not a work-trial or workshop day.",
    },
  },
  midway: {
    title: { nb: 'Midtveissamtale', en: 'Midway conversation' },
    description: {
      nb: 'Midtveissamtalen holdes på slutten av uke 3, på ukens siste virkedag.',
      en: 'The midway conversation is held at the end of week 3, on its last working day.',
    },
  },
  workTrial: {
    title: { nb: 'Arbeidsutprøving (med arbeidsforhold)', en: 'Work trial (with an employment relationship)' },
    description: {
      nb: 'Deltakere med arbeidsforhold prøver ut handlingsplanen på egen arbeidsplass de tre første virkedagene i uke 4, med telefonmøte med arbeidsgiver virkedagen før og første virkedag etter.',
      en: 'Participants with an employment relationship try the action plan at their own workplace on the first three working days of week 4, with a phone meeting with the employer the working day before and the first working day after.',
    },
  },
  workshop: {
    title: {
      nb: 'Arbeidsforberedende workshop (uten arbeidsforhold)',
      en: 'Work-preparation workshop (without an employment relationship)',
    },
    description: {
      nb: 'Deltakere uten arbeidsforhold deltar i en arbeidsforberedende workshop de tre første virkedagene i uke 4: arbeidsmarkedet, CV, jobbsøknader og intervjuøving.',
      en: 'Participants without an employment relationship attend a work-preparation workshop on the first three working days of week 4: the labour market, CV, job applications and interview practice.',
    },
  },
  evaluation: {
    title: { nb: 'Evaluering', en: 'Evaluation' },
    description: {
      nb: 'Resten av uke 4 evalueres og revideres handlingsplanen og målene, og deltakeren følger det faste opplegget.',
      en: 'The rest of week 4 evaluates and revises the action plan and goals, and the participant follows the regular programme.',
    },
  },
  lastWeek: {
    title: { nb: 'Siste uke', en: 'Last week' },
    description: {
      nb: 'Siste uke holdes det telefon- eller videomøte med kontaktpersonen i NAV og, for den som har arbeidsforhold, med arbeidsgiveren (forankringsmøte), og sluttsamtalen på oppholdets siste virkedag, der oppfølgingssamtalene avtales.',
      en: "The last week holds a phone or video meeting with the NAV contact and, for a participant with an employment relationship, the employer (anchoring meeting), and the final conversation on the stay's last working day, where the follow-ups are booked.",
    },
  },
  extension: {
    title: { nb: 'Forlengelse', en: 'Extension' },
    description: {
      nb: 'I et forlenget opphold følger uke 5 og utover det faste programmet; kildene gir ingen ukeplan for forlengelsen. Siste ukes møter flyttes til oppholdets siste uke.',
      en: "In an extended stay, weeks 5 onward continue the regular programme; the sources give no week plan for the extension. The last week's meetings move to the stay's last week.",
    },
  },
  extensionRequest: {
    title: { nb: 'Forlengelse av oppholdet', en: 'Extending the stay' },
    description: {
      nb: 'En forlengelse krever dokumentert behov og må holde seg innenfor profilens grenser; oppholdet blir aldri lengre enn 12 uker.',
      en: "An extension requires a documented need and must stay within the profile's limits; the stay never exceeds 12 weeks.",
    },
  },
  need: {
    title: { nb: 'Dokumentert behov', en: 'Documented need' },
    description: {
      nb: 'Oppholdet forlenges bare ved behov, og behovet må være dokumentert.',
      en: 'The stay is extended only when needed, and the need must be documented.',
    },
  },
  maxTotal: {
    title: { nb: 'Høyst 12 uker i alt', en: 'At most 12 weeks in all' },
    description: {
      nb: 'Med forlengelser blir oppholdet aldri lengre enn 12 uker.',
      en: 'With extensions the stay never exceeds 12 weeks.',
    },
  },
  rnnkBlocks: {
    title: { nb: 'RNNK: forlengelse i blokker på 4 uker', en: 'RNNK: extension in 4-week blocks' },
    description: {
      nb: 'Ved RNNK er grunnoppholdet 4 uker, og hver forlengelse er nøyaktig 4 uker.',
      en: 'At RNNK the base stay is 4 weeks, and each extension is exactly 4 weeks.',
    },
  },
  rnnkCount: {
    title: { nb: 'RNNK: høyst to forlengelser', en: 'RNNK: at most two extensions' },
    description: {
      nb: 'Ved RNNK kan oppholdet forlenges høyst to ganger (4 + 4 uker).',
      en: 'At RNNK the stay may be extended at most twice (4 + 4 weeks).',
    },
  },
  navBase: {
    title: { nb: 'NAV: grunnopphold inntil 4 uker', en: 'NAV: base stay up to 4 weeks' },
    description: {
      nb: 'Etter NAVs generelle regel varer tiltaket inntil 4 uker før forlengelse.',
      en: "Under NAV's general rule the measure lasts up to 4 weeks before any extension.",
    },
  },
  navLimit: {
    title: { nb: 'NAV: inntil 8 uker forlengelse i alt', en: 'NAV: up to 8 weeks of extension in all' },
    description: {
      nb: 'Etter NAVs generelle regel kan tiltaket forlenges med inntil ytterligere 8 uker i alt, i hele uker.',
      en: "Under NAV's general rule the measure may be extended by up to 8 more weeks in all, in whole weeks.",
    },
  },
  dailyMinimum: {
    title: { nb: 'Minst 6 timer strukturert aktivitet per dag', en: 'At least 6 hours of structured activity a day' },
    description: {
      nb: 'Hver virkedag i oppholdet har minst 360 minutter strukturert arbeidsrettet rehabilitering, individuelt eller i gruppe; måltider og pauser teller ikke.',
      en: 'Every working day of the stay has at least 360 minutes of structured work-oriented rehabilitation, individual or group; meals and breaks do not count.',
    },
  },
  weeklyBalance: {
    title: { nb: 'Omtrent halvt individuelt og halvt i gruppe per uke', en: 'About half individual, half group each week' },
    description: {
      nb: 'Hver uke er individuelle tiltak og gruppetiltak hver mellom 40 og 60 prosent av ukens strukturerte minutter (toleransen kan stilles).',
      en: "Each week individual and group measures are each between 40 and 60 percent of the week's structured minutes (the tolerance can be set).",
    },
  },
};
