// PDF input for the CLI: pdf.js (legacy build) from node_modules, through lib/pdf and lib/layout.
import { documentFromPdf } from '../engine';
import { loadPdfjsForNode, type NodePdfjs } from '../pdf/node';
import { PdfError } from '../pdf';
import { InputError, type PdfLoader } from './inputs';
import { UNREADABLE } from '../findings';
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
    const memory = memoryFailure(source.path ?? 'document');
    if (memory) throw memory;
    if (err instanceof PdfError) {
      // Chinese: the viewer's wording of the kind; English keeps pdf.js's detail as before.
      const zh =
        err.kind === 'password'
          ? UNREADABLE.password.zh
          : err.kind === 'empty'
            ? UNREADABLE.empty.zh
            : err.kind === 'not-pdf'
              ? UNREADABLE.notPdf.zh
              : /truncat/i.test(err.message) && !/damaged/i.test(err.message)
                ? UNREADABLE.truncated.zh
                : UNREADABLE.damaged.zh;
      throw new InputError(err.kind, { zh: `${source.path}：${zh}`, en: `${source.path}: ${err.message}` });
    }
    throw err;
  }
  // pdf.js may carry on past a refused stream (a blank page): the document is still not checked.
  const memory = memoryFailure(source.path ?? 'document');
  if (memory) throw memory;
  return doc;
};
