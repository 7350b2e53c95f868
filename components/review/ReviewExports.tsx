/** @jsxImportSource preact */
// The reviewer's exports beside md / csv / json in the panel: the marks file, the annotated PDF
// copy and the review memo. The viewer does the work (lazily: pdf-lib loads only for these).
import type { Lang } from '../../lib/findings';
import { reviewStrings } from './strings';

export type ReviewExport = 'marks' | 'annotated' | 'memo';

export interface ReviewExportsProps {
  lang: Lang;
  /** The export being prepared, if any. */
  busy: string | null;
  onExport: (what: ReviewExport) => void;
}

export function ReviewExports({ lang, busy, onExport }: ReviewExportsProps) {
  const t = reviewStrings(lang);
  const items: [ReviewExport, string, string][] = [
    ['marks', t.exportMarks, t.exportMarksTitle],
    ['annotated', t.exportAnnotated, t.exportAnnotatedTitle],
    ['memo', t.exportMemo, t.exportMemoTitle],
  ];
  return (
    <>
      {items.map(([what, label, title]) => (
        <button
          type="button"
          key={what}
          class="dl-link dl-review-export"
          data-export={what}
          title={title}
          aria-label={title}
          aria-busy={busy === what}
          disabled={!!busy}
          onClick={() => onExport(what)}
        >
          {busy === what ? t.exporting : label}
        </button>
      ))}
    </>
  );
}
