// PDF input for the CLI: pdf.js (legacy build) from node_modules, through lib/pdf and lib/layout.
import { documentFromPdf } from '../engine/pdf';
import { loadPdfjsForNode, type NodePdfjs } from '../pdf/node';
import { PdfError } from '../pdf';
import { InputError, type PdfLoader } from './inputs';
import { UNREADABLE } from '../findings/unreadable';

let pdfjs: Promise<NodePdfjs> | undefined;

export const pdfLoader: PdfLoader = async (bytes, source) => {
  pdfjs ??= loadPdfjsForNode();
  const { pdfjs: lib, assets } = await pdfjs;
  try {
    return await documentFromPdf(lib, bytes, assets, source);
  } catch (err) {
    if (err instanceof PdfError) {
      // Chinese: the viewer's wording of the kind; English keeps pdf.js's detail as before.
      const zh = err.kind === 'password' ? UNREADABLE.password.zh : err.kind === 'empty' ? UNREADABLE.empty.zh : err.kind === 'not-pdf' ? UNREADABLE.notPdf.zh : /truncat/i.test(err.message) && !/damaged/i.test(err.message) ? UNREADABLE.truncated.zh : UNREADABLE.damaged.zh;
      throw new InputError(err.kind, { zh: `${source.path}：${zh}`, en: `${source.path}: ${err.message}` });
    }
    throw err;
  }
};
