// Benchmark: the whole corpus in one process — bare pdf.js (getTextContent + getOperatorList on every
// page) vs our extraction (text + rules + layout + tables) vs the full check; documents per second.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadPdfjsForNode } from '../lib/pdf/node';
import { extractPdfContent } from '../lib/pdf';
import { buildDocument } from '../lib/layout/document';
import { detectTables, mergeContinuedTables } from '../lib/layout/table';
import { documentFromPdf, checkDocument } from '../lib/engine';

function pdfs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? pdfs(join(dir, e.name)) : e.name.endsWith('.pdf') ? [join(dir, e.name)] : []));
}

export async function run(repo: string) {
  const corpus = resolve(repo, '../shared/corpus/real');
  const { pdfjs, assets } = await loadPdfjsForNode();
  const files = pdfs(corpus).sort();
  const rows: string[] = [];
  let bareTotal = 0, extractTotal = 0, checkTotal = 0, docs = 0;
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    // Bare pdf.js, the floor any extractor pays.
    let t0 = performance.now();
    const task = pdfjs.getDocument({ data: new Uint8Array(bytes), cMapUrl: assets.cMapUrl, cMapPacked: true, standardFontDataUrl: assets.standardFontDataUrl, wasmUrl: assets.wasmUrl, isEvalSupported: false, verbosity: 0 });
    const doc = await task.promise;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      await page.getTextContent();
      await page.getOperatorList();
      page.cleanup();
    }
    const pages = doc.numPages;
    await doc.destroy();
    const bare = performance.now() - t0;
    t0 = performance.now();
    const content = await extractPdfContent(pdfjs, bytes, assets);
    buildDocument(content, { detectTables: (p) => detectTables(p), mergeTables: mergeContinuedTables });
    const extract = performance.now() - t0;
    t0 = performance.now();
    const model = await documentFromPdf(pdfjs, bytes, assets, { format: 'pdf', path: file });
    const report = checkDocument(model);
    const check = performance.now() - t0;
    bareTotal += bare; extractTotal += extract; checkTotal += check; docs++;
    rows.push(`${relative(corpus, file).slice(0, 60).padEnd(60)} ${String(pages).padStart(4)} ${bare.toFixed(0).padStart(7)} ${extract.toFixed(0).padStart(7)} ${((extract / bare - 1) * 100).toFixed(0).padStart(5)}% ${check.toFixed(0).padStart(7)}  ${report.findings.length}`);
  }
  const table = `${'document'.padEnd(60)} pages  bare_ms  ours_ms  extra  check_ms  findings\n${rows.join('\n')}`;
  return {
    documents: docs,
    bare_pdfjs_ms: Math.round(bareTotal),
    our_extraction_ms: Math.round(extractTotal),
    extraction_overhead_pct: Number(((extractTotal / bareTotal - 1) * 100).toFixed(1)),
    full_check_ms: Math.round(checkTotal),
    documents_per_second: Number((docs / (checkTotal / 1000)).toFixed(2)),
    table,
  };
}
