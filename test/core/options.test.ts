import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isWorkingDay } from '../../src/core/calendar.js';
import { localeOf } from '../../src/core/options.js';
import { errorMap } from '../../src/core/schema.js';
import * as api from '../../src/index.js';
import { invalid } from '../helpers.js';

describe('the options argument', () => {
  test('left out, empty, or with a supported locale: that locale, bokmål by default', () => {
    expect(localeOf(undefined)).toBe('nb');
    expect(localeOf({})).toBe('nb');
    expect(localeOf({ locale: undefined })).toBe('nb');
    expect(localeOf({ locale: 'nb' })).toBe('nb');
    expect(localeOf({ locale: 'en' })).toBe('en');
  });

  test('not an object is InvalidInputError at options, never a quiet bokmål', () => {
    for (const options of ['en', null, 1, true, ['en']]) {
      const error = invalid(() => localeOf(options));
      expect(error.issues.map((i) => i.path)).toEqual(['options']);
      expect(error.issues[0]?.message).toMatch(/options object/);
    }
  });

  test('a misspelt key is named, in the locale given beside it; with a bad locale, both problems are named', () => {
    expect(invalid(() => localeOf({ lang: 'en' })).issues).toEqual([
      { path: 'options.lang', message: 'Ukjent valg; det eneste valget er locale.' },
    ]);
    expect(invalid(() => localeOf({ locale: 'en', lang: 'en' })).issues).toEqual([
      { path: 'options.lang', message: 'Unknown option; the only option is locale.' },
    ]);
    const both = invalid(() => localeOf({ locale: 'de', lang: 'en' }));
    expect(both.issues.map((i) => i.path)).toEqual(['options.locale', 'options.lang']);
    expect(both.issues[0]?.message).toContain('"de" is not a supported locale');
    // With no language to go by, the misspelt key is named in both.
    expect(both.issues[1]?.message).toBe('Unknown option; the only option is locale. / Ukjent valg; det eneste valget er locale.');
  });

  test('the calendar functions read options the same way', () => {
    expect(isWorkingDay('2027-05-17', { locale: 'en' })).toBe(false);
    expect(invalid(() => isWorkingDay('2027-05-17', 'en' as never)).issues.map((i) => i.path)).toEqual(['options']);
    expect(invalid(() => api.easterSunday(2027, { locale: 'de' } as never)).issues.map((i) => i.path)).toEqual(['options.locale']);
  });

  test('errorMap takes nb or en, and names anything else', () => {
    expect(typeof errorMap('en')).toBe('function');
    expect(errorMap()).toBe(errorMap('nb'));
    expect(invalid(() => errorMap('de' as never)).issues.map((i) => i.path)).toEqual(['locale']);
  });

  // Every exported function takes options last, but for the type guards of one value; InvalidInputError is a class.
  const functions = Object.entries(api).filter(
    ([name, f]) => typeof f === 'function' && !['isIsoDate', 'isInvalidInputError', 'InvalidInputError'].includes(name),
  ) as [string, (...a: unknown[]) => unknown][];
  test('that is 18 functions', () => {
    expect(functions).toHaveLength(18);
  });
  test.prop([fc.constantFrom(...functions), fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()))])(
    'every public function refuses options that are not an object, naming options',
    ([name, fn], options) => {
      // The options come last; the arguments before them are left out, so they may be wrong too: options are read first.
      const args: unknown[] = Array.from({ length: fn.length - 1 }, () => undefined);
      args.push(options);
      const error = invalid(() => fn(...args));
      expect(
        error.issues.map((i) => i.path),
        name,
      ).toEqual(['options']);
    },
  );
});
