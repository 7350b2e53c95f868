// Run on install: three changes to the installed pdf.js 5.6 files.
//
// 1. A cap on decoded stream size. DecodeStream.ensureBuffer doubles its buffer as a Flate (or
// other) stream inflates, and the async Flate path (DecompressionStream) gathers chunks, both with
// no limit: a 1.5 MB PDF whose content stream inflates to 1.5 GB
// took the CLI to 3.3 GB, and a worker's resourceLimits bound only the JS heap, not typed arrays.
// With `globalThis.dlensStreamLimit = { bytes }` set (lib/pdf/stream-limit.ts), a buffer that
// would grow past `bytes` records the size in `.hit` and throws (the async path then falls back to
// the sync one, which throws too); unset, nothing changes.
//
// 2.
// Catalog.getPageDict prefetches the last kids of the page tree (`pageDictCache.put(ref,
// xref.fetchAsync(ref))`) and may never await them. On a damaged file the prefetch rejects and
// nobody handles it: an unhandled rejection that crashes a strict Node process and pollutes the
// browser console (found by `npm run fuzz`, mutants 239/363/787 of seed 20261126). The patch
// marks the prefetched promise as handled; whoever awaits it later still gets the error.
//
// 3. A text-only option (main and worker files). A document opened with `dlensTextOnly: true`
// (lib/pdf/load.ts: reading text, lines and glyph widths, never drawing) gets no glyph outlines.
// Where fonts are not loaded into a page (Node), pdf.js builds an outline for every glyph it meets
// and posts each one over its worker channel, for a canvas that never draws them: about 7 % of the
// CPU of reading a disclosure, and a quarter of the peak memory of a 331-page one. Outlines still
// come for every document opened without it (the viewer's pages, lib/pdf/render-crops.ts).
// Idempotent; tests/robustness/pdfjs-patch.test.ts fails if a pdf.js upgrade moves the code.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../node_modules/pdfjs-dist');
const QUIET = '(p=>(p.catch(()=>{}),p))';
const LIMIT = 'globalThis.dlensStreamLimit';
const TEXT_ONLY = 'dlensTextOnly';
const targets = [
  {
    files: ['build/pdf.worker.mjs', 'legacy/build/pdf.worker.mjs'],
    from: /(    while \(size < requested\) \{\n      size \*= 2;\n    \}\n)(    const buffer2 = new Uint8Array\(size\);)/,
    to: `$1    const limit = ${LIMIT};\n    if (limit && size > limit.bytes) { limit.hit = size; throw new Error("decoded stream larger than the memory limit"); }\n$2`,
    marker: LIMIT,
  },
  {
    files: ['build/pdf.worker.min.mjs', 'legacy/build/pdf.worker.min.mjs'],
    from: /(ensureBuffer\((\w)\)\{const (\w)=this\.buffer;if\(\2<=\3\.byteLength\)return \3;let (\w)=this\.minBufferLength;for\(;\4<\2;\)\4\*=2;)/,
    to: `$1{const l=${LIMIT};if(l&&$4>l.bytes){l.hit=$4;throw new Error("decoded stream larger than the memory limit")}}`,
    marker: LIMIT,
  },
  {
    files: ['build/pdf.worker.mjs', 'legacy/build/pdf.worker.mjs'],
    from: /(        chunks\.push\(chunk\);\n        totalLength \+= chunk\.byteLength;\n)/,
    to: `$1        const limit = ${LIMIT};\n        if (limit && totalLength > limit.bytes) { limit.hit = totalLength; throw new Error("decoded stream larger than the memory limit"); }\n`,
    marker: `${LIMIT};\n        if (limit && totalLength`,
  },
  {
    files: ['build/pdf.worker.min.mjs', 'legacy/build/pdf.worker.min.mjs'],
    from: /(for await\(const (\w) of \w\)\{\w\.push\(\2\);(\w)\+=\2\.byteLength)\}/,
    to: `$1;{const l=${LIMIT};if(l&&$3>l.bytes){l.hit=$3;throw new Error("decoded stream larger than the memory limit")}}}`,
    marker: `.byteLength;{const l=${LIMIT}`,
  },
  {
    marker: QUIET,
    files: ['build/pdf.worker.mjs', 'legacy/build/pdf.worker.mjs'],
    from: /pageDictCache\.put\(lastKid, xref\.fetchAsync\(lastKid\)\)/,
    to: `pageDictCache.put(lastKid, ${QUIET}(xref.fetchAsync(lastKid)))`,
  },
  {
    marker: QUIET,
    files: ['build/pdf.worker.min.mjs', 'legacy/build/pdf.worker.min.mjs'],
    from: /(\w)\.put\((\w),(\w)\.fetchAsync\(\2\)\)(\}\}throw new Error\(`Page index)/,
    to: `$1.put($2,${QUIET}($3.fetchAsync($2)))$4`,
  },
  {
    marker: TEXT_ONLY,
    files: ['build/pdf.mjs', 'legacy/build/pdf.mjs'],
    from: /(\n    evaluatorOptions: \{\n)/,
    to: `$1      ${TEXT_ONLY}: src.${TEXT_ONLY} === true,\n`,
  },
  {
    marker: TEXT_ONLY,
    files: ['build/pdf.worker.mjs', 'legacy/build/pdf.worker.mjs'],
    from: /\|\| font\.disableFontFace\) \{(\n        PartialEvaluator\.buildFontPaths\(font, glyphs,)/,
    to: `|| font.disableFontFace && !this.options.${TEXT_ONLY}) {$1`,
  },
  {
    marker: TEXT_ONLY,
    files: ['build/pdf.worker.min.mjs', 'legacy/build/pdf.worker.min.mjs'],
    from: /\|\|(\w)\.disableFontFace\)(&&PartialEvaluator\.buildFontPaths\(\1,)/,
    to: `||$1.disableFontFace&&!this.options.${TEXT_ONLY})$2`,
  },
];

let patched = 0;
let already = 0;
const missing = [];
for (const { files, from, to, marker } of targets) {
  for (const rel of files) {
    const file = resolve(root, rel);
    if (!existsSync(file)) {
      missing.push(rel);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    if (text.includes(marker)) {
      already++;
      continue;
    }
    if (!from.test(text)) {
      missing.push(rel);
      continue;
    }
    writeFileSync(file, text.replace(from, to));
    patched++;
  }
}
if (missing.length) console.warn(`patch-pdfjs: pattern not found in ${missing.join(', ')} (pdf.js changed? see scripts/patch-pdfjs.mjs)`);
else console.log(`patch-pdfjs: ${patched} file(s) patched, ${already} already patched`);
