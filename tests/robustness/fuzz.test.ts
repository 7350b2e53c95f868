// A short seeded slice of the fuzz suite (npm run fuzz runs ≥ 1,000): mutants of real corpus PDFs
// and HTML pages, each checked in a worker with limits. No crash, no hang; every mutant answered.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUZZ_SOURCES, runFuzz } from '../../lib/cli/batch/fuzz';
import { rngFor, mutate } from '../../lib/cli/batch/mutate';
import { CORPUS } from '../support/paths';
import { readFileSync } from 'node:fs';

const SEED = 42;
const MUTANTS = 50;
const TIMEOUT_S = 20;

describe('fuzz slice', () => {
  it('mutants are reproducible from (seed, index)', () => {
    const src = new Uint8Array(readFileSync(resolve(CORPUS, FUZZ_SOURCES[0])));
    const a = mutate(src, true, rngFor(SEED, 7));
    const b = mutate(src, true, rngFor(SEED, 7));
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(a.mutators).toEqual(b.mutators);
    expect(Buffer.from(a.bytes).equals(Buffer.from(src))).toBe(false);
  });

  it(`${MUTANTS} mutants: no crash, no hang, every one gets an outcome`, async () => {
    const r = await runFuzz({
      seed: SEED,
      mutants: MUTANTS,
      sources: FUZZ_SOURCES.map((p) => resolve(CORPUS, p)),
      jobs: 2,
      timeoutS: TIMEOUT_S,
      maxMemoryMb: 1024,
    });
    expect(r.crashes).toEqual([]);
    expect(r.hangs).toEqual([]);
    expect(r.memory).toEqual([]);
    expect(Object.values(r.outcomes).reduce((a, b) => a + b, 0)).toBe(MUTANTS);
    // The mutations must actually damage: most mutants are refused with a clean error.
    expect((r.outcomes.corrupt ?? 0) + (r.outcomes['not-pdf'] ?? 0) + (r.outcomes.binary ?? 0) + (r.outcomes.empty ?? 0)).toBeGreaterThan(
      MUTANTS / 5,
    );
  }, 120_000);
});
