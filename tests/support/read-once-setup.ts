// The run's folder of documents read once (tests/support/read-once.ts): made before the first test
// file, removed after the last.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'dlens-read-once-'));
  project.provide('readOnceDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
