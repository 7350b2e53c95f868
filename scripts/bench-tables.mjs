// Table benchmark: ICDAR 2013 (development half) scored with ../shared/bench/score_tables.py,
// then a listing of the tables found in every text-layer budget/final-account PDF of the corpus.
// Usage: npm run bench:tables [-- --only us-017] [--skip-icdar] [--skip-corpus]
import { build } from 'esbuild';
import { mkdir, readdir, writeFile, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { join, resolve, basename } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(root, '../shared');
const icdar = join(shared, 'bench/tables/icdar2013');
const outDir = join(root, 'bench/out/icdar2013');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;

const bundle = join(root, 'bench/out/.bench-tables.bundle.mjs');
await mkdir(join(root, 'bench/out'), { recursive: true });
await build({
  stdin: {
    contents: `export { loadPages } from './tests/lib/layout/table-loader';
export { detectTables, mergeContinuedTables } from './lib/layout/table';`,
    resolveDir: root, loader: 'ts',
  },
  outfile: bundle, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
});
const { loadPages, detectTables, mergeContinuedTables } = await import(pathToFileURL(bundle).href);

const plain = (t) => ({ page: t.page, title: t.title, unit: t.unit, bbox: t.bbox?.map((v) => Math.round(v * 10) / 10), rows: t.rows.map((r) => r.map((c) => c.text)) });

if (!args.includes('--skip-icdar')) {
  await mkdir(outDir, { recursive: true });
  const docs = (await readdir(icdar)).filter((f) => f.endsWith('.pdf')).map((f) => basename(f, '.pdf')).filter((d) => !only || d === only);
  const t0 = Date.now();
  let pages = 0;
  for (const doc of docs) {
    const content = await loadPages(join(icdar, `${doc}.pdf`));
    pages += content.length;
    const tables = content.flatMap((p) => detectTables(p));
    await writeFile(join(outDir, `${doc}.json`), JSON.stringify(tables.map(plain), null, 1));
  }
  const secs = (Date.now() - t0) / 1000;
  console.log(`== ICDAR 2013 dev half: ${docs.length} documents, ${pages} pages, ${secs.toFixed(1)} s (${(secs / Math.max(pages, 1) * 1000).toFixed(0)} ms/page)`);
  const scorerArgs = [join(shared, 'bench/score_tables.py'), icdar, outDir, '--per-doc', '--json', join(root, 'bench/out/icdar2013-score.json')];
  try {
    console.log(execFileSync('python3', scorerArgs, { encoding: 'utf8' }));
  } catch (e) { console.log(e.stdout ?? ''); console.error(e.stderr ?? String(e)); }
}

if (!args.includes('--skip-corpus') && !only) {
  console.log('== Chinese corpus: tables found per text-layer budget/final-account PDF');
  const corpus = join(shared, 'corpus/real');
  const pdfs = [];
  for (const dir of await readdir(corpus)) {
    const d = join(corpus, dir);
    if (!(await stat(d)).isDirectory()) continue;
    for (const f of (await readdir(d)).sort()) {
      if (!f.endsWith('.pdf') || f.startsWith('NEG_') || /SCANNED|_text\.pdf$|template|MODIFIED/.test(f)) continue;
      pdfs.push(join(d, f));
    }
  }
  const listing = [];
  const totals = { docs: 0, tables: 0, titled: 0, twoAmounts: 0 };
  for (const pdf of pdfs) {
    let pagesC;
    try { pagesC = await loadPages(pdf); } catch (e) { console.log(`${basename(pdf)}: cannot read (${String(e.message ?? e).split('\n')[0]})`); continue; }
    if (!pagesC.some((p) => p.runs.length)) { console.log(`${basename(pdf)}: no text layer`); continue; }
    const tables = mergeContinuedTables(pagesC.flatMap((p) => detectTables(p)));
    const titled = tables.filter((t) => t.title);
    const codes = new Set(titled.map((t) => t.title));
    // Cells holding two amounts ("12.00 34.00") are the usual sign of two columns read as one.
    const twoAmounts = tables.flatMap((t) => t.rows.flat()).filter((c) => /\d\.\d+\s+-?\d[\d,]*\.\d/.test(c.text)).length;
    totals.docs++; totals.tables += tables.length; totals.titled += titled.length; totals.twoAmounts += twoAmounts;
    console.log(`${basename(pdf)}: ${pagesC.length} pages, ${tables.length} tables (${titled.length} titled, ${codes.size} distinct titles), cells with two amounts: ${twoAmounts}`);
    for (const t of tables) {
      const range = t.pageEnd ? `p${t.page}-${t.pageEnd}` : `p${t.page}`;
      console.log(`   ${range.padEnd(7)} ${String(t.rows.length).padStart(3)}×${String(t.rows[0]?.length ?? 0).padEnd(3)} ${t.unit ? `[${t.unit}]` : '    '} ${t.title || '(no title)'}${t.emptyNote ? `  空表: ${t.emptyNote}` : ''}`);
    }
    listing.push({ file: pdf.slice(corpus.length + 1), tables: tables.map((t) => ({ page: t.page, pageEnd: t.pageEnd, title: t.title, unit: t.unit, rows: t.rows.length, cols: t.rows[0]?.length ?? 0, emptyNote: t.emptyNote })) });
  }
  console.log(`corpus total: ${totals.docs} documents, ${totals.tables} tables, ${totals.titled} titled, ${totals.twoAmounts} cells with two amounts`);
  await writeFile(join(root, 'bench/out/corpus-tables.json'), JSON.stringify(listing, null, 1));
}
