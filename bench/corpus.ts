// Benchmark: the whole corpus in one process — bare pdf.js (getTextContent + getOperatorList on every
// page, images skipped as ours does) vs our extraction (text + rules + layout + tables) vs the full
// check; documents per second; the standard tables (B01…/F1…) identified in each document.
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadPdfjsForNode } from '../lib/pdf/node';
import { extractPdfContent } from '../lib/pdf';
import { buildDocument } from '../lib/layout/document';
import { detectTables, mergeContinuedTables } from '../lib/layout/table';
import { documentFromPdf, checkDocument } from '../lib/engine';
import { standardId, tableViews } from '../lib/tables';
import { median, pdfsUnder } from './support/files';

const RUNS = 3;

export async function run(repo: string) {
  const corpus = resolve(repo, '../shared/corpus/real');
  const { pdfjs, assets } = await loadPdfjsForNode();
  const files = pdfsUnder(corpus);
  const rows: string[] = [];
  let bareTotal = 0,
    extractTotal = 0,
    checkTotal = 0,
    docs = 0;
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    // Bare pdf.js, the floor any extractor pays, and our extraction, alternated RUNS times (medians):
    // one pass on a busy 2-core machine swings by ±30 %.
    const bares: number[] = [];
    const extracts: number[] = [];
    let pages = 0;
    for (let r = 0; r < RUNS; r++) {
      let t0 = performance.now();
      const task = pdfjs.getDocument({
        data: new Uint8Array(bytes),
        cMapUrl: assets.cMapUrl,
        cMapPacked: true,
        standardFontDataUrl: assets.standardFontDataUrl,
        wasmUrl: assets.wasmUrl,
        isEvalSupported: false,
        verbosity: 0,
        maxImageSize: 1,
      });
      const doc = await task.promise;
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        await page.getTextContent();
        await page.getOperatorList();
        page.cleanup();
      }
      pages = doc.numPages;
      await doc.destroy();
      bares.push(performance.now() - t0);
      t0 = performance.now();
      const content = await extractPdfContent(pdfjs, bytes, assets);
      buildDocument(content, { detectTables: (p) => detectTables(p), mergeTables: mergeContinuedTables });
      extracts.push(performance.now() - t0);
    }
    const bare = median(bares);
    const extract = median(extracts);
    const t0 = performance.now();
    const model = await documentFromPdf(pdfjs, bytes, assets, { format: 'pdf', path: file });
    const report = checkDocument(model);
    const check = performance.now() - t0;
    const final = model.info.kind.endsWith('final');
    const standard = [
      ...new Set(
        tableViews(model)
          .map((v) => v.role)
          .filter((r) => r !== null)
          .map((r) => standardId(r!, final)),
      ),
    ].sort();
    bareTotal += bare;
    extractTotal += extract;
    checkTotal += check;
    docs++;
    rows.push(
      `${relative(corpus, file).slice(0, 60).padEnd(60)} ${String(pages).padStart(4)} ${bare.toFixed(0).padStart(7)} ${extract.toFixed(0).padStart(7)} ${((extract / bare - 1) * 100).toFixed(0).padStart(5)}% ${check.toFixed(0).padStart(7)} ${String(report.findings.length).padStart(8)}  ${standard.length} ${standard.join(' ')}`,
    );
  }
  const table = `${'document'.padEnd(60)} pages  bare_ms  ours_ms  extra  check_ms findings  standard tables found\n${rows.join('\n')}`;
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
