import { defineConfig } from 'vitest/config';

// The suite as Stryker runs it for each mutant: the unit tests, with the long sweeps cut short (see MUTATION in the tests).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/cli/e2e.test.ts'],
    env: { MUTATION: '1', FUZZ_RUNS: '50' },
    setupFiles: ['test/mutation/setup.ts'],
  },
});
