import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Components are Preact (tsconfig's jsxImportSource), for the few unit tests that render them.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', '**/node_modules/**'], // real-browser suite: vitest.e2e.config.ts
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
