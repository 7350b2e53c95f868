// Real-browser suite (Debian Chromium via playwright-core, Firefox ESR via puppeteer-core).
// Run with `npm run test:e2e`, which builds both extension packages first.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // One file at a time: two browsers at once on a busy 2-core machine made one Firefox test flaky.
    fileParallelism: false,
  },
});
