// Benchmark: claims + checks over a ~50,000-character disclosure narrative (issue 2: goal ≤ 50 ms).
// Built from real text: the seed disclosure and the project's sample, repeated to the target size.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { documentFromText } from '../lib/model';
import { checkDocument } from '../lib/engine';

export const TARGET_CHARS = 50_000;

export function run(repo: string): Record<string, number | string> {
  const seed = readFileSync(resolve(repo, '../shared/seed/000_dbc8ed1467b6d47b.txt'), 'utf8');
  const sample = readFileSync(resolve(repo, 'assets/samples/sample-budget.txt'), 'utf8');
  let text = '';
  for (let i = 0; text.length < TARGET_CHARS; i++) text += (i % 2 ? sample : seed) + '\n';
  text = text.slice(0, TARGET_CHARS);
  const doc = documentFromText(text, { format: 'txt' });
  for (let i = 0; i < 5; i++) checkDocument(doc); // warm-up
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    findings = checkDocument(doc).findings.length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    chars: text.length,
    blocks: doc.blocks.length,
    findings,
    median_ms: Number(times[15].toFixed(2)),
    p90_ms: Number(times[27].toFixed(2)),
    goal_ms: 50,
  };
}
