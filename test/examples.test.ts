/**
 * Every exported function carries a TSDoc `@example`, and every example runs:
 * each is transpiled, its imports pointed at the source, and executed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import * as api from '../src/index.js';
import * as schemas from '../src/schemas.js';

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

const examples: { file: string; fn: string; code: string }[] = [];
for (const file of files(srcDir)) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(
    /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\*\s*```[\s\S]*?\*\/\s*\nexport (?:async )?(?:function|class|const) (\w+)/g,
  )) {
    examples.push({ file: file.slice(srcDir.length), fn: m[2] as string, code: (m[1] as string).replace(/^\s*\* ?/gm, '') });
  }
}

describe('TSDoc examples', () => {
  test('every exported function of both entry points has an @example', () => {
    const documented = new Set(examples.map((e) => e.fn));
    const exported = [...Object.entries(api), ...Object.entries(schemas)].filter(([, v]) => typeof v === 'function').map(([k]) => k);
    expect(exported.filter((name) => !documented.has(name) && !name.endsWith('Schema'))).toEqual([]);
  });

  test.each(examples.map((e) => [`${e.file}: ${e.fn}`, e] as const))('%s runs', async (_name, example) => {
    const code = example.code.replace(
      /import \{([^}]*)\} from 'arr-rules(\/schemas)?';/g,
      (_m, names: string, sub?: string) => `const {${names}} = ${sub ? '__schemas' : '__api'};`,
    );
    const js = transformSync(code, { loader: 'ts', format: 'cjs' }).code;
    const run = new Function('__api', '__schemas', 'console', js);
    expect(() => run(api, schemas, { log: () => {} })).not.toThrow();
  });
});
