import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { InvalidInputError } from '../src/core/errors.js';
import type { Evaluation } from '../src/core/evaluation.js';
import { RULES } from '../src/rules.js';

/**
 * Where the source texts are, if anywhere: the directory named by ARR_SOURCES_DIR (which must exist:
 * CI names it so that the check can never be skipped without a word), else `shared/sources` found by
 * walking up from the tests (beside the checkout, or above Stryker's sandbox), else undefined.
 */
export function sourcesDir(): string | undefined {
  const named = process.env.ARR_SOURCES_DIR;
  if (named) {
    if (!existsSync(join(named, 'nav-arr.txt'))) throw new Error(`ARR_SOURCES_DIR=${named} holds no source texts`);
    return named;
  }
  for (let dir = fileURLToPath(new URL('.', import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'sources');
    if (existsSync(join(candidate, 'nav-arr.txt'))) return candidate;
  }
  return undefined;
}

/** Calls `fn` and returns the InvalidInputError it throws; fails if it throws anything else or nothing. */
export function invalid(fn: () => unknown): InvalidInputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('expected InvalidInputError, but nothing was thrown');
}

/** Every node of a tree, depth first, the root first. */
export function* walkEvaluation(evaluation: Evaluation): Generator<Evaluation> {
  yield evaluation;
  for (const child of evaluation.children) yield* walkEvaluation(child);
}

const catalogued = new Set(RULES.map((r) => r.id));

/** Asserts every node of a tree names a catalogued rule with the catalogue's sources. */
export function expectCatalogued(evaluation: Evaluation): void {
  for (const node of walkEvaluation(evaluation)) {
    expect(catalogued.has(node.rule), `rule ${node.rule} is catalogued`).toBe(true);
    expect(node.sources).toEqual(RULES.find((r) => r.id === node.rule)?.sources);
    expect(node.reason.length).toBeGreaterThan(0);
  }
}

/** Deep-freezes a value so that any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** Words of the inputs' closed sets, for tests that try each in fields where it does or does not belong. */
export const ENUM_WORDS: readonly string[] = [
  'nav',
  'gp',
  'employed',
  'not-employed',
  'phone',
  'on-site',
  'individual',
  'group',
  'aap',
  'mapping',
  'welcome-meeting',
  'nav-arr',
  'residential',
  'nurse',
  'rnnk',
];

/**
 * The path of every value in `value`, itself first (the empty path); a list's items by number, and only its first
 * `itemsPerList` where the rest would be checked alike.
 */
export function pathsOf(value: unknown, itemsPerList = Number.POSITIVE_INFINITY, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.slice(0, itemsPerList).flatMap((v, i) => pathsOf(v, itemsPerList, [...at, i]))];
  if (typeof value === 'object' && value !== null) {
    return [at, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, itemsPerList, [...at, k]))];
  }
  return [at];
}
