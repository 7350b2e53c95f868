// --resume FILE: which documents an earlier NDJSON output (dlens check --format json) already holds.
import { existsSync, readFileSync, truncateSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../io';
import { both } from '../lang';

export interface PriorResult {
  fail: boolean;
  error: boolean;
}

/** Resolved path → outcome, for every complete line; a torn last line (an interrupted run) is ignored. */
export function readPriorResults(file: string): Map<string, PriorResult> {
  const done = new Map<string, PriorResult>();
  if (!existsSync(file)) return done;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UserError(
      both(`无法读取 --resume 文件 ${file}：${(err as Error).message}`, `cannot read --resume file ${file}: ${(err as Error).message}`),
    );
  }
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let r: { source?: { path?: string }; summary?: { fail?: number }; error?: unknown };
    try {
      r = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof r?.source?.path !== 'string') continue;
    done.set(resolve(r.source.path), { fail: (r.summary?.fail ?? 0) > 0, error: Boolean(r.error) });
  }
  if (!done.size && text.trim())
    throw new UserError(
      both(
        `--resume 文件 ${file} 中没有 dlens check 的 JSON 行（请用 --format json 生成）`,
        `--resume file ${file} holds no dlens check JSON lines (write it with --format json)`,
      ),
    );
  return done;
}

/** Before appending to an interrupted output, cut a torn last line so every line stays valid JSON. */
export function trimTornLine(file: string): void {
  if (!existsSync(file)) return;
  const text = readFileSync(file);
  const end = text.lastIndexOf(0x0a) + 1;
  if (end < text.length) truncateSync(file, end);
}
