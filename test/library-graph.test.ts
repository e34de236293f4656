/**
 * What a browser loads: the modules `arr-rules` and `arr-rules/schemas` reach must run in a browser, so none may use
 * Node's built-in modules, `Buffer` or `process`. The command line and the service may; the library's modules may not
 * import theirs (a Node-only writer reached from `assessEligibility` would break every form on load).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));

function graph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(entry, 'utf8');
  for (const [, from] of text.matchAll(/^(?:import|export)\s[^;]*?from\s*['"]([^'"]+)['"]/gm)) {
    if (from?.startsWith('.')) graph(join(dirname(entry), from.replace(/\.js$/, '.ts')), seen);
    else if (from !== undefined) seen.add(`package:${from}`);
  }
  return seen;
}

describe('the library a browser loads', () => {
  const modules = [...new Set([...graph(join(src, 'index.ts')), ...graph(join(src, 'schemas.ts'))])];

  test('reaches only zod, date-fns and its own modules outside cli/ and server/', () => {
    const packages = modules.filter((m) => m.startsWith('package:')).map((m) => m.slice('package:'.length));
    expect(packages.filter((p) => !/^(zod\/mini|zod\/v4\/core|date-fns(\/.*)?)$/.test(p))).toEqual([]);
    const own = modules.filter((m) => !m.startsWith('package:')).map((m) => relative(src, m));
    expect(own.length).toBeGreaterThan(20);
    expect(own.filter((m) => /^(cli|server)\//.test(m) || m === 'core/evaluation-json.ts' || m === 'eligibility/json.ts')).toEqual([]);
  });

  test('the rule functions reach no zod: they check their inputs with core/check.ts, and only arr-rules/schemas loads zod', () => {
    const packages = [...graph(join(src, 'index.ts'))].filter((m) => m.startsWith('package:'));
    expect(packages.filter((p) => p.startsWith('package:zod'))).toEqual([]);
    expect([...graph(join(src, 'schemas.ts'))]).toContain('package:zod/mini');
  });

  test('uses no Buffer and no process', () => {
    const own = modules.filter((m) => !m.startsWith('package:'));
    const uses = own.filter((m) => /\bBuffer\b|\bprocess\./.test(readFileSync(m, 'utf8').replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')));
    expect(uses.map((m) => relative(src, m))).toEqual([]);
  });
});
