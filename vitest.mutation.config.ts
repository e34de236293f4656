import { defineConfig } from 'vitest/config';

// The suite as Stryker runs it for each mutant: the unit tests, with the long sweeps cut short (see MUTATION in the tests).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/cli/e2e.test.ts'],
    env: { MUTATION: '1', FUZZ_RUNS: '50' },
    setupFiles: ['test/mutation/setup.ts'],
    // As in vitest.config.ts, a time-out is for a hang, not for slowness: Stryker's instrumented code runs the sweeps
    // slower still, and one passed vitest's default 5 s in the initial run, which then stopped. A mutant that loops is
    // Stryker's to time out (timeoutMS in stryker.config.json).
    testTimeout: 60_000,
  },
});
