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
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsModule;
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const dir = (name: string) => join(root, name) + '/';
  return { pdfjs, assets: { cMapUrl: dir('cmaps'), standardFontDataUrl: dir('standard_fonts'), wasmUrl: dir('wasm') } };
}
