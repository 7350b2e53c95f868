// PDF input for the CLI: pdf.js (legacy build) from node_modules, through lib/pdf and lib/layout.
import { documentFromPdf } from '../engine/pdf';
import { loadPdfjsForNode, type NodePdfjs } from '../pdf/node';
import { PdfError } from '../pdf';
import { InputError, type PdfLoader } from './inputs';
import { armStreamLimit, memoryFailure } from './memory';

let pdfjs: Promise<NodePdfjs> | undefined;

export const pdfLoader: PdfLoader = async (bytes, source) => {
  pdfjs ??= loadPdfjsForNode();
  const { pdfjs: lib, assets } = await pdfjs;
  armStreamLimit();
  let doc: Awaited<ReturnType<typeof documentFromPdf>>;
  try {
    doc = await documentFromPdf(lib, bytes, assets, source);
  } catch (err) {
    throw memoryFailure(source.path ?? 'document') ?? (err instanceof PdfError ? new InputError(err.kind, `${source.path}: ${err.message}`) : err);
  }
  // pdf.js may carry on past a refused stream (a blank page): the document is still not checked.
  const memory = memoryFailure(source.path ?? 'document');
  if (memory) throw memory;
  return doc;
};
