import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { checked, errorMap, IsoDateSchema, TimeSchema, toIssues } from '../../src/core/schema.js';

/** The first message zod gives for `value` against `schema`, written by errorMap in each language. */
function messages(schema: z.ZodMiniType, value: unknown): { nb: string; en: string } {
  const first = (locale: 'nb' | 'en') => {
    const result = z.safeParse(schema, value, { error: errorMap(locale) });
    if (result.success) throw new Error(`expected ${JSON.stringify(value)} to fail`);
    return result.error.issues[0]?.message ?? '';
  };
  return { nb: first('nb'), en: first('en') };
}

describe('errorMap: one sentence per kind of problem, in bokmål and English', () => {
  test.each([
    ['a missing number', z.number(), undefined, 'Mangler; forventet et tall.', 'Missing; expected a number.'],
    ['text for a number', z.number(), 'x', 'Fikk "x"; forventet et tall.', 'Got "x"; expected a number.'],
    ['a fraction for a whole number', z.int(), 1.5, 'Fikk 1.5; forventet et helt tall.', 'Got 1.5; expected a whole number.'],
    ['null for a boolean', z.boolean(), null, 'Fikk null; forventet true eller false.', 'Got null; expected true or false.'],
    ['a list for an object', z.strictObject({}), [], 'Fikk en liste; forventet et objekt.', 'Got a list; expected an object.'],
    ['an object for a list', z.array(z.number()), {}, 'Fikk et objekt; forventet en liste.', 'Got an object; expected a list.'],
    ['a number for text', z.string(), 1, 'Fikk 1; forventet tekst.', 'Got 1; expected text.'],
    ['a type without a name of its own', z.bigint(), true, 'Fikk true; forventet bigint.', 'Got true; expected bigint.'],
    ['a missing choice', z.literal(['a', 'b']), undefined, 'Mangler; forventet en av: "a", "b".', 'Missing; expected one of: "a", "b".'],
    ['a wrong choice', z.literal(['a', 'b']), 'c', 'Fikk "c"; forventet en av: "a", "b".', 'Got "c"; expected one of: "a", "b".'],
    ['below a minimum', z.number().check(z.gte(20)), 5, 'Fikk 5; forventet minst 20.', 'Got 5; expected at least 20.'],
    ['above a maximum', z.number().check(z.lte(100)), 101, 'Fikk 101; forventet høyst 100.', 'Got 101; expected at most 100.'],
    [
      'an unknown field',
      z.strictObject({ a: z.optional(z.number()) }),
      { b: 1 },
      'Ukjent felt: b. Sjekk stavemåten.',
      'Unknown field: b. Check the spelling.',
    ],
    [
      'a problem without a sentence of its own',
      z.string().check(z.regex(/^x$/)),
      'y',
      'Fikk "y", som ikke er gyldig her.',
      'Got "y", which is not valid here.',
    ],
    [
      'a refinement without a sentence of its own',
      z.string().check(z.refine(() => false)),
      'y',
      'Fikk "y", som ikke er gyldig her.',
      'Got "y", which is not valid here.',
    ],
    [
      'a long text, shortened to 40 characters',
      z.number(),
      'a'.repeat(50),
      `Fikk "${'a'.repeat(40)}…"; forventet et tall.`,
      `Got "${'a'.repeat(40)}…"; expected a number.`,
    ],
  ])('%s', (_, schema, value, nb, en) => {
    expect(messages(schema as z.ZodMiniType, value)).toEqual({ nb, en });
  });

  test('a check made with checked() writes its own sentence from the value, and stops the checks after it', () => {
    const even = z.number().check(
      checked<number>(
        (n) => n % 2 === 0,
        (input, locale) => `${String(input)} ${locale === 'nb' ? 'er ikke et partall' : 'is not even'}`,
      ),
      z.lte(0),
    );
    expect(messages(even, 3)).toEqual({ nb: '3 er ikke et partall', en: '3 is not even' });
    const result = z.safeParse(even, 3, { error: errorMap('en') });
    expect(result.success ? [] : result.error.issues).toHaveLength(1);
  });

  test('toIssues joins paths and gives each unknown key an issue of its own', () => {
    const schema = z.strictObject({ a: z.strictObject({ b: z.number() }) });
    const result = z.safeParse(schema, { a: { b: 'x', c: 1, d: 2 } }, { error: errorMap('en') });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(toIssues(result.error.issues)).toEqual([
      { path: 'a.b', message: 'Got "x"; expected a number.' },
      { path: 'a.c', message: 'Unknown field: c. Check the spelling.' },
      { path: 'a.d', message: 'Unknown field: d. Check the spelling.' },
    ]);
  });
});

describe('the shared field schemas', () => {
  test('a date: text, a real date, inside the supported range; each problem in its own words', () => {
    expect(messages(IsoDateSchema, 20270301)).toEqual({ nb: 'Fikk 20270301; forventet tekst.', en: 'Got 20270301; expected text.' });
    expect(messages(IsoDateSchema, '2027-02-30')).toEqual({
      nb: '"2027-02-30" er ikke en gyldig dato; forventet en kalenderdato på formen ÅÅÅÅ-MM-DD, for eksempel 2027-03-01.',
      en: '"2027-02-30" is not a valid date; expected a calendar date written YYYY-MM-DD, for example 2027-03-01.',
    });
    expect(messages(IsoDateSchema, '1582-12-31')).toEqual({
      nb: '"1582-12-31" er utenfor det støttede området 1583-01-01 … 9999-12-31 (den gregorianske kalenderen).',
      en: '"1582-12-31" is outside the supported range 1583-01-01 … 9999-12-31 (the Gregorian calendar).',
    });
    expect(z.safeParse(IsoDateSchema, '1583-01-01').success).toBe(true);
  });

  test('a time of day: exactly HH:mm, 00:00 … 23:59, nothing before or after', () => {
    for (const ok of ['00:00', '08:30', '23:59']) expect(z.safeParse(TimeSchema, ok).success).toBe(true);
    for (const bad of ['24:00', '8:30', '08:60', 'x08:30', '08:30x', '08:30:00']) {
      expect(messages(TimeSchema, bad)).toEqual({
        nb: `${JSON.stringify(bad)} er ikke et klokkeslett; forventet TT:mm fra 00:00 til 23:59, for eksempel 08:30.`,
        en: `${JSON.stringify(bad)} is not a time of day; expected HH:mm from 00:00 to 23:59, for example 08:30.`,
      });
    }
  });
});
