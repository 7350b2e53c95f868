// PDF input for the CLI: pdf.js (legacy build) from node_modules, through lib/pdf and lib/layout.
import type { PdfLoader } from './inputs';
import { InputError } from './inputs';

export const pdfLoader: PdfLoader = async (_bytes, source) => {
  throw new InputError('unsupported', `${source.path}: PDF input is not available yet in this build`);
};
