import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The real-browser tests need Chromium and have their own run: `npm run test:browser` (vitest.browser.config.ts).
    exclude: ['test/browser/**', '**/node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
  },
});
