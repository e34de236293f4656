import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../src/rules.js';
import { sourcesDir } from './helpers.js';

interface SourceFacts {
  title: string;
  publisher: string;
  name: { nb: string; en: string };
  file: string;
  sha256: string;
  sections: string[];
}
const manifest = JSON.parse(readFileSync(new URL('../sources/manifest.json', import.meta.url), 'utf8')) as {
  sources: Record<string, SourceFacts>;
};

describe('the sources manifest', () => {
  test('every SourceRef of every rule names a source and a section heading it lists', () => {
    for (const rule of RULES) {
      for (const ref of rule.sources) {
        expect(Object.keys(manifest.sources), rule.id).toContain(ref.source);
        expect(manifest.sources[ref.source]?.sections, `${rule.id}: ${ref.source} «${ref.section}»`).toContain(ref.section);
      }
    }
  });

  test('lists exactly the sections the rules cite, so that it cannot keep a heading nothing rests on', () => {
    for (const [id, facts] of Object.entries(manifest.sources)) {
      const cited = new Set(RULES.flatMap((r) => r.sources.filter((s) => s.source === id).map((s) => s.section)));
      expect([...facts.sections].sort(), id).toEqual([...cited].sort());
    }
  });
});

describe('the manifest against the source texts', () => {
  const dir = sourcesDir();
  test('each text is the one the rules were written from (SHA-256), and has every listed heading on a line of its own', (ctx) => {
    if (!dir) {
      const why =
        'skipped: the source texts are not at hand, so the manifest was not checked against them; set ARR_SOURCES_DIR to their directory (CI does)';
      console.warn(why);
      ctx.skip(why);
      return;
    }
    for (const [id, facts] of Object.entries(manifest.sources)) {
      const bytes = readFileSync(join(dir, facts.file));
      expect(createHash('sha256').update(bytes).digest('hex'), `${id}: the text has changed since the rules were written`).toBe(
        facts.sha256,
      );
      const lines = bytes
        .toString('utf8')
        .split(/\r?\n/)
        .map((l) => l.trim().replace(/:$/, ''));
      for (const section of facts.sections) expect(lines, `${id} «${section}»`).toContain(section);
    }
  });
});
