import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { loadPages } from './table-loader';
import { detectTables } from '../../../lib/layout/table';
import { renderTableDebugSvg } from '../../../lib/layout/debug';
it.skipIf(!process.env.PDF && !process.env.PROBE)('probe', async () => {
  const f = process.env.PDF!; const pages = await loadPages(f);
  const p = pages[Number(process.env.PG ?? 1) - 1];
  const debug = { grids: [] as any[] };
  const tables = detectTables(p, {}, debug);
  writeFileSync('/tmp/h2dbg.svg', renderTableDebugSvg(p, { grids: debug.grids, tables }));
  for (const t of tables) { console.log(t.id, t.title, t.unit, t.emptyNote ?? '', t.bbox); for (const r of t.rows.slice(0, Number(process.env.N ?? 8))) console.log('   ', JSON.stringify(r.map((c) => c.text))); }
}, 60000);
