// lib/engine as the extension calls it: the same steps the CLI composes (model, then rules).
import { checkDocument, documentFromPdf } from '../lib/engine';
import { documentFromHtml } from '../lib/html';
import type { EngineApi } from './engine-bridge';

export const engine: EngineApi = {
  analyzeHtmlWithModel: (root, source) => {
    const doc = documentFromHtml(root, source);
    return { report: checkDocument(doc), doc };
  },
  analyzePdfWithModel: async (pdfjs, bytes, opts, source) => {
    const doc = await documentFromPdf(pdfjs as never, bytes, opts, source);
    return { report: checkDocument(doc), doc };
  },
  checkModel: (doc, lang) => checkDocument(doc, { lang }),
};
