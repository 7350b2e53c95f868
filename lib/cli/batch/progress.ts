// The progress line (stderr, terminals only) and the summary table printed after a batch.
import type { Lang } from '../../findings';
export const BAR_WIDTH = 24;

export function formatDuration(s: number): string {
  if (!Number.isFinite(s)) return '--:--';
  const t = Math.round(s);
  const h = Math.floor(t / 3600);
  const mm = String(Math.floor((t % 3600) / 60)).padStart(2, '0');
  const ss = String(t % 60).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function progressLine(done: number, total: number, elapsedS: number): string {
  const filled = total ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
  const rate = elapsedS > 0 ? done / elapsedS : 0;
  const eta = rate > 0 ? (total - done) / rate : Infinity;
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} · ${rate.toFixed(1)} doc/s · ETA ${formatDuration(eta)}`;
}

export interface BatchTally {
  documents: number;
  withFail: number;
  withoutFail: number;
  errors: Map<string, number>;
  skipped: number;
  unhandled: number;
}

export function newTally(): BatchTally {
  return { documents: 0, withFail: 0, withoutFail: 0, errors: new Map(), skipped: 0, unhandled: 0 };
}

/** Error kinds (lib/cli/inputs.ts, the pool) in Chinese; English keeps the kind names. */
const KIND_ZH: Record<string, string> = {
  missing: '无法读取',
  empty: '空文件',
  binary: '二进制文件',
  'too-large': '文件过大',
  unsupported: '不支持的类型',
  'not-disclosure': '不是公开文件',
  template: '空白模板',
  password: '有密码',
  corrupt: '已损坏',
  'not-pdf': '不是 PDF',
  timeout: '超时',
  memory: '内存不足',
  internal: '内部错误',
};

export function summaryTable(t: BatchTally, elapsedS: number, jobs: number, lang: Lang = 'en'): string {
  const zh = lang === 'zh';
  const errors = [...t.errors.values()].reduce((a, b) => a + b, 0);
  const kinds = [...t.errors].map(([k, n]) => `${zh ? (KIND_ZH[k] ?? k) : k} ${n}`).join(zh ? '、' : ', ');
  const rate = elapsedS > 0 ? (t.documents / elapsedS).toFixed(1) : '-';
  const rows: [string, number, string][] = [
    [zh ? '已核对，没有错误' : 'checked, no fail', t.withoutFail, ''],
    [zh ? '已核对，有错误' : 'checked, some fail', t.withFail, ''],
    [zh ? '未核对（无法读取）' : 'not checked (error)', errors, kinds],
  ];
  if (t.skipped)
    rows.push([zh ? '跳过（--resume）' : 'skipped (--resume)', t.skipped, zh ? '先前的输出中已有' : 'already in the earlier output']);
  if (t.unhandled)
    rows.push([
      zh ? '未处理的异步错误' : 'unhandled rejections',
      t.unhandled,
      zh ? 'dlens 的缺陷，请报告' : 'a dlens defect: please report',
    ]);
  const pad = (s: string, w: number) =>
    s + ' '.repeat(Math.max(1, w - [...s].reduce((n, ch) => n + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0)));
  const lines = rows.map(([label, n, note]) => `  ${pad(label, 22)}${String(n).padStart(6)}${note ? `  (${note})` : ''}`);
  const head = zh
    ? `dlens check：${t.documents} 份文件，用时 ${elapsedS.toFixed(1)} 秒（每秒 ${rate} 份，${jobs} 个工作线程）`
    : `dlens check: ${t.documents} documents in ${elapsedS.toFixed(1)} s (${rate} doc/s, ${jobs} worker${jobs === 1 ? '' : 's'})`;
  return `${head}\n${lines.join('\n')}\n`;
}
