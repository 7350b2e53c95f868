import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that check a whole corpus start first, each in its own worker: they are the longest, so
 * none is left running alone at the end, and they share the reading of the documents
 * (tests/support/read-once.ts). Vitest's own order (larger files first, on a run without timings)
 * would start them late.
 */
const CORPUS_WIDE = ['tests/corpus/ledger.test.ts', 'tests/report-language/stray-script.test.ts', 'tests/corpus/clean-variants.test.ts'];

class CorpusFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = CORPUS_WIDE.findIndex((p) => f.moduleId.endsWith(p));
      return i < 0 ? CORPUS_WIDE.length : i;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  // Components are Preact (tsconfig's jsxImportSource), for the few unit tests that render them.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/**/*.test.ts'],
    // The real-browser suite and the review of the built extension: vitest.e2e.config.ts.
    exclude: ['tests/e2e/**', 'tests/robustness/extension-safety.test.ts', '**/node_modules/**'],
    // Vitest's default leaves one core free (a single worker on a 2-core machine); the suite is
    // CPU-bound test files, so it uses every core.
    maxWorkers: availableParallelism(),
    // Test files share their worker's modules: the real documents the rule and compare tests read are
    // parsed once per worker (tests/support/corpus.ts) instead of once per file, and the engine is
    // imported once. No test mocks modules; the DOM globals a file installs are put back after it
    // (tests/support/dom-globals.ts).
    isolate: false,
    setupFiles: ['tests/support/dom-globals.ts'],
    // The corpus documents read once per run, by whichever worker needs them first.
    globalSetup: ['tests/support/read-once-setup.ts'],
    sequence: { sequencer: CorpusFirst },
    // Hang guards only, never a speed limit: a busy machine may take several times as long.
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
