// Messages between the batch pool (main thread) and a check worker.
import type { CheckReport } from '../../report';

export interface CheckTask {
  id: number;
  path: string;
  profile: 'interval' | 'strict';
  lang: 'zh' | 'en';
  /** --prior: last year's document(s), joined with "+". */
  prior?: string;
  /** --max-memory, MB: also caps what one decoded PDF stream may take (lib/cli/memory.ts). */
  maxMemoryMb?: number;
}

export type WorkerMessage = { type: 'done'; id: number; report: CheckReport } | { type: 'unhandled'; id: number; message: string };

/** Why a document has no findings: InputError kinds plus the batch's own limits. */
