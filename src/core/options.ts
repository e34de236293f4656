/** Reading the `options` argument every public function takes. Kept free of checks so the calendar can use it. */
import { describeValue } from './dates.js';
import { type InputIssue, InvalidInputError } from './errors.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from './locale.js';

const ONLY_LOCALE: readonly string[] = ['locale'];

/**
 * The locale of `options`: `nb` when options or its locale is left out.
 * Anything else that is not `{ locale?: 'nb' | 'en' }` is `InvalidInputError`
 * naming each problem, never a quiet fallback: `'en'` passed bare, `null`, or
 * a misspelt key such as `{ lang: 'en' }` would otherwise give bokmål.
 * A function with more options names them in `known`, and reads them itself.
 */
export function localeOf(options: unknown, known: readonly string[] = ONLY_LOCALE): Locale {
  if (options === undefined) return DEFAULT_LOCALE;
  let locale: unknown;
  let keys: string[];
  try {
    if (!isPlainObject(options)) {
      throw new InvalidInputError(
        [
          {
            path: 'options',
            message: `${describeValue(options, 'en')} is not an options object; expected, for example, { locale: "en" }. / Forventet et objekt med valg, for eksempel { locale: "nb" }.`,
          },
        ],
        DEFAULT_LOCALE,
      );
    }
    // Each read once: a getter that answers twice differently cannot pass one answer and use another.
    locale = (options as { locale?: unknown }).locale;
    keys = Object.keys(options);
  } catch (error) {
    if (error instanceof InvalidInputError) throw error;
    throw new InvalidInputError(
      [{ path: 'options', message: 'The options could not be read (a getter or a Proxy threw). / Valgene kunne ikke leses.' }],
      DEFAULT_LOCALE,
    );
  }
  const valid = locale === undefined || isLocale(locale);
  const chosen: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const issues: InputIssue[] = [];
  if (!valid) issues.push(unsupportedLocale(locale, 'options.locale'));
  for (const key of keys) {
    if (known.includes(key)) continue;
    const en = known.length === 1 ? 'Unknown option; the only option is locale.' : `Unknown option; the options are ${known.join(', ')}.`;
    const nb = known.length === 1 ? 'Ukjent valg; det eneste valget er locale.' : `Ukjent valg; valgene er ${known.join(', ')}.`;
    issues.push({ path: `options.${key}`, message: valid && chosen === 'en' ? en : valid ? nb : `${en} / ${nb}` });
  }
  if (issues.length > 0) throw new InvalidInputError(issues, chosen);
  return chosen;
}

/** `{ … }` or `Object.create(null)`: not an array, a Map, a Date, `arguments`, an Error or a class instance. */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && Object.prototype.toString.call(value) === '[object Object]';
}

/** The issue for a locale that is neither `nb` nor `en`, in both languages since the caller's is unknown. */
export function unsupportedLocale(value: unknown, path: string): InputIssue {
  return {
    path,
    message: `${describeValue(value, 'en')} is not a supported locale; expected "nb" or "en". / Språket støttes ikke; forventet "nb" eller "en".`,
  };
}
