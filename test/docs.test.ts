import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs helper shared with scripts/docs.mjs
import { renderCatalogue } from '../scripts/render-catalogue.mjs';
import { RULES, RULES_VERSION } from '../src/rules.js';

const userDocs = [
  'README.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  ...readdirSync(new URL('../docs/', import.meta.url))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('the documentation a reader can open', () => {
  test.each(userDocs)('%s names no brief, ticket or session outside the repository', (file) => {
    const text = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
    expect(text).not.toMatch(/\bbrief\b|\bissue \d+|\bsession \d+|\.\.\/shared\//i);
  });
});

describe('generated documentation', () => {
  test('docs/rules.md is up to date with RULES (run `npm run docs` when this fails)', () => {
    const committed = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderCatalogue(RULES, RULES_VERSION));
  });

  test('every decision has its interpretation, each naming its source sentence and the code', () => {
    const text = readFileSync(new URL('../docs/interpretations.md', import.meta.url), 'utf8');
    for (let n = 1; n <= 32; n += 1) expect(text, `decision ${n}`).toMatch(new RegExp(`^## ${n}\\. `, 'm'));
    const sections = text.split(/^## /m).slice(1);
    for (const section of sections) {
      expect(section, section.slice(0, 40)).toMatch(/\*\*Source:\*\*/);
      expect(section, section.slice(0, 40)).toMatch(/\*\*Code:\*\* .*`src\//);
    }
  });
});
