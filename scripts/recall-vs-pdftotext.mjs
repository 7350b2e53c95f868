#!/usr/bin/env node
// Multiset recall of amount tokens: our extraction (blocks + table cells) against
// `pdftotext -layout`, per text-layer PDF of the shared corpus.
//   node scripts/recall-vs-pdftotext.mjs [--no-tables] [--no-merge] [--show-missing] [files or folders…]
// --no-tables: blocks only (no table detector); --no-merge: tables detected per page, continued
// tables not merged.
// What counts as ours: block texts, the cells of every table's rows, and the cells of its
// repeatedHeaders. A table continued over pages is merged into one; the header rows a
// continuation page prints again (e.g. "项目 2026年预算数", or the 栏次 row "1 2 3 …" numbering
// the columns) leave `rows` so that rules read each header once, but lib/layout/table-merge.ts
// keeps them on the table, with that page's boxes, in Table.repeatedHeaders. They are in the model,
// so they count; pdftotext prints them on every page. Only rows identical to the first page's
// header and holding no amounts go there, so no data row is counted through this field. Without
// it the repeated headers were the whole shortfall of the four documents under target (97.15 to
// 99.43 %; 100 % with --no-merge), i.e. a metric artefact, not lost content.
// The reference is left as pdftotext prints it, artefacts included: where it runs two cells
// together ("107.00000057.000000" for 107.000000 | 57.000000 on page 47 of bj_sifaju 2026) the
// joined tokens count as missing although our cells hold both amounts (2 tokens, 99.89 %).
// Default input: ../shared/corpus/real (NEG_* negatives and files without text skipped).
// Prints one line per document and the pooled figure; exits 1 when a document is under TARGET.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TARGET = 0.995;
const AMOUNT_RE = /[-−]?\d[\d,]*\.?\d*/g;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const args = process.argv.slice(2);
const useTables = !args.includes('--no-tables');
const showMissing = args.includes('--show-missing');
const mergeTables = !args.includes('--no-merge');
const inputs = args.filter((a) => !a.startsWith('--'));

/** Bundles the TypeScript pipeline once so this plain .mjs script can run it. */
async function loadPipeline() {
  const outDir = join(ROOT, 'node_modules/.cache/dlens-recall');
  mkdirSync(outDir, { recursive: true });
  const entry = join(outDir, 'entry.ts');
  const tablePath = join(ROOT, 'lib/layout/table.ts');
  const haveTables = existsSync(tablePath);
  const src = [
    `export { loadPdfjsForNode } from ${JSON.stringify(join(ROOT, 'lib/pdf/node.ts'))};`,
    `export { extractPdfContent } from ${JSON.stringify(join(ROOT, 'lib/pdf/index.ts'))};`,
    `export { buildDocument } from ${JSON.stringify(join(ROOT, 'lib/layout/document.ts'))};`,
    haveTables
      ? `export { detectTables, mergeContinuedTables } from ${JSON.stringify(tablePath)};`
      : 'export const detectTables = undefined, mergeContinuedTables = undefined;',
  ].join('\n');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(entry, src);
  const outfile = join(outDir, 'pipeline.mjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href + `?t=${Date.now()}`);
}

function listPdfs(paths) {
  const out = [];
  const walk = (p) => {
    if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) walk(join(p, f));
    else if (p.toLowerCase().endsWith('.pdf') && !basename(p).startsWith('NEG_')) out.push(p);
  };
  paths.forEach(walk);
  return out;
}

// Page numbers are removed by design, so they are dropped from the reference too: a line
// holding only a page number ("3", "- 3 -", "第 3 页", "3/20") among the first or last
// PAGE_EDGE_LINES non-empty lines of a pdftotext page.
const PAGE_EDGE_LINES = 2;
const PAGE_NUMBER_RE = /^([-—–－~─━]?\s*\d{1,4}\s*[-—–－~─━]?|第\s*\d{1,4}\s*页.*|\d{1,4}\s*\/\s*\d{1,4})$/;
// Running headers/footers are removed by design too: the first or last non-empty line of a
// page when exactly the same text opens/closes at least RUNNING_MIN_SHARE of the pages (and 3).
const RUNNING_MIN_SHARE = 0.4;
function withoutPageNumbers(text) {
  const pages = text.split('\f');
  const edges = pages
    .map((page) =>
      page
        .split('\n')
        .map((l) => l.replace(/\s+/g, ''))
        .filter(Boolean),
    )
    .map((ls) => new Set([ls[0], ls[ls.length - 1]]));
  const count = new Map();
  for (const e of edges) for (const l of e) if (l) count.set(l, (count.get(l) ?? 0) + 1);
  const minPages = Math.max(3, Math.ceil(pages.filter((p) => p.trim()).length * RUNNING_MIN_SHARE));
  return pages
    .map((page, n) => {
      const lines = page.split('\n');
      const nonEmpty = lines.map((l, i) => [l.trim(), i]).filter(([l]) => l);
      const edge = new Set(
        [...nonEmpty.slice(0, PAGE_EDGE_LINES), ...nonEmpty.slice(-PAGE_EDGE_LINES)]
          .filter(([l]) => PAGE_NUMBER_RE.test(l))
          .map(([, i]) => i),
      );
      for (const [l, i] of [nonEmpty[0], nonEmpty[nonEmpty.length - 1]].filter(Boolean)) {
        if ((count.get(l.replace(/\s+/g, '')) ?? 0) >= minPages && edges[n].has(l.replace(/\s+/g, ''))) edge.add(i);
      }
      return lines.filter((_, i) => !edge.has(i)).join('\n');
    })
    .join('\f');
}

const tokens = (text) => (text.match(AMOUNT_RE) ?? []).map((t) => t.replace('−', '-'));
function countMap(list) {
  const m = new Map();
  for (const t of list) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

const p = await loadPipeline();
const { pdfjs, assets } = await p.loadPdfjsForNode();
const files = listPdfs(inputs.length ? inputs : [resolve(ROOT, '../shared/corpus/real')]);
let pooledHit = 0,
  pooledRef = 0,
  under = 0,
  scored = 0;
console.log(
  `tables: ${useTables && p.detectTables ? `detected (blocks + cells), ${mergeTables ? 'continued tables merged' : 'not merged'}` : 'off (blocks only)'}; target ${(TARGET * 100).toFixed(1)}%`,
);
for (const file of files) {
  const ref = tokens(
    withoutPageNumbers(
      execFileSync('pdftotext', ['-layout', file, '-'], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }).toString(),
    ),
  );
  if (!ref.length) continue; // a scan or a text-free file
  scored++;
  const t0 = performance.now();
  const content = await p.extractPdfContent(pdfjs, new Uint8Array(readFileSync(file)), assets);
  const doc = p.buildDocument(
    content,
    useTables && p.detectTables
      ? { detectTables: (pg) => p.detectTables(pg), mergeTables: mergeTables ? p.mergeContinuedTables : undefined }
      : {},
  );
  const ms = performance.now() - t0;
  const ours = [
    ...doc.blocks.map((b) => b.text),
    ...doc.tables.flatMap((t) => [...t.rows, ...(t.repeatedHeaders ?? []).flatMap((h) => h.rows)].flat().map((c) => c.text)),
  ].flatMap(tokens);
  const mine = countMap(ours);
  const missing = [];
  let hit = 0;
  for (const [t, n] of countMap(ref)) {
    const got = Math.min(n, mine.get(t) ?? 0);
    hit += got;
    if (got < n) missing.push(`${t}×${n - got}`);
  }
  const recall = hit / ref.length;
  pooledHit += hit;
  pooledRef += ref.length;
  if (recall < TARGET) under++;
  console.log(
    `${(recall * 100).toFixed(2).padStart(6)}%  ${String(hit).padStart(5)}/${String(ref.length).padEnd(5)} ${String(Math.round(ms)).padStart(5)} ms  ${relative(resolve(ROOT, '..'), file)}`,
  );
  if (showMissing && missing.length) console.log(`         missing: ${missing.slice(0, 30).join(' ')}${missing.length > 30 ? ' …' : ''}`);
}
console.log(
  `pooled ${((100 * pooledHit) / pooledRef).toFixed(2)}% over ${scored} documents with text (${files.length - scored} without text skipped); ${under} under target`,
);
process.exitCode = under ? 1 : 0;
