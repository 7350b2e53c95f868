// Notices above the document: scans, non-disclosures, errors; and the progress bar.
import type { ComponentChildren } from 'preact';
import type { CheckReport } from '../lib/report';
import type { Lang } from '../lib/rules';
import { strings } from './i18n';
import { errorMessage, reportError, type LoadError } from './load-error';

/** `page`: the overlay on a web page (its error title speaks of a page, not a file).
 *  `next`: what the reader can do about an error (open the original, retry). */
export function Banners({
  lang,
  report,
  error,
  page = false,
  next,
}: {
  lang: Lang;
  report: CheckReport | null;
  error: LoadError | null;
  page?: boolean;
  next?: ComponentChildren;
}) {
  const t = strings(lang);
  const err = error ?? reportError(report);
  return (
    <>
      {err && (
        <div class="dl-banner dl-banner-error" role="alert" data-banner="error" data-error={err.kind}>
          <b>{page ? t.errorTitlePage : t.errorTitle}</b> — <span class="dl-error-message">{errorMessage(t, err)}</span>
          {next && <span class="dl-banner-next"> {next}</span>}
        </div>
      )}
      {report && !report.error && report.document.textLayer === false && (
        <div class="dl-banner dl-banner-warn" role="status" data-banner="scan">
          {t.scanBanner}
        </div>
      )}
      {report && !report.error && report.document.textLayer !== false && report.document.kind === 'other' && (
        <div class="dl-banner dl-banner-warn" role="status" data-banner="other">
          {t.otherBanner}
        </div>
      )}
    </>
  );
}

export function Progress({ label, progress, lang }: { label: string; progress: { done: number; total: number } | null; lang: Lang }) {
  const t = strings(lang);
  const pct = progress && progress.total ? Math.round((100 * progress.done) / progress.total) : null;
  return (
    <div
      class="dl-progress-wrap"
      role="progressbar"
      aria-label={label}
      aria-valuenow={pct ?? undefined}
      aria-valuemin={0}
      aria-valuemax={100}
    >
      <div class={`dl-progress${pct == null ? ' dl-indeterminate' : ''}`}>
        <div style={pct == null ? undefined : { width: `${pct}%` }} />
      </div>
      <span class="dl-progress-label">
        {label}
        {progress ? ` ${t.progress(progress.done, progress.total)}` : ''}
      </span>
    </div>
  );
}
