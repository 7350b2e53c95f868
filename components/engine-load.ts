// lib/engine as the extension calls it: the same analyzeHtml / analyzePdf the CLI's steps compose.
import { analyzeHtml, analyzePdf } from '../lib/engine';
import type { EngineApi } from './engine-bridge';

export const engine: EngineApi = {
  analyzeHtml: (root, source) => analyzeHtml(root as Document, source),
  analyzePdf: (pdfjs, bytes, opts, source) => analyzePdf(pdfjs as never, bytes, opts, source),
};
