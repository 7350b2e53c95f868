// PDF input for the CLI: pdf.js (legacy build) from node_modules, through lib/pdf and lib/layout.
import { documentFromPdf } from '../engine/pdf';
import { loadPdfjsForNode, type NodePdfjs } from '../pdf/node';
import { PdfError } from '../pdf';
import { InputError, type PdfLoader } from './inputs';

let pdfjs: Promise<NodePdfjs> | undefined;

export const pdfLoader: PdfLoader = async (bytes, source) => {
  pdfjs ??= loadPdfjsForNode();
  const { pdfjs: lib, assets } = await pdfjs;
  try {
    return await documentFromPdf(lib, bytes, assets, source);
  } catch (err) {
    if (err instanceof PdfError) throw new InputError(err.kind, `${source.path}: ${err.message}`);
    throw err;
  }
};
