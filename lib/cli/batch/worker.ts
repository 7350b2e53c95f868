// Entry of a check worker thread (bundled as dist/check-worker.js): one task at a time.
import { parentPort } from 'node:worker_threads';
import { checkOne } from './check-one';
import { setMemoryBudget } from '../memory';
import type { CheckTask, WorkerMessage } from './protocol';

let current = -1;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);

// A rejection nobody awaited is a defect worth counting (the fuzz suite does), not a reason to die.
process.on('unhandledRejection', (reason) => {
  post({ type: 'unhandled', id: current, message: (reason instanceof Error ? reason.message : String(reason)).split('\n')[0] });
});

/** pdf.js can reject a stray promise just after the document is done; wait so it is counted. */
const SETTLE_MS = 10;

parentPort!.on('message', async (task: CheckTask) => {
  current = task.id;
  setMemoryBudget(task.maxMemoryMb);
  const report = await checkOne(task);
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  post({ type: 'done', id: task.id, report });
});
