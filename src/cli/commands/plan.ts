/** `arr-rules plan`: the dated plan of a stay, from flags or from a StayInput in FILE; text, JSON or iCalendar. */

import { planToICalendar } from '../../schedule/ics.js';
import type { StayPlan } from '../../schedule/plan.js';
import { oneOf } from '../args.js';
import type { Command } from '../command.js';
import { parseJson, readAll, sourceName, t, UsageError } from '../io.js';
import { type Kind, kindNamed } from '../kinds.js';
import { formatOf, writeAnswer } from '../output.js';
import { SPECS } from './specs.js';

const kind = kindNamed('plan') as Kind;

export const plan: Command = {
  ...SPECS['plan'],
  async run({ io, locale, values, args }) {
    const format = formatOf(values, locale, ['text', 'json', 'ics']);
    const flags = values.start !== undefined || values.employment !== undefined || values.weeks !== undefined;
    let input: unknown;
    if (flags) {
      if (args.length > 0)
        throw new UsageError(
          t(locale, 'plan tar enten valgene eller en FIL, ikke begge.', 'plan takes either the flags or a FILE, not both.'),
        );
      const missing = (['start', 'employment'] as const).filter((k) => values[k] === undefined);
      if (missing.length > 0)
        throw new UsageError(
          t(locale, `Mangler ${missing.map((k) => `--${k}`).join(' og ')}.`, `Missing ${missing.map((k) => `--${k}`).join(' and ')}.`),
        );
      input = {
        start: values.start,
        employment: oneOf(values.employment as string, ['employed', 'not-employed'] as const, '--employment', locale),
        ...(values.weeks === undefined ? {} : { weeks: Number(oneOf(values.weeks, ['4', '8', '12'] as const, '--weeks', locale)) }),
      };
    } else {
      input = parseJson(await readAll(args[0], io, locale), sourceName(args[0], locale), locale);
    }
    const result = kind.run(input, locale) as StayPlan;
    if (format === 'ics') io.stdout.write(planToICalendar(result, `${io.now().toISOString().slice(0, 19)}Z`, { locale }));
    else writeAnswer(io, kind, result, format, 'full', locale);
    return 0;
  },
};
