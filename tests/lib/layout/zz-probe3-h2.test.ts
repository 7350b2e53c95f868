import { it } from 'vitest';
import { loadPages } from './table-loader';
import { detectTables } from '../../../lib/layout/table';
it.skipIf(!process.env.PDF && !process.env.PROBE)('probe', async () => {
  const pages = await loadPages(process.env.PDF!);
  for (const pg of process.env.PGS!.split(',').map(Number)) {
    for (const t of detectTables(pages[pg - 1])) console.log('T', pg, t.title, 'bbox', t.bbox?.map((v) => v.toFixed(0)).join(','), 'xs', t.rows[0].map((c) => c.bbox?.[0].toFixed(0)).join(' '), '|', JSON.stringify(t.rows[0].map((c) => c.text + (c.colSpan ? `^${c.colSpan}` : ''))).slice(0, 150));
  }
}, 60000);
