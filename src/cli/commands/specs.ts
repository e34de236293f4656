/**
 * What `--help` says of each command, and the flags each takes: everything the runner needs before a command runs,
 * kept apart from the commands themselves so that `--help`, `--version`, an unknown command or a flag the command
 * does not take load none of the rules (their checks, the date formatting, node:http). A command's module is loaded only to
 * run it.
 */
import type { Text } from '../../core/locale.js';
import type { OptionName } from '../args.js';

/** The kinds of case, by name, as `batch --kind` and a line's "kind" take them (the same as kinds.ts; a test holds them equal). */
export const KIND_NAMES = [
  'assess',
  'outcome',
  'plan',
  'extension',
  'activities',
  'followup',
  'followup-status',
  'agenda',
  'travel',
  'terms',
  'holidays',
  'working-day',
  'add-working-days',
] as const;

export interface CommandSpec {
  readonly name: string;
  /** The flags it takes, beside --locale, --help and --version. */
  readonly options: readonly OptionName[];
  /** Its usage line and what it does, in both languages. */
  readonly help: Text;
}

/** Every command, in the order `--help` lists them. */
export const SPECS = {
  assess: {
    name: 'assess',
    options: ['format', 'output'],
    help: {
      nb: 'arr-rules assess [FIL|-] [--format text|json] [--output full|summary]\n  Leser en EligibilityInput (JSON) og vurderer målgruppe og døgnopphold.\n',
      en: 'arr-rules assess [FILE|-] [--format text|json] [--output full|summary]\n  Reads an EligibilityInput (JSON) and assesses the target group and the residential stay.\n',
    },
  },
  outcome: {
    name: 'outcome',
    options: ['format', 'output'],
    help: {
      nb: 'arr-rules outcome [FIL|-] [--format text|json] [--output full|summary]\n  Leser en OutcomeInput (JSON) og vurderer utfallet ved sjekkpunktet.\n',
      en: 'arr-rules outcome [FILE|-] [--format text|json] [--output full|summary]\n  Reads an OutcomeInput (JSON) and assesses the outcome at the checkpoint.\n',
    },
  },
  plan: {
    name: 'plan',
    options: ['start', 'employment', 'weeks', 'format'],
    help: {
      nb: 'arr-rules plan --start DATO --employment employed|not-employed [--weeks 4|8|12] [--format text|json|ics]\narr-rules plan [FIL|-] [--format text|json|ics]\n  Skriver den daterte planen for oppholdet, fra valgene eller fra en StayInput (JSON); ics gir en kalenderfil.\n',
      en: 'arr-rules plan --start DATE --employment employed|not-employed [--weeks 4|8|12] [--format text|json|ics]\narr-rules plan [FILE|-] [--format text|json|ics]\n  Writes the dated plan of the stay, from the flags or from a StayInput (JSON); ics gives a calendar file.\n',
    },
  },
  extension: {
    name: 'extension',
    options: ['format', 'output'],
    help: {
      nb: 'arr-rules extension [FIL|-] [--format text|json] [--output full|summary]\n  Leser en ExtensionInput (JSON), for eksempel {"currentWeeks":4,"additionalWeeks":4,"need":true}, og vurderer forlengelsen.\n',
      en: 'arr-rules extension [FILE|-] [--format text|json] [--output full|summary]\n  Reads an ExtensionInput (JSON), for example {"currentWeeks":4,"additionalWeeks":4,"need":true}, and assesses the extension.\n',
    },
  },
  activities: {
    name: 'activities',
    options: ['format', 'output'],
    help: {
      nb: 'arr-rules activities [FIL|-] [--format text|json] [--output full|summary]\n  Leser { stay, activities, balanceTolerance? } (JSON) og sjekker daglig minimum og ukentlig balanse.\n',
      en: 'arr-rules activities [FILE|-] [--format text|json] [--output full|summary]\n  Reads { stay, activities, balanceTolerance? } (JSON) and checks the daily minimum and the weekly balance.\n',
    },
  },
  followup: {
    name: 'followup',
    options: ['return-home', 'employment', 'format', 'output'],
    help: {
      nb: 'arr-rules followup --return-home DATO [--employment employed|not-employed] [FIL|-] [--format text|json] [--output full|summary]\narr-rules followup [FIL|-]\n  Vurderer avtalen om oppfølgingssamtaler: en JSON-liste med samtaler (med --return-home), eller en hel FollowUpBooking.\n',
      en: 'arr-rules followup --return-home DATE [--employment employed|not-employed] [FILE|-] [--format text|json] [--output full|summary]\narr-rules followup [FILE|-]\n  Assesses the follow-up booking: a JSON array of meetings (with --return-home), or a whole FollowUpBooking.\n',
    },
  },
  'followup-status': {
    name: 'followup-status',
    options: ['format', 'output'],
    help: {
      nb: 'arr-rules followup-status [FIL|-] [--format text|json] [--output full|summary]\n  Leser { returnHome, held, asOf } (JSON) og sier hvor langt oppfølgingen har kommet.\n',
      en: 'arr-rules followup-status [FILE|-] [--format text|json] [--output full|summary]\n  Reads { returnHome, held, asOf } (JSON) and says how far follow-up has come.\n',
    },
  },
  agenda: {
    name: 'agenda',
    options: ['as-of', 'days', 'format'],
    help: {
      nb: `arr-rules agenda --as-of DATO [--days N] [FIL|-] [--format text|json|ics]
  Det som er forfalt, skal gjøres i dag og kommer de neste N dagene (standard 14) for hver sak i FIL:
  én saksoppføring (JSON) per linje. ics gir en kalender som kan importeres på nytt hver dag.
  En linje som ikke kan leses, nevnes med linjenummer på standard feil; de andre sakene får sine punkter.
`,
      en: `arr-rules agenda --as-of DATE [--days N] [FILE|-] [--format text|json|ics]
  What is overdue, due today and coming in the next N days (default 14) for every case in FILE:
  one case record (JSON) per line. ics gives a calendar that can be imported again every day.
  A line that cannot be read is named by its number on standard error; the other cases get their items.
`,
    },
  },
  travel: {
    name: 'travel',
    options: ['format', 'output'],
    help: {
      nb: 'arr-rules travel [FIL|-] [--format text|json] [--output full|summary]\n  Leser { benefit } (JSON) og sier hvem som betaler reisen.\n',
      en: 'arr-rules travel [FILE|-] [--format text|json] [--output full|summary]\n  Reads { benefit } (JSON) and says who pays the travel.\n',
    },
  },
  terms: {
    name: 'terms',
    options: ['format', 'output'],
    help: {
      nb: 'arr-rules terms [FIL|-] [--format text|json] [--output full|summary]\n  Leser { benefit } (JSON) og gir vilkårene for å delta: egenandel, rom, ytelse.\n',
      en: 'arr-rules terms [FILE|-] [--format text|json] [--output full|summary]\n  Reads { benefit } (JSON) and gives the terms of taking part: fee, room, benefit.\n',
    },
  },
  holidays: {
    name: 'holidays',
    options: ['year', 'format'],
    help: {
      nb: 'arr-rules holidays --year ÅR [--format text|json]\n  Lister de offentlige helligdagene i året.\n',
      en: 'arr-rules holidays --year YEAR [--format text|json]\n  Lists the public holidays of the year.\n',
    },
  },
  'working-day': {
    name: 'working-day',
    options: ['format'],
    help: {
      nb: 'arr-rules working-day DATO [--format text|json]\n  Sier om dagen er en virkedag (mandag–fredag og ingen helligdag).\n',
      en: 'arr-rules working-day DATE [--format text|json]\n  Says whether the day is a working day (Monday–Friday and no public holiday).\n',
    },
  },
  'add-working-days': {
    name: 'add-working-days',
    options: ['format'],
    help: {
      nb: 'arr-rules add-working-days DATO N [--format text|json]\n  Den N-te virkedagen etter DATO (før, om N er negativ; N = 0 gir DATO om den er en virkedag, ellers den neste).\n',
      en: 'arr-rules add-working-days DATE N [--format text|json]\n  The N-th working day after DATE (before, if N is negative; N = 0 gives DATE if it is a working day, else the next).\n',
    },
  },
  batch: {
    name: 'batch',
    options: ['kind', 'output', 'max-line-bytes', 'format'],
    help: {
      nb: `arr-rules batch [FIL|-] [--kind KIND] [--output full|summary] [--max-line-bytes N]
  Leser NDJSON, én sak per linje, og skriver én JSON-linje ut per linje inn, med "line" (og "id" om linjen har en).
  En linje er funksjonens inndata slik enkeltkommandoen tar dem, og kan ha "id" og "kind".
  KIND: ${KIND_NAMES.join(', ')} (standard: assess).
  En tom linje gir {"line":N,"skipped":"blank"}; en ugyldig linje gir {"line":N,"issues":[…]}.
  Oppsummering på standard feil; avslutningskode 1 om noen linje var ugyldig.
`,
      en: `arr-rules batch [FILE|-] [--kind KIND] [--output full|summary] [--max-line-bytes N]
  Reads NDJSON, one case per line, and writes one JSON line out per line in, with "line" (and "id" if the line has one).
  A line is the function's input as the single command takes it, and may carry "id" and "kind".
  KIND: ${KIND_NAMES.join(', ')} (default: assess).
  A blank line gives {"line":N,"skipped":"blank"}; an invalid line gives {"line":N,"issues":[…]}.
  A summary goes to standard error; exit code 1 if any line was invalid.
`,
    },
  },
  serve: {
    name: 'serve',
    options: ['host', 'port', 'max-body', 'cors-origin'],
    help: {
      nb: `arr-rules serve [--host 127.0.0.1] [--port 8080] [--max-body BYTE] [--cors-origin URL]…
  Reglene over HTTP: POST /v1/KIND med inndata som JSON; GET /v1/rules, /openapi.json, /isalive, /isready.
  Én JSON-linje per forespørsel på standard ut, uten innhold fra forespørselen. SIGTERM: ferdig med pågående, så slutt.
`,
      en: `arr-rules serve [--host 127.0.0.1] [--port 8080] [--max-body BYTES] [--cors-origin URL]…
  The rules over HTTP: POST /v1/KIND with the input as JSON; GET /v1/rules, /openapi.json, /isalive, /isready.
  One JSON line per request on standard output, with nothing from the request. SIGTERM: finish those in flight, then stop.
`,
    },
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof SPECS;
