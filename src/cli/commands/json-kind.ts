/**
 * The commands whose input is one JSON object, the library function's input as it is: assess, outcome, extension,
 * activities, followup-status, travel, terms. Each reads FILE or standard input and writes the answer.
 */

import { onlyOptions } from '../args.js';
import type { Command } from '../command.js';
import { parseJson, readAll, sourceName } from '../io.js';
import { type Kind, kindNamed } from '../kinds.js';
import { formatOf, outputOf, writeAnswer } from '../output.js';

/** The command of a kind that reads one JSON object. */
export function jsonCommand(name: string, help: Command['help']): Command {
  const kind = kindNamed(name) as Kind;
  return {
    name,
    options: ['format', 'output'],
    help,
    async run({ io, locale, values, args }) {
      onlyOptions(values, this.options, name, locale);
      const format = formatOf(values, locale);
      const output = outputOf(values, locale);
      const [file] = args;
      const input = parseJson(await readAll(file, io, locale), sourceName(file, locale), locale);
      writeAnswer(io, kind, kind.run(input, locale), format, output, locale);
      return 0;
    },
  };
}

const io = (nb: string, en: string) => ({ nb, en });

export const assess = jsonCommand(
  'assess',
  io(
    'arr-rules assess [FIL|-] [--format text|json] [--output full|summary]\n  Leser en EligibilityInput (JSON) og vurderer målgruppe og døgnopphold.\n',
    'arr-rules assess [FILE|-] [--format text|json] [--output full|summary]\n  Reads an EligibilityInput (JSON) and assesses the target group and the residential stay.\n',
  ),
);
export const outcome = jsonCommand(
  'outcome',
  io(
    'arr-rules outcome [FIL|-] [--format text|json] [--output full|summary]\n  Leser en OutcomeInput (JSON) og vurderer utfallet ved sjekkpunktet.\n',
    'arr-rules outcome [FILE|-] [--format text|json] [--output full|summary]\n  Reads an OutcomeInput (JSON) and assesses the outcome at the checkpoint.\n',
  ),
);
export const extension = jsonCommand(
  'extension',
  io(
    'arr-rules extension [FIL|-] [--format text|json] [--output full|summary]\n  Leser en ExtensionInput (JSON), for eksempel {"currentWeeks":4,"additionalWeeks":4,"need":true}, og vurderer forlengelsen.\n',
    'arr-rules extension [FILE|-] [--format text|json] [--output full|summary]\n  Reads an ExtensionInput (JSON), for example {"currentWeeks":4,"additionalWeeks":4,"need":true}, and assesses the extension.\n',
  ),
);
export const activities = jsonCommand(
  'activities',
  io(
    'arr-rules activities [FIL|-] [--format text|json] [--output full|summary]\n  Leser { stay, activities, balanceTolerance? } (JSON) og sjekker daglig minimum og ukentlig balanse.\n',
    'arr-rules activities [FILE|-] [--format text|json] [--output full|summary]\n  Reads { stay, activities, balanceTolerance? } (JSON) and checks the daily minimum and the weekly balance.\n',
  ),
);
export const followupStatus = jsonCommand(
  'followup-status',
  io(
    'arr-rules followup-status [FIL|-] [--format text|json] [--output full|summary]\n  Leser { returnHome, held, asOf } (JSON) og sier hvor langt oppfølgingen har kommet.\n',
    'arr-rules followup-status [FILE|-] [--format text|json] [--output full|summary]\n  Reads { returnHome, held, asOf } (JSON) and says how far follow-up has come.\n',
  ),
);
export const travel = jsonCommand(
  'travel',
  io(
    'arr-rules travel [FIL|-] [--format text|json] [--output full|summary]\n  Leser { benefit } (JSON) og sier hvem som betaler reisen.\n',
    'arr-rules travel [FILE|-] [--format text|json] [--output full|summary]\n  Reads { benefit } (JSON) and says who pays the travel.\n',
  ),
);
export const terms = jsonCommand(
  'terms',
  io(
    'arr-rules terms [FIL|-] [--format text|json] [--output full|summary]\n  Leser { benefit } (JSON) og gir vilkårene for å delta: egenandel, rom, ytelse.\n',
    'arr-rules terms [FILE|-] [--format text|json] [--output full|summary]\n  Reads { benefit } (JSON) and gives the terms of taking part: fee, room, benefit.\n',
  ),
);
