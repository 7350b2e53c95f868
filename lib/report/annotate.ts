// An annotated copy of the original PDF (pdf-lib): each finding's boxes as square annotations
// coloured by status, and one note (text annotation) per finding carrying its message, formula,
// tolerance and the reader's mark — openable in any PDF reader. Bytes in, bytes out; no I/O.
import { PDFDocument, PDFHexString, PDFName, PDFString, type PDFDict, type PDFPage } from 'pdf-lib';
import type { BBox } from '../model';
import type { Finding, Lang, Status } from '../findings';
import type { CheckReport } from './schema';
import { STATUS_WORD, WORDS, markLine } from './i18n';
import { toUserRect } from './page-space';
import { findingBoxes } from './finding-boxes';

export { findingBoxes };

const COLOUR: Record<Status, [number, number, number]> = {
  fail: [0.86, 0.1, 0.1],
  warn: [0.95, 0.55, 0],
  unverifiable: [0.55, 0.3, 0.75],
  rounding: [0, 0.55, 0.6],
  pass: [0.1, 0.6, 0.2],
  note: [0.5, 0.5, 0.5],
};
const AUTHOR = 'Disclosure Lens';
const NOTE_SIZE = 14;

export interface AnnotateOptions {
  lang: Lang;
  /** Also annotate pass and rounding findings (default: fails, warns and unverifiable ones, and any marked finding). */
  passes?: boolean;
}

export class AnnotateError extends Error {}

/** The findings an annotated copy shows. */
export function annotatedFindings(report: CheckReport, opts: Pick<AnnotateOptions, 'passes'> = {}): Finding[] {
  const shown = (f: Finding) =>
    f.status === 'fail' ||
    f.status === 'warn' ||
    f.status === 'unverifiable' ||
    !!f.mark ||
    (!!opts.passes && (f.status === 'pass' || f.status === 'rounding'));
  return report.findings.filter((f) => shown(f) && findingBoxes(f).length > 0);
}

/** The words of a finding's note: status, rule, message, formula, tolerance, mark. */
export function noteText(f: Finding, lang: Lang): string {
  const lines = [`[${STATUS_WORD[f.status][lang]}] ${f.rule} ${f.message}`];
  if (f.formula) lines.push(`${WORDS.formula[lang]}: ${f.formula}`);
  if (f.tolerance) lines.push(`${WORDS.tolerance[lang]}: ${f.tolerance}`);
  if (f.mark) lines.push(`${WORDS.mark[lang]}: ${markLine(f.mark, lang)}`);
  return lines.join('\n');
}

export async function annotatePdf(bytes: Uint8Array, report: CheckReport, opts: AnnotateOptions): Promise<Uint8Array> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (err) {
    const msg = (err as Error).message.split('\n')[0];
    throw new AnnotateError(
      /encrypt/i.test(msg) ? 'the PDF is encrypted: an annotated copy cannot be written' : `pdf-lib cannot rewrite this PDF: ${msg}`,
    );
  }
  const pages = pdf.getPages();
  for (const f of annotatedFindings(report, opts)) {
    const boxes = findingBoxes(f).filter((b) => b.page >= 1 && b.page <= pages.length);
    if (!boxes.length) continue;
    for (const b of boxes) addAnnot(pdf, pages[b.page - 1], square(pdf, pages[b.page - 1], b.bbox, f, opts.lang));
    const first = boxes[0];
    addAnnot(pdf, pages[first.page - 1], note(pdf, pages[first.page - 1], first.bbox, f, opts.lang));
  }
  return pdf.save();
}

function frameOf(page: PDFPage) {
  const { x, y, width, height } = page.getCropBox();
  return { view: [x, y, x + width, y + height] as [number, number, number, number], rotation: page.getRotation().angle };
}

function square(pdf: PDFDocument, page: PDFPage, bbox: BBox, f: Finding, lang: Lang): PDFDict {
  const [x0, y0, x1, y1] = toUserRect(bbox, frameOf(page));
  const pad = 1;
  return pdf.context.obj({
    Type: 'Annot',
    Subtype: 'Square',
    Rect: [x0 - pad, y0 - pad, x1 + pad, y1 + pad],
    C: COLOUR[f.status],
    Border: [0, 0, 1.2],
    BS: { W: 1.2, S: 'S' },
    F: 4, // print
    T: PDFHexString.fromText(AUTHOR),
    Contents: PDFHexString.fromText(noteText(f, lang)),
    NM: PDFString.of(`${f.id}:box`),
  });
}

function note(pdf: PDFDocument, page: PDFPage, bbox: BBox, f: Finding, lang: Lang): PDFDict {
  const [, , x1, y1] = toUserRect(bbox, frameOf(page));
  return pdf.context.obj({
    Type: 'Annot',
    Subtype: 'Text',
    Rect: [x1 + 2, y1 - NOTE_SIZE, x1 + 2 + NOTE_SIZE, y1],
    C: COLOUR[f.status],
    Name: PDFName.of('Comment'),
    Open: false,
    F: 4 | 8 | 16, // print, no zoom, no rotate: the icon stays an icon
    T: PDFHexString.fromText(AUTHOR),
    Subj: PDFHexString.fromText(`${f.rule} ${STATUS_WORD[f.status][lang]}`),
    Contents: PDFHexString.fromText(noteText(f, lang)),
    NM: PDFString.of(`${f.id}:note`),
  });
}

function addAnnot(pdf: PDFDocument, page: PDFPage, dict: PDFDict) {
  page.node.addAnnot(pdf.context.register(dict));
}
