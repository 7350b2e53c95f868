// The progress line (stderr, terminals only) and the summary table printed after a batch.
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

export function summaryTable(t: BatchTally, elapsedS: number, jobs: number): string {
  const errors = [...t.errors.values()].reduce((a, b) => a + b, 0);
  const kinds = [...t.errors].map(([k, n]) => `${k} ${n}`).join(', ');
  const rate = elapsedS > 0 ? (t.documents / elapsedS).toFixed(1) : '-';
  const rows: [string, number, string][] = [
    ['checked, no fail', t.withoutFail, ''],
    ['checked, some fail', t.withFail, ''],
    ['not checked (error)', errors, kinds],
  ];
  if (t.skipped) rows.push(['skipped (--resume)', t.skipped, 'already in the earlier output']);
  if (t.unhandled) rows.push(['unhandled rejections', t.unhandled, 'a dlens defect: please report']);
  const lines = rows.map(([label, n, note]) => `  ${label.padEnd(22)}${String(n).padStart(6)}${note ? `  (${note})` : ''}`);
  return `dlens check: ${t.documents} documents in ${elapsedS.toFixed(1)} s (${rate} doc/s, ${jobs} worker${jobs === 1 ? '' : 's'})\n${lines.join('\n')}\n`;
}
