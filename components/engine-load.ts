// lib/engine as the extension calls it: the same analyzeHtml / analyzePdf the CLI's steps compose.
import { analyzeHtml, analyzePdf, checkDocument, documentFromPdf } from '../lib/engine';
import { documentFromHtml } from '../lib/html';
import type { EngineApi } from './engine-bridge';

export const engine: EngineApi = {
  analyzeHtml: (root, source) => analyzeHtml(root as Document, source),
  analyzeHtmlWithModel: (root, source) => {
    const doc = documentFromHtml(root, source);
    return { report: checkDocument(doc), doc };
  },
  analyzePdf: (pdfjs, bytes, opts, source) => analyzePdf(pdfjs as never, bytes, opts, source),
  analyzePdfWithModel: async (pdfjs, bytes, opts, source) => {
    const doc = await documentFromPdf(pdfjs as never, bytes, opts, source);
    return { report: checkDocument(doc), doc };
  },
  checkModel: (doc, lang) => checkDocument(doc, { lang }),
};
