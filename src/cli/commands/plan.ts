/** `arr-rules plan`: the dated plan of a stay, from flags or from a StayInput in FILE; text, JSON or iCalendar. */

import { planPlain } from '../../schedule/plan-build.js';
import { oneOf } from '../args.js';
import type { Command } from '../command.js';
import { parseJson, readAll, sourceName, t, UsageError } from '../io.js';
import { formatOf, writeAnswer } from '../output.js';
import { PLAN_VIEW } from '../plan-view.js';
import { SPECS } from './specs.js';

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
    // A plain valid stay is planned without loading planStay's check; anything else goes to planStay, which names each problem.
    const result = planPlain(input, locale) ?? (await import('../../schedule/plan.js')).planStay(input as never, { locale });
    if (format === 'ics') {
      const { planToICalendar } = await import('../../schedule/ics.js');
      io.stdout.write(planToICalendar(result, `${io.now().toISOString().slice(0, 19)}Z`, { locale }));
    } else writeAnswer(io, PLAN_VIEW, result, format, 'full', locale);
    return 0;
  },
};
