// The reviewer's exports from the viewer: the marks file, the annotated PDF copy and the review memo
// with its crops embedded as data: URLs (one paste-ready file). The viewer passes its own pdf.js
// (entrypoints/viewer/pdfjs.ts: pdfjs, pdfjsDataUrls()) — components never import entrypoints.
import type { KeyedMark, Lang } from '../../lib/findings';
import type { PdfjsModule } from '../../lib/pdf/load';
import { renderCrops, type RenderAssets } from '../../lib/pdf/render-crops';
import { annotatePdf } from '../../lib/report/annotate';
import { cropRegion, formatMemo, memoFindings } from '../../lib/report/memo';
import type { CheckReport } from '../../lib/report/schema';
import { marksFile, type MarksFile } from '../../lib/review/marks';
import { download, downloadBytes } from '../download';

/** "budget.pdf" → "budget.<suffix>" */
export const exportName = (source: string, suffix: string) => `${source.replace(/\.[a-z0-9]+$/i, '') || 'document'}.${suffix}`;

/** The marks file `dlens check --marks` reads (dlens.marks/1). */
export function exportMarks(source: string, marks: KeyedMark[], document: MarksFile['document']) {
  download(exportName(source, 'marks.json'), JSON.stringify(marksFile(marks, document), null, 2) + '\n', 'application/json');
}

/** The original with its findings as annotations (pdf-lib). `report` with marks attached. */
export async function exportAnnotatedPdf(source: string, bytes: Uint8Array, report: CheckReport, lang: Lang) {
  downloadBytes(exportName(source, 'annotated.pdf'), await annotatePdf(bytes, report, { lang }), 'application/pdf');
}

/** The memo of the confirmed findings as Markdown text, each crop a PNG data: URL. */
export async function memoWithCrops(
  pdfjs: PdfjsModule,
  assets: RenderAssets,
  bytes: Uint8Array,
  report: CheckReport,
  lang: Lang,
): Promise<string> {
  const regions = memoFindings(report).flatMap((f) => {
    const r = cropRegion(f);
    return r ? [{ id: f.id, ...r }] : [];
  });
  const canvases = await renderCrops(pdfjs, bytes, assets, regions, (w, h) =>
    Object.assign(document.createElement('canvas'), { width: w, height: h }),
  );
  return formatMemo(report, lang, new Map([...canvases].map(([id, c]) => [id, c.toDataURL('image/png')])));
}

export async function exportMemo(
  source: string,
  pdfjs: PdfjsModule,
  assets: RenderAssets,
  bytes: Uint8Array,
  report: CheckReport,
  lang: Lang,
) {
  download(exportName(source, 'memo.md'), await memoWithCrops(pdfjs, assets, bytes, report, lang), 'text/markdown');
}
