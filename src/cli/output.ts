/** Writing an answer: text for a person, JSON (the library's result, or its summary) for a script. */
import type { Locale } from '../core/locale.js';
import { oneOf, type Values } from './args.js';
import type { CliIo } from './io.js';
import { type KindView, summaryOf } from './kind.js';

/** The `--format` of a command that writes text or JSON (plan adds ics itself). */
export function formatOf(values: Values, locale: Locale, choices: readonly string[] = ['text', 'json']): string {
  return values.format === undefined ? 'text' : oneOf(values.format, choices, '--format', locale);
}

/** `--output full` (the library's result exactly, the default) or `summary` (verdict, missing, deciding reasons). */
export function outputOf(values: Values, locale: Locale): 'full' | 'summary' {
  return values.output === undefined ? 'full' : oneOf(values.output, ['full', 'summary'] as const, '--output', locale);
}

/** The JSON a result is written as: the library's result exactly, or its summary where the kind has a verdict. */
export function jsonOf(kind: KindView, result: unknown, output: 'full' | 'summary'): unknown {
  return output === 'summary' ? (summaryOf(kind, result) ?? result) : result;
}

/** Writes one answer of a single command. */
export function writeAnswer(io: CliIo, kind: KindView, result: unknown, format: string, output: 'full' | 'summary', locale: Locale): void {
  io.stdout.write(
    format === 'json'
      ? `${JSON.stringify(jsonOf(kind, result, output), null, 2)}\n`
      : (kind.text as (r: unknown, l: Locale) => string)(result, locale),
  );
}
