import { it } from 'vitest';
import { loadPages } from './table-loader';
it.skipIf(!process.env.PDF && !process.env.PROBE)('probe', async () => {
  const pages = await loadPages(process.env.PDF!);
  const p = pages[Number(process.env.PG ?? 1) - 1];
  const re = new RegExp(process.env.RE!);
  const hits = p.runs.filter((r) => re.test(r.text));
  for (const h of hits.slice(0, 3)) {
    const line = p.runs.filter((r) => Math.abs(r.bbox[1] - h.bbox[1]) < 2).sort((a, b) => a.bbox[0] - b.bbox[0]);
    console.log('L', line.map((r) => `${JSON.stringify(r.text)}[${r.bbox[0].toFixed(1)}-${r.bbox[2].toFixed(1)}]`).join(' '));
  }
}, 60000);
