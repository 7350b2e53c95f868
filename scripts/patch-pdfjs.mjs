// Run on install: fixes one pdf.js 5.6 defect in the installed worker files.
//
// Catalog.getPageDict prefetches the last kids of the page tree (`pageDictCache.put(ref,
// xref.fetchAsync(ref))`) and may never await them. On a damaged file the prefetch rejects and
// nobody handles it: an unhandled rejection that crashes a strict Node process and pollutes the
// browser console (found by `npm run fuzz`, mutants 239/363/787 of seed 20261126). The patch
// marks the prefetched promise as handled; whoever awaits it later still gets the error.
// Idempotent; tests/robustness/pdfjs-patch.test.ts fails if a pdf.js upgrade moves the code.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../node_modules/pdfjs-dist');
const QUIET = '(p=>(p.catch(()=>{}),p))';
const targets = [
  { files: ['build/pdf.worker.mjs', 'legacy/build/pdf.worker.mjs'], from: /pageDictCache\.put\(lastKid, xref\.fetchAsync\(lastKid\)\)/, to: `pageDictCache.put(lastKid, ${QUIET}(xref.fetchAsync(lastKid)))` },
  { files: ['build/pdf.worker.min.mjs', 'legacy/build/pdf.worker.min.mjs'], from: /(\w)\.put\((\w),(\w)\.fetchAsync\(\2\)\)(\}\}throw new Error\(`Page index)/, to: `$1.put($2,${QUIET}($3.fetchAsync($2)))$4` },
];

let patched = 0;
let already = 0;
const missing = [];
for (const { files, from, to } of targets) {
  for (const rel of files) {
    const file = resolve(root, rel);
    if (!existsSync(file)) { missing.push(rel); continue; }
    const text = readFileSync(file, 'utf8');
    if (text.includes(QUIET)) { already++; continue; }
    if (!from.test(text)) { missing.push(rel); continue; }
    writeFileSync(file, text.replace(from, to));
    patched++;
  }
}
if (missing.length) console.warn(`patch-pdfjs: pattern not found in ${missing.join(', ')} (pdf.js changed? see scripts/patch-pdfjs.mjs)`);
else console.log(`patch-pdfjs: ${patched} file(s) patched, ${already} already patched`);
