import { it } from 'vitest';
import { loadPages } from './table-loader';
import { detectTables } from '../../../lib/layout/table';
it.skipIf(!process.env.PDF && !process.env.PROBE)('probe', async () => {
  const pages = await loadPages('/work/shared/bench/tables/pdfplumber/nics-background-checks-2015-11-rotated.pdf');
  const p = pages[0];
  console.log('ROT', p.rotation, p.width, p.height, p.runs.length, p.runs.filter((r) => r.vertical).length);
  for (const t of detectTables(p)) { console.log('TT', t.rows.length, t.rows[0].length, JSON.stringify(t.rows.at(-1)!.map((c) => c.text)).slice(0, 300)); }
}, 60000);
