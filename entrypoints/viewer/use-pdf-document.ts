// Loading one document: bytes (URL or local file) → pdf.js document (with a password prompt if
// needed) → page sizes → the engine's report from the analysis worker.
import { useEffect, useState } from 'preact/hooks';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { CheckReport } from '../../lib/report';
import type { DisclosureDocument } from '../../lib/model';
import type { ByLang } from '../../lib/extension/finding-lang';
import { readKeepPdf } from '../../components/library/keep-pdf';
import { openPdf, pdfjsDataUrls } from './pdfjs';
import { analyzeInWorker, preparedAnalysis } from './analyze-client';
import { checkBytes, fetchBytes, NeedsPermission, NotPdf } from './load-source';
import { launchAllowed } from './launch';
import { sha256Hex } from './sha256';
import { toLoadError, type LoadError } from '../../components/load-error';

export type Source = { kind: 'url'; url: string } | { kind: 'file'; file: File };
export type Phase = 'idle' | 'loading' | 'done' | 'error';

export interface LoadedDocument {
  phase: Phase;
  /** Why the document could not be checked (worded by the UI; pdf.js's text only in `detail`). */
  error: LoadError | null;
  /** Set when the site needs the user's permission (an origin pattern to request). */
  permission: string | null;
  /** Set when a web page, not the extension, opened the viewer on this address: nothing is
   *  fetched until the reader confirms (see launch.ts). */
  confirm: string | null;
  /** Set when the address returned something that is not a PDF. */
  notPdf: string | null;
  password: { retry: boolean; resolve: (pw: string) => void } | null;
  doc: PDFDocumentProxy | null;
  sizes: { w: number; h: number }[];
  /** The report in Chinese (what the local library keeps). */
  report: CheckReport | null;
  /** The report worded in each UI language (same findings and counts); picked by the UI language. */
  reports: ByLang<CheckReport> | null;
  /** The second language's rule step in the worker, ms (the cost of a language). */
  recheckMs: number | null;
  /** Set when the English findings differed from the Chinese ones (both then show the Chinese). */
  langError: string | null;
  /** The document model behind the report (kept in the local library). */
  model: DisclosureDocument | null;
  /** SHA-256 of the bytes read (hex): the library records what exactly was checked. */
  sha256: string | null;
  /** The file's bytes as downloaded (save and print the original). */
  original: Uint8Array | null;
  /** The document's own title (PDF metadata), when it has a real one. */
  title: string | null;
  /** A copy of the PDF, only when the user keeps PDFs in the library. */
  keptBytes: Uint8Array | null;
  progress: { done: number; total: number } | null;
  /** performance.now() when the report arrived (ms since the viewer page started). */
  firstFindingsMs: number | null;
}

const EMPTY: LoadedDocument = {
  phase: 'idle',
  error: null,
  confirm: null,
  permission: null,
  notPdf: null,
  password: null,
  doc: null,
  sizes: [],
  report: null,
  reports: null,
  recheckMs: null,
  langError: null,
  model: null,
  sha256: null,
  original: null,
  title: null,
  keptBytes: null,
  progress: null,
  firstFindingsMs: null,
};

export function usePdfDocument(source: Source | null, attempt: number): LoadedDocument {
  const [state, setState] = useState<LoadedDocument>(source ? { ...EMPTY, phase: 'loading' } : EMPTY);

  useEffect(() => {
    if (!source) return;
    let cancelled = false;
    let pdf: PDFDocumentProxy | null = null;
    const update = (patch: Partial<LoadedDocument>) => !cancelled && setState((s) => ({ ...s, ...patch }));
    setState({ ...EMPTY, phase: 'loading' });
    // The analysis worker starts now and loads the engine while the PDF is fetched; it gets the
    // bytes as soon as they are in, and checks them while this thread opens the PDF for reading.
    const job = preparedAnalysis();
    (async () => {
      if (source.kind === 'url' && !(await launchAllowed(source.url))) {
        job.stop();
        update({ phase: 'idle', confirm: source.url });
        return;
      }
      const bytes = source.kind === 'url' ? await fetchBytes(source.url) : new Uint8Array(await source.file.arrayBuffer());
      if (source.kind === 'file') checkBytes(bytes, null);
      // The worker takes `bytes` (transferred); the reader keeps its own copy of the original, which
      // is also the copy the library keeps (never transferred, so one copy serves both).
      const original = bytes.slice();
      update({ original });
      const { iccUrl: _icc, ...urls } = pdfjsDataUrls();
      const path = source.kind === 'url' ? source.url : source.file.name;
      const onProgress = (done: number, total: number) => update({ progress: { done, total } });
      const analysis = job.analyze({ bytes, opts: urls, source: { path, format: 'pdf' } }, onProgress);
      analysis.catch(() => {}); // awaited below, or dropped when the PDF asks for a password
      let pw: string | undefined;
      pdf = await openPdf(
        original.slice(),
        (retry) =>
          new Promise<string>((resolve) =>
            update({
              password: {
                retry,
                resolve: (p) => {
                  pw = p;
                  update({ password: null });
                  resolve(p);
                },
              },
            }),
          ),
      );
      const doc = pdf;
      const sizes = await Promise.all(
        Array.from({ length: doc.numPages }, async (_, i) => {
          const v = (await doc.getPage(i + 1)).getViewport({ scale: 1 });
          return { w: v.width, h: v.height };
        }),
      );
      update({ doc, sizes });
      void metadataTitle(doc).then((title) => update({ title }));
      const keptBytes = (await readKeepPdf()) ? original : null;
      const sha256 = await sha256Hex(original);
      // A PDF that needed a password is checked again with it (the first check could not open it).
      const {
        report,
        reports,
        recheckMs,
        langError,
        doc: model,
      } = pw === undefined
        ? await analysis
        : await analyzeInWorker({ bytes: original.slice(), opts: { ...urls, password: pw }, source: { path, format: 'pdf' } }, onProgress);
      update({
        report,
        reports,
        recheckMs: Math.round(recheckMs * 10) / 10,
        langError,
        model,
        sha256,
        keptBytes,
        firstFindingsMs: Math.round(performance.now()),
        phase: report.error ? 'error' : 'done',
      });
    })().catch((err: unknown) => {
      job.stop();
      const special = err instanceof NeedsPermission || err instanceof NotPdf;
      const error = special ? null : toLoadError(err);
      if (error) console.warn(`[dlens] ${error.kind}: ${error.detail ?? ''}`);
      update({
        permission: err instanceof NeedsPermission ? err.origin : null,
        notPdf: err instanceof NotPdf ? err.url : null,
        error,
        password: null,
        progress: null,
        phase: 'error',
      });
    });
    return () => {
      cancelled = true;
      job.stop();
      void pdf?.destroy();
    };
  }, [source, attempt]);

  return state;
}

/** A PDF's Title when it names a disclosure (government PDFs often carry a word processor's
 *  leftover — "Microsoft Word - x.doc", or the first words typed, "处领导：" — instead). */
async function metadataTitle(doc: PDFDocumentProxy): Promise<string | null> {
  const info = (await doc.getMetadata().catch(() => null))?.info as { Title?: unknown } | undefined;
  const title = typeof info?.Title === 'string' ? info.Title.trim() : '';
  if (title.length < 4 || /^microsoft\s|\.(docx?|xlsx?|wps|pdf)$/i.test(title) || !/预算|决算|公开|budget|final account/i.test(title))
    return null;
  return title;
}
