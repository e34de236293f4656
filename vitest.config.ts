import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The real-browser tests need Chromium and have their own run: `npm run test:browser` (vitest.browser.config.ts).
    exclude: ['test/browser/**', '**/node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // A time-out catches a hang, not slowness: speed is measured by `npm run bench`. The exhaustive sweeps take 5-8 s on a
    // slow 2-core machine (CI's is one), past vitest's default of 5 s, and would fail for no fault of the code.
    testTimeout: 60_000,
  },
});
