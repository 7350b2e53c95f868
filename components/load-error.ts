// Why a document could not be checked, as a kind the UI words in the user's language (one line),
// never pdf.js's or the engine's English message (kept in `detail` for the console).
import type { CheckReport } from '../lib/report';
import type { Strings } from './i18n';

export type LoadError =
  | { kind: 'empty' | 'not-pdf' | 'truncated' | 'damaged' | 'failed' | 'network'; detail?: string }
  | { kind: 'timeout'; seconds: number; detail?: string }
  | { kind: 'http'; status: number; detail?: string }
  | { kind: 'too-large'; mb: number; detail?: string };

/** A load error carried through a promise rejection. */
export class LoadFailure extends Error {
  constructor(readonly error: LoadError) {
    super(error.detail ?? error.kind);
  }
}

export function errorMessage(t: Strings, e: LoadError): string {
  const m = t.loadError;
  switch (e.kind) {
    case 'timeout':
      return m.timeout(e.seconds);
    case 'http':
      return m.http(e.status);
    case 'too-large':
      return m.tooLarge(e.mb);
    default:
      return m[e.kind];
  }
}

/** The error of a report the engine could not produce (its kinds come from lib/pdf and the overlay). */
export function reportError(report: CheckReport | null): LoadError | null {
  const err = report?.error;
  if (!err) return null;
  const detail = err.message;
  switch (err.kind) {
    case 'empty':
      return { kind: 'empty', detail };
    case 'not-pdf':
      return { kind: 'not-pdf', detail };
    case 'corrupt':
      return { kind: /truncat/i.test(detail) && !/damaged/i.test(detail) ? 'truncated' : 'damaged', detail };
    case 'too-large':
      return { kind: 'too-large', mb: Number(/(\d+) MB/.exec(detail)?.[1] ?? 0), detail };
    default:
      return { kind: 'failed', detail };
  }
}

/** Whatever was thrown while loading or checking → a LoadError (pdf.js's own errors included). */
export function toLoadError(err: unknown): LoadError {
  if (err instanceof LoadFailure) return err.error;
  const e = err as { name?: string; message?: string } | undefined;
  const detail = String(e?.message ?? err).split('\n')[0];
  // pdf.js: InvalidPDFException ("Invalid PDF structure."), FormatError, UnknownErrorException…
  if (
    /InvalidPDF|FormatError|Unknown|MissingPDF|ResponseException/.test(e?.name ?? '') ||
    /PDF|xref|stream|damaged|truncated/i.test(detail)
  ) {
    return { kind: 'damaged', detail };
  }
  if (e?.name === 'TypeError' && /fetch/i.test(detail)) return { kind: 'network', detail };
  return { kind: 'failed', detail };
}
