// dlens tables <pdf|html> [--format json|csv] [--pages 3-5]: the tables as extracted, for reuse and scoring.
import { writeFile } from 'node:fs/promises';
import type { Table } from '../../model/types';
import { csvCell } from '../../report/csv';
import { EXIT, UserError, parseCommandArgs, type CliIO } from '../io';
import { InputError, loadDocument } from '../inputs';
import { pdfLoader } from '../pdf';

const HELP = `usage: dlens tables <file.pdf|file.html> [--format json|csv] [--pages 3-5] [--out FILE]

Prints every table found: JSON is [{"page","title","unit","bbox","rows":[["cell",…],…]}] (the format
../shared/bench/score_tables.py reads); CSV writes each table as a block headed by its title.`;

function pageRange(spec: string | undefined): [number, number] | undefined {
  if (!spec) return undefined;
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec);
  if (!m) throw new UserError(`--pages takes a page or a range like 3-5, not "${spec}"`);
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (from < 1 || to < from) throw new UserError(`--pages ${spec} is not a valid range`);
  return [from, to];
}


export function tablesJson(tables: Table[]) {
  return tables.map((t) => ({ page: t.page, pageEnd: t.pageEnd, title: t.title, unit: t.unit, bbox: t.bbox, emptyNote: t.emptyNote, rows: t.rows.map((r) => r.map((c) => c.text)) }));
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommandArgs('tables', argv, { format: { type: 'string', default: 'json' }, pages: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } });
  const { values, positionals } = parsed;
  if (values.help) { io.stdout(HELP + '\n'); return EXIT.ok; }
  if (positionals.length !== 1) throw new UserError('dlens tables takes exactly one file (see dlens tables --help)');
  if (!['json', 'csv'].includes(values.format!)) throw new UserError(`unknown --format "${values.format}" (json or csv)`);
  const range = pageRange(values.pages);
  let tables: Table[];
  try {
    tables = (await loadDocument(positionals[0], pdfLoader)).doc.tables;
  } catch (err) {
    if (err instanceof InputError) throw new UserError(err.message);
    throw err;
  }
  if (range) tables = tables.filter((t) => (t.pageEnd ?? t.page) >= range[0] && t.page <= range[1]);
  const out = values.format === 'csv'
    ? tables.map((t) => [`# ${t.title || t.id} (page ${t.page}${t.pageEnd && t.pageEnd !== t.page ? `-${t.pageEnd}` : ''}${t.unit ? `, ${t.unit}` : ''})`, ...t.rows.map((r) => r.map((c) => csvCell(c.text)).join(','))].join('\n')).join('\n\n') + '\n'
    : JSON.stringify(tablesJson(tables), null, 1) + '\n';
  if (values.out) await writeFile(values.out, out);
  else io.stdout(out);
  if (!tables.length) io.stderr('dlens: no tables found\n');
  return EXIT.ok;
}
