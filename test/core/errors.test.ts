import { describe, expect, test } from 'vitest';
import { addWorkingDays } from '../../src/core/calendar.js';
import { InvalidInputError, isInvalidInputError } from '../../src/core/errors.js';
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
    expect(error.issues).toEqual(issues);
    expect(Object.isFrozen(error.issues) && Object.isFrozen(error.issues[0])).toBe(true);
    expect(error.locale).toBe('en');
  });

  test('carries no stack frames, and leaves the engine’s frame limit as it found it', () => {
    const before = Error.stackTraceLimit;
    try {
      Error.stackTraceLimit = 7;
      let thrown: unknown;
      try {
        assessEligibility({ referral: 'nav', employment: 'employed', sickLeaveGrade: 15 });
      } catch (error) {
        thrown = error;
      }
      expect(isInvalidInputError(thrown)).toBe(true);
      expect((thrown as Error).stack).toBe(`InvalidInputError: ${(thrown as Error).message}`);
      expect(Error.stackTraceLimit).toBe(7);
      // Other errors keep their frames.
      expect(new Error('x').stack).toMatch(/\n\s+at /);
    } finally {
      Error.stackTraceLimit = before;
    }
  });

  test('where the frame limit cannot be set or does not exist, the error is still made and nothing is left behind', () => {
    const descriptor = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
    try {
      Object.defineProperty(Error, 'stackTraceLimit', { value: 5, writable: false, configurable: true });
      expect(new InvalidInputError([{ path: 'a', message: 'm' }], 'nb').issues).toHaveLength(1);
      expect(Error.stackTraceLimit).toBe(5);
      Reflect.deleteProperty(Error, 'stackTraceLimit');
      expect(new InvalidInputError([{ path: 'a', message: 'm' }], 'en').message).toBe('Invalid input: a: m');
      expect(Object.hasOwn(Error, 'stackTraceLimit')).toBe(false);
    } finally {
      if (descriptor !== undefined) Object.defineProperty(Error, 'stackTraceLimit', descriptor);
    }
  });

  test('its message names every issue by path, in order, in the caller’s language', () => {
    const issues = [
      { path: '', message: 'one' },
      { path: 'meetings.2.date', message: 'two' },
    ];
    expect(new InvalidInputError(issues, 'nb').message).toBe('Ugyldig inndata: (hele inndata): one; meetings.2.date: two');
    expect(new InvalidInputError(issues, 'en').message).toBe('Invalid input: (whole input): one; meetings.2.date: two');
  });

  test('lists the first 100 issues, then one that says how many more there were', () => {
    const many = Array.from({ length: 130 }, (_, i) => ({ path: `held.${i}`, message: 'x' }));
    const nb = new InvalidInputError(many, 'nb');
    expect(nb.issues).toHaveLength(101);
    expect(nb.issues[99]?.path).toBe('held.99');
    expect(nb.issues[100]).toEqual({ path: '', message: '… og 30 problemer til, som ikke er listet opp her.' });
    expect(new InvalidInputError(many, 'en').issues.at(-1)?.message).toBe('… and 30 more problems, not listed here.');
    expect(new InvalidInputError(many.slice(0, 100), 'en').issues).toHaveLength(100);
  });

  test('instanceof and isInvalidInputError hold for an error of another copy of the class (the other build, a second bundle)', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('arr-rules.InvalidInputError')]: true, issues: [] });
    expect(foreign instanceof InvalidInputError).toBe(true);
    expect(isInvalidInputError(foreign)).toBe(true);
    for (const other of [new Error('x'), null, undefined, 'InvalidInputError', { issues: [] }]) {
      expect(other instanceof InvalidInputError).toBe(false);
      expect(isInvalidInputError(other)).toBe(false);
    }
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
