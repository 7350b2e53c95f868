// Real-browser suite (Debian Chromium via playwright-core, Firefox ESR via puppeteer-core).
// Run with `npm run test:e2e`, which builds both extension packages first.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
