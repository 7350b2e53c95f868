// Shared by the benchmarks (bench/*.ts; this folder holds no benchmark of its own).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Every PDF under `dir`, sorted by path. */
export function pdfsUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.pdf'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
