/**
 * The commands whose input is one JSON object, the library function's input as it is: assess, outcome, extension,
 * activities, followup-status, travel, terms. Each reads FILE or standard input and writes the answer.
 */

import type { Command } from '../command.js';
import { parseJson, readAll, sourceName } from '../io.js';
import { type Kind, kindNamed } from '../kinds.js';
import { formatOf, outputOf, writeAnswer } from '../output.js';
import { type CommandName, SPECS } from './specs.js';

/** The command of a kind that reads one JSON object. */
export function jsonCommand(name: CommandName): Command {
  const kind = kindNamed(name) as Kind;
  return {
    ...SPECS[name],
    async run({ io, locale, values, args }) {
      const format = formatOf(values, locale);
      const output = outputOf(values, locale);
      const [file] = args;
      const input = parseJson(await readAll(file, io, locale), sourceName(file, locale), locale);
      writeAnswer(io, kind, kind.run(input, locale), format, output, locale);
      return 0;
    },
  };
}

export const assess = jsonCommand('assess');
export const outcome = jsonCommand('outcome');
export const extension = jsonCommand('extension');
export const activities = jsonCommand('activities');
export const followupStatus = jsonCommand('followup-status');
export const travel = jsonCommand('travel');
export const terms = jsonCommand('terms');
