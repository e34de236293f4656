import { defineConfig } from 'vitest/config';

// The real-browser tests: `npm run test:browser` (needs Debian's Chromium at /usr/bin/chromium).
export default defineConfig({
  test: { include: ['test/browser/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 },
});
