import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Components are Preact (tsconfig's jsxImportSource), for the few unit tests that render them.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', '**/node_modules/**'], // real-browser suite: vitest.e2e.config.ts
    // Vitest's default leaves one core free (a single worker on a 2-core machine); the suite is
    // CPU-bound test files, so it uses every core.
    maxWorkers: availableParallelism(),
    // Test files share their worker's modules: the real documents the rule and compare tests read are
    // parsed once per worker (tests/support/corpus.ts) instead of once per file, and the engine is
    // imported once. No test mocks modules; the DOM globals a file installs are put back after it
    // (tests/support/dom-globals.ts).
    isolate: false,
    setupFiles: ['tests/support/dom-globals.ts'],
    // Hang guards only, never a speed limit: a busy machine may take several times as long.
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
