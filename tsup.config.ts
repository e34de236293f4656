import { defineConfig } from 'tsup';

// tsup is in maintenance; its successor is tsdown. Kept while tsup builds what we need.
export default defineConfig({
  entry: { index: 'src/index.ts', schemas: 'src/schemas.ts', cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', schemas: 'src/schemas.ts' } },
  target: 'node20',
  platform: 'neutral',
  splitting: true,
  treeshake: true,
  clean: true,
  sourcemap: false,
  external: ['zod', 'date-fns'],
});
