// Real-browser suite (Debian Chromium via playwright-core, Firefox ESR via puppeteer-core).
// Run with `npm run test:e2e`, which builds both extension packages first.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // With the browser tests, the review of the built packages (permissions, CSP, no eval).
    include: ['tests/e2e/**/*.test.ts', 'tests/robustness/extension-safety.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // Two files at a time: the suite mostly waits on its browsers (a third of a core on average, one
    // file at a time), so two files take little more CPU at once than one.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
