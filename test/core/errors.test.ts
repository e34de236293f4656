import { describe, expect, test } from 'vitest';
import { addWorkingDays } from '../../src/core/calendar.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { assessEligibility } from '../../src/eligibility/assess.js';
import { invalid } from '../helpers.js';

// The message is what a log line or an uncaught error shows; the CLI and
// service logs print it as is, so its wording is part of the contract.
describe('InvalidInputError', () => {
  test('is an Error named InvalidInputError that keeps its issues and locale', () => {
    const issues = [{ path: 'a', message: 'm' }];
    const error = new InvalidInputError(issues, 'en');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('InvalidInputError');
    expect(String(error)).toBe('InvalidInputError: Invalid input: a: m');
    expect(error.issues).toBe(issues);
    expect(error.locale).toBe('en');
  });

  test('its message names every issue by path, in order, in the caller’s language', () => {
    const issues = [
      { path: '', message: 'one' },
      { path: 'meetings.2.date', message: 'two' },
    ];
    expect(new InvalidInputError(issues, 'nb').message).toBe('Ugyldig inndata: (hele inndata): one; meetings.2.date: two');
    expect(new InvalidInputError(issues, 'en').message).toBe('Invalid input: (whole input): one; meetings.2.date: two');
  });

  test('from a public function: the whole input and nested paths, in both languages', () => {
    expect(invalid(() => addWorkingDays('2027-02-29', 1, { locale: 'en' })).message).toMatch(
      /^Invalid input: date: "2027-02-29" is not a valid date/,
    );
    const nb = invalid(() => assessEligibility([] as never));
    expect(nb.message).toMatch(/^Ugyldig inndata: \(hele inndata\): /);
    const en = invalid(() => assessEligibility({ age: -1 } as never, { locale: 'en' }));
    expect(en.issues.length).toBeGreaterThan(1);
    expect(en.message).toBe(`Invalid input: ${en.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  });
});
