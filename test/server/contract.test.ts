/**
 * The JSON Schemas of the HTTP service against the zod schemas they come from: whatever zod takes, the JSON Schema
 * takes; whatever the JSON Schema takes and zod refuses is refused by a check the schema names as one it cannot
 * express (a custom check), never by a constraint it could have kept. And the OpenAPI document is valid OpenAPI 3.1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect } from 'vitest';
import * as z from 'zod/mini';
import { KINDS } from '../../src/cli/kinds.js';
import { InvalidInputError } from '../../src/core/errors.js';
import { answer, answerBytes, ROUTES, requestSchemaOf } from '../../src/server/contract.js';
import { eligibilityInput } from '../eligibility/arbitraries.js';
import { ENUM_WORDS, pathsOf } from '../helpers.js';

const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addKeyword('x-rules-version');
const validators = new Map(ROUTES.map((r) => [r.kind, ajv.compile(requestSchemaOf(r))]));
const built = new URL('../../dist/json-schema/', import.meta.url);
const openapiFile = new URL('../../dist/openapi.json', import.meta.url);

/** Every path of plain data, with the value there. */
function setAt(value: unknown, path: (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? setAt(v, rest, next) : v));
  return { ...(value as object), [head]: setAt((value as Record<string, unknown>)[head], rest, next) };
}

function dropAt(value: unknown, path: (string | number)[]): unknown {
  if (path.length === 0) return value;
  if (path.length === 1) {
    const [key] = path as [string | number];
    if (Array.isArray(value)) return value.filter((_, i) => i !== key);
    const { [key]: _, ...rest } = value as Record<string, unknown>;
    return rest;
  }
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  return setAt(value, [head], dropAt((value as Record<string | number, unknown>)[head], rest));
}

/** Values at the edges of the rules, and the wrong types. */
const edge = fc.oneof(
  fc.constantFrom(0, 15, 19, 20, 20.5, 100, 101, -1, 1, 4, 5, 52, 53, 54, 1583, 1584, 9998, 9999, 0.5, 0.51),
  fc.constantFrom('2027-01-04', '2027-02-30', '1582-12-31', '1583-01-01', '9999-12-31', '2027-1-4', '24:00', '23:59', '08:30', '8:30'),
  fc.constantFrom(...ENUM_WORDS, 'x', '', 'a\u0007b', 'a\u0085b'),
  fc.constantFrom(true, false, null, [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

const mutated = fc.constantFrom(...ROUTES).chain((route) =>
  fc.tuple(fc.nat(), edge, fc.constantFrom('set', 'drop', 'add'), fc.string({ maxLength: 8 })).map(([pick, value, how, key]) => {
    const paths = pathsOf(route.example);
    const path = paths[pick % paths.length] as (string | number)[];
    const input =
      how === 'set'
        ? setAt(route.example, path, value)
        : how === 'drop'
          ? dropAt(route.example, path)
          : setAt(route.example, [...path, key], value);
    return { route, input };
  }),
);

describe('answerBytes: the JSON the service sends', () => {
  const outcome = (call: () => string) => {
    try {
      return call();
    } catch (error) {
      if (error instanceof InvalidInputError) return error.issues;
      throw error;
    }
  };
  test.prop(
    [
      fc.oneof(
        eligibilityInput,
        eligibilityInput.map((i) => ({ ...i, sickLeaveGrade: 15 })),
        fc.anything(),
      ),
      fc.constantFrom('nb' as const, 'en' as const),
    ],
    { numRuns: 500 },
  )('assess: JSON.stringify of the answer, byte for byte, or the same issues', (body, locale) => {
    expect(outcome(() => answerBytes('assess', body, locale).toString('utf8'))).toEqual(
      outcome(() => JSON.stringify(answer('assess', body, locale))),
    );
  });

  const day = fc.integer({ min: 0, max: 800 }).map((d) => new Date(Date.UTC(2027, 0, 1 + d)).toISOString().slice(0, 10));
  test.prop(
    [
      fc.record(
        {
          start: fc.oneof(day, fc.string()),
          employment: fc.constantFrom('employed', 'not-employed', 'retired'),
          weeks: fc.constantFrom(4, 8, 12, 5),
        },
        { requiredKeys: [] },
      ),
      fc.constantFrom('nb' as const, 'en' as const),
    ],
    { numRuns: 300 },
  )('plan: JSON.stringify of the answer, byte for byte, or the same issues', (body, locale) => {
    expect(outcome(() => answerBytes('plan', body, locale).toString('utf8'))).toEqual(
      outcome(() => JSON.stringify(answer('plan', body, locale))),
    );
  });
});

describe('request JSON Schemas', () => {
  test('one route for every kind the CLI answers, in its order', () => {
    expect(ROUTES.map((r) => r.kind)).toEqual(KINDS.map((k) => k.name));
  });

  test.each(ROUTES.map((r) => [r.kind, r] as const))('%s: the example is valid in both', (_kind, route) => {
    expect(z.safeParse(route.schema, route.example).success).toBe(true);
    expect(validators.get(route.kind)?.(route.example)).toBe(true);
  });

  test.prop([mutated], { numRuns: 3000 })('zod and the JSON Schema agree, but for the checks the schema names', ({ route, input }) => {
    const zod = z.safeParse(route.schema, input);
    const json = validators.get(route.kind)?.(input) === true;
    if (zod.success) expect(json).toBe(true);
    else if (json) {
      // Only a check JSON Schema cannot express may refuse what the JSON Schema takes.
      expect(zod.error.issues.every((i) => i.code === 'custom')).toBe(true);
      expect(requestSchemaOf(route).description).toMatch(/Checks JSON Schema cannot express/);
    }
  });

  test('the checks JSON Schema can express are in it: grade, time, date form and range, control characters', () => {
    const assess = validators.get('assess');
    for (const grade of [0, 20, 55, 100]) expect(assess?.({ referral: 'nav', employment: 'employed', sickLeaveGrade: grade })).toBe(true);
    for (const grade of [15, 19, 20.5, 101, -1, '50'])
      expect(assess?.({ referral: 'nav', employment: 'employed', sickLeaveGrade: grade })).toBe(false);
    const activity = (a: object) => ({
      stay: { start: '2027-01-04', employment: 'employed' },
      activities: [{ date: '2027-01-04', start: '09:00', end: '10:00', kind: 'group', ...a }],
    });
    const activities = validators.get('activities');
    expect(activities?.(activity({ end: '24:00' }))).toBe(false);
    expect(activities?.(activity({ start: '8:30' }))).toBe(false);
    expect(activities?.(activity({ title: 'Tur\tut' }))).toBe(true);
    expect(activities?.(activity({ title: 'Tur\u0007' }))).toBe(false);
    expect(activities?.(activity({ title: 'x'.repeat(201) }))).toBe(false);
    expect(activities?.(activity({ date: '1582-12-31' }))).toBe(false);
    expect(activities?.(activity({ date: '2027-13-01' }))).toBe(false);
    expect(activities?.(activity({ extra: 1 }))).toBe(false);
  });
});

describe.skipIf(!existsSync(openapiFile))('the built contract', () => {
  test.each(ROUTES.map((r) => [r.kind] as const))('json-schema/%s.json: every property described, same constraints', (kind) => {
    const schema = JSON.parse(readFileSync(new URL(`${kind}.json`, built), 'utf8'));
    const undescribed: string[] = [];
    const walk = (s: Record<string, unknown>, path: string) => {
      if (s.items !== undefined) walk(s.items as Record<string, unknown>, `${path}[]`);
      for (const [key, sub] of Object.entries((s.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (typeof sub.description !== 'string' || sub.description === '') undescribed.push(`${path}.${key}`);
        walk(sub, `${path}.${key}`);
      }
    };
    walk(schema, kind);
    expect(undescribed).toEqual([]);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // Descriptions added, nothing else changed.
    const strip = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(strip)
        : typeof v === 'object' && v !== null
          ? Object.fromEntries(
              Object.entries(v)
                .filter(([k]) => k !== 'description')
                .map(([k, x]) => [k, strip(x)]),
            )
          : v;
    expect(strip(schema)).toEqual(strip(requestSchemaOf(ROUTES.find((r) => r.kind === kind) as (typeof ROUTES)[number])));
  });

  test('openapi.json is valid OpenAPI 3.1, with a route, a request schema and an example for every kind', async () => {
    const doc = JSON.parse(readFileSync(openapiFile, 'utf8'));
    const result = await new Validator().validate(doc);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
    for (const route of ROUTES) {
      const post = doc.paths[`/v1/${route.kind}`].post;
      expect(post.requestBody.content['application/json'].example).toEqual(route.example);
      expect(post.responses['200'].content['application/json'].example).toBeDefined();
      expect(Object.keys(post.responses)).toEqual(['200', '400', '405', '413', '415', '500']);
    }
    for (const path of ['/v1/rules', '/openapi.json', '/isalive', '/isready']) expect(doc.paths[path].get).toBeDefined();
  });
});
