/** `arr-rules plan`: the dated plan of a stay, from flags or from a StayInput in FILE; text, JSON or iCalendar. */

import { planToICalendar } from '../../schedule/ics.js';
import type { StayPlan } from '../../schedule/plan.js';
import { oneOf, onlyOptions } from '../args.js';
import type { Command } from '../command.js';
import { parseJson, readAll, sourceName, t, UsageError } from '../io.js';
import { type Kind, kindNamed } from '../kinds.js';
import { formatOf, writeAnswer } from '../output.js';

const kind = kindNamed('plan') as Kind;

export const plan: Command = {
  name: 'plan',
  options: ['start', 'employment', 'weeks', 'format'],
  help: {
    nb: 'arr-rules plan --start DATO --employment employed|not-employed [--weeks 4|8|12] [--format text|json|ics]\narr-rules plan [FIL|-] [--format text|json|ics]\n  Skriver den daterte planen for oppholdet, fra valgene eller fra en StayInput (JSON); ics gir en kalenderfil.\n',
    en: 'arr-rules plan --start DATE --employment employed|not-employed [--weeks 4|8|12] [--format text|json|ics]\narr-rules plan [FILE|-] [--format text|json|ics]\n  Writes the dated plan of the stay, from the flags or from a StayInput (JSON); ics gives a calendar file.\n',
  },
  async run({ io, locale, values, args }) {
    onlyOptions(values, this.options, 'plan', locale);
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
