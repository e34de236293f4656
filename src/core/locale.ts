/** The languages messages are written in: bokmål (`nb`, the default) and English (`en`). */
export type Locale = 'nb' | 'en';

/** Options every public function takes. */
export interface Options {
  /** Language of reasons, titles and error messages; default `'nb'`. */
  readonly locale?: Locale | undefined;
}

/** A text in both languages. */
export interface Text {
  readonly nb: string;
  readonly en: string;
}

/** The default locale when the caller gives none. */
export const DEFAULT_LOCALE: Locale = 'nb';

/** True for a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return value === 'nb' || value === 'en';
}

/** `n` and its noun in the locale's singular or plural: `1 uke`, `2 uker`, `1 week`, `2 weeks`. */
export function counted(n: number, one: Text, many: Text, locale: Locale): string {
  return `${n} ${(n === 1 ? one : many)[locale]}`;
}

/** Weeks, counted (`1 uke`, `3 uker`). */
export function weeksText(n: number, locale: Locale): string {
  return counted(n, { nb: 'uke', en: 'week' }, { nb: 'uker', en: 'weeks' }, locale);
}
