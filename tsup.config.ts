import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// tsup is in maintenance; its successor is tsdown. Kept while tsup builds what we need.
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
// tsup's dts step sets baseUrl, which TypeScript 6 deprecates.
const dtsCompilerOptions = { ignoreDeprecations: '6.0' };

export default defineConfig([
  {
    // ESM one file per module: with `sideEffects: false` a form's bundler drops every module it does not use.
    entry: ['src/**/*.ts', '!src/cli/**', '!src/server/**'],
    format: ['esm'],
    bundle: false,
    target: 'es2022',
    platform: 'neutral',
    clean: true,
  },
  {
    entry: { index: 'src/index.ts', schemas: 'src/schemas.ts' },
    format: ['esm'],
    dts: { only: true, compilerOptions: dtsCompilerOptions },
  },
  {
    entry: { index: 'src/index.ts', schemas: 'src/schemas.ts' },
    format: ['cjs'],
    dts: { compilerOptions: dtsCompilerOptions },
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    external: ['zod', 'date-fns'],
  },
  {
    // contract: the HTTP service's schemas, read by scripts/contract.mjs at build to write dist/json-schema and dist/openapi.json.
    // The command line carries its own zod and date-fns (their notices: dist/THIRD-PARTY-LICENSES.txt): loading them as
    // packages walks dozens of modules at every start, and bundled, a command loads only the parts it uses.
    entry: { cli: 'src/cli/main.ts', contract: 'src/server/contract.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    treeshake: true,
    noExternal: ['zod', 'date-fns'],
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
