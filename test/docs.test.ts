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

describe('docs/embedding-in-a-form.md', () => {
  const text = readFileSync(new URL('../docs/embedding-in-a-form.md', import.meta.url), 'utf8');

  // Each code block is a file the type check compiles (tsconfig.dom.json), so it names nothing undefined.
  test('its code blocks are examples/form/snippets/check.ts and ReferralForm.tsx, word for word', () => {
    const blocks = [...text.matchAll(/```tsx?\n([\s\S]*?)```/g)].map((m) => m[1]);
    const snippets = ['check.ts', 'ReferralForm.tsx'].map((f) =>
      readFileSync(new URL(`../examples/form/snippets/${f}`, import.meta.url), 'utf8'),
    );
    expect([...blocks].sort()).toEqual([...snippets].sort());
  });

  test('the sizes it states are those docs/benchmarks.md measured', () => {
    const bench = readFileSync(new URL('../docs/benchmarks.md', import.meta.url), 'utf8');
    const measured = (name: string) => {
      const row = bench.split('\n').find((line) => line.startsWith(`| ${name} |`));
      const kb = row?.match(/\| ([\d.]+) kB \|/)?.[1];
      if (kb === undefined) throw new Error(`docs/benchmarks.md has no size row for ${name}`);
      return `${Number(kb).toFixed(1)} kB`;
    };
    expect(text).toContain(`pays ${measured('schemas: EligibilityInputSchema + errorMap')}`);
    expect(text).toContain(`and ${measured('schemas + assessEligibility')} if it also runs`);
    expect(text).toContain(`\`planToICalendar\`) pays ${measured('a plan page: planStay + planToICalendar')}`);
    expect(text).toContain(`\`followUpStatus\`) ${measured('follow-up: assessFollowUpPlan + followUpStatus')}`);
  });
});
