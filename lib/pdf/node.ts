// Node-only: the legacy pdf.js build plus the asset paths it needs, as plain filesystem paths
// with a trailing slash (pdf.js does fs.readFile(base + name); a file:// string silently loses CJK text).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfjsModule } from './load';

export interface NodePdfjs {
  pdfjs: PdfjsModule;
  assets: { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string };
}

export async function loadPdfjsForNode(): Promise<NodePdfjs> {
  // The legacy build's core-js polyfills replace Array.prototype.push and JSON.parse/stringify with
  // JavaScript versions (for edge cases pdf.js never relies on) for the whole process: every push
  // in the engine became ~10× slower (≈15 % of a corpus run). Load the main and worker modules
  // (the latter is what pdf.js's in-process "fake worker" imports), then put the natives back;
  // the polyfills that only add missing methods (Promise.withResolvers, Map.getOrInsert…) stay.
  const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsModule;
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  Object.defineProperty(Array.prototype, 'push', { value: natives.push, writable: true, configurable: true, enumerable: false });
  JSON.parse = natives.parse;
  JSON.stringify = natives.stringify;
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const dir = (name: string) => join(root, name) + '/';
  return { pdfjs, assets: { cMapUrl: dir('cmaps'), standardFontDataUrl: dir('standard_fonts'), wasmUrl: dir('wasm') } };
}
