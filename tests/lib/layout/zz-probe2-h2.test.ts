import { it } from 'vitest';
import { loadPages } from './table-loader';
it.skipIf(!process.env.PDF && !process.env.PROBE)('probe', async () => {
  const pages = await loadPages(process.env.PDF!);
  const p = pages[Number(process.env.PG ?? 1) - 1];
  console.log('RUNS', p.runs.slice(0, 8).map((r) => `${r.text}@${r.bbox.map((v) => v.toFixed(0))}`).join(' | '));
  console.log('RULES', p.rules.length, p.rules.slice(0, 10).map((r) => `${r.orient}:${r.x0.toFixed(0)},${r.y0.toFixed(0)}-${r.x1.toFixed(0)},${r.y1.toFixed(0)}`).join(' '));
  console.log('FILLS', p.fills.length, p.fills.slice(0, 10).map((f) => f.bbox.map((v) => v.toFixed(0)).join(',')).join(' | '));
}, 60000);
