import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// tsup is in maintenance; its successor is tsdown. Kept while tsup builds what we need.
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: { index: 'src/index.ts', schemas: 'src/schemas.ts' },
    format: ['esm', 'cjs'],
    // tsup's dts step sets baseUrl, which TypeScript 6 deprecates.
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    clean: true,
    external: ['zod', 'date-fns'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    treeshake: true,
    external: ['zod', 'date-fns'],
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
