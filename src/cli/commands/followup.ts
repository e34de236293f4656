/**
 * `arr-rules followup`: the final conversation's booking. With --return-home the input is the JSON list of meetings
 * (and --employment may add who follows up after); without it, the input is the whole FollowUpBooking object, as a
 * batch line carries it.
 */
import { oneOf } from '../args.js';
import type { Command } from '../command.js';
import { parseJson, readAll, sourceName, t, UsageError } from '../io.js';
import { type Kind, kindNamed } from '../kinds.js';
import { formatOf, outputOf, writeAnswer } from '../output.js';
import { SPECS } from './specs.js';

const kind = kindNamed('followup') as Kind;

export const followup: Command = {
  ...SPECS['followup'],
  async run({ io, locale, values, args }) {
    if (values.employment !== undefined && values['return-home'] === undefined)
      throw new UsageError(
        t(
          locale,
          '--employment hører til --return-home; uten den leses en hel FollowUpBooking, med employment i seg.',
          '--employment goes with --return-home; without it a whole FollowUpBooking is read, employment inside it.',
        ),
      );
    const format = formatOf(values, locale);
    const output = outputOf(values, locale);
    const value = parseJson(await readAll(args[0], io, locale), sourceName(args[0], locale), locale);
    const input =
      values['return-home'] === undefined
        ? value
        : {
            returnHome: values['return-home'],
            meetings: value,
            ...(values.employment === undefined
              ? {}
              : { employment: oneOf(values.employment, ['employed', 'not-employed'] as const, '--employment', locale) }),
          };
    writeAnswer(io, kind, kind.run(input, locale), format, output, locale);
    return 0;
  },
};
