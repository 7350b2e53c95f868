// --max-memory for the PDF being read. The worker's heap limit does not see typed arrays, so pdf.js
// is also told to refuse any decoded stream above a share of the budget (lib/pdf/stream-limit.ts);
// a document that hits it is reported with the `memory` kind and the process's peak RSS.
import { setStreamLimit, streamLimitHit } from '../pdf/stream-limit';
import { InputError } from './inputs';

/** The default budget per document, MB (see batch/pool.ts for why not lower). */
export const DEFAULT_MAX_MEMORY_MB = 2048;
/** One stream may take this share of the budget: growing it copies it (1.5× for a moment), and
 *  the page's fonts, text and the engine need the rest. */
const STREAM_SHARE = 4;

let budgetMb = DEFAULT_MAX_MEMORY_MB;

export function setMemoryBudget(mb: number | undefined): void {
  budgetMb = mb ?? DEFAULT_MAX_MEMORY_MB;
}

/** The peak resident memory of this process so far, MB. */
export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/** Arms the cap before a PDF is read. */
export function armStreamLimit(): void {
  setStreamLimit(Math.floor((budgetMb * 1024 * 1024) / STREAM_SHARE));
}

/** The `memory` error for `path` when the PDF just read hit the cap, else null. */
export function memoryFailure(path: string): InputError | null {
  const hit = streamLimitHit();
  if (hit === null) return null;
  const mb = Math.round(hit / 2 ** 20);
  return new InputError('memory', {
    zh: `${path}：一个压缩数据流解压后超过 ${mb} MB，超出 --max-memory ${budgetMb} MB 的限制；未核对（峰值内存 ${peakRssMb()} MB）`,
    en: `${path}: a compressed stream inflates past ${mb} MB, more than --max-memory ${budgetMb} MB allows; the document was not checked (peak RSS ${peakRssMb()} MB)`,
  });
}
