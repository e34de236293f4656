import type { Locale } from './locale.js';

/** One problem with an input: where it is (dot-joined path, `''` for the whole input) and what is wrong. */
export interface InputIssue {
  /** Dot-joined path with array indices as numbers, e.g. `meetings.2.date`; `''` is the whole input. */
  readonly path: string;
  /** What is wrong and what is expected, in the requested locale. */
  readonly message: string;
}

/**
 * The only error a public function throws for bad input. It lists every
 * problem found, each by path, in the caller's language.
 *
 * @example
 * ```ts
 * import { isWorkingDay, InvalidInputError } from 'arr-rules';
 * try {
 *   isWorkingDay('2027-02-29');
 * } catch (error) {
 *   if (error instanceof InvalidInputError) console.log(error.issues[0]?.message);
 * }
 * ```
 */
export class InvalidInputError extends Error {
  /** Every problem found, in the requested locale. */
  readonly issues: readonly InputIssue[];
  /** The locale the messages are written in. */
  readonly locale: Locale;

  constructor(issues: readonly InputIssue[], locale: Locale) {
    super(formatIssues(issues, locale));
    this.name = 'InvalidInputError';
    this.issues = issues;
    this.locale = locale;
  }
}

function formatIssues(issues: readonly InputIssue[], locale: Locale): string {
  const head = locale === 'nb' ? 'Ugyldig inndata' : 'Invalid input';
  const whole = locale === 'nb' ? '(hele inndata)' : '(whole input)';
  return `${head}: ${issues.map((i) => `${i.path === '' ? whole : i.path}: ${i.message}`).join('; ')}`;
}

/** Joins a zod-style path into the library's dot-joined form. */
export function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
