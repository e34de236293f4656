import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { InvalidInputError } from '../src/core/errors.js';
import type { Evaluation } from '../src/core/evaluation.js';
import { RULES } from '../src/rules.js';

/** ../shared/sources beside the checkout, found by walking up (Stryker runs the tests from a sandbox deeper in the tree). */
function findSources(): string {
  for (let dir = fileURLToPath(new URL('.', import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'sources');
    if (existsSync(join(candidate, 'nav-arr.txt'))) return `${candidate}/`;
  }
  throw new Error('../shared/sources not found beside the checkout');
}
const sourcesDir = findSources();

/** The text of a source, read from ../shared/sources as the brief ships it. */
export function sourceText(source: 'nav-arr' | 'rnnk-arr-dogn'): string {
  return readFileSync(`${sourcesDir}${source}.txt`, 'utf8');
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
