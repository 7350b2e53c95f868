/** @jsxImportSource preact */
// What a selected finding's detail offers the reviewer: the mark controls, its numbers handed to the
// tick and tie (the keyboard's way to pick them), and, for a check of the reader's own, deleting it.
import type { Finding, Lang, Mark } from '../../lib/findings';
import type { Pick } from '../../lib/review/tick-tie';
import { MarkControls } from './MarkControls';
import { reviewStrings } from './strings';

export interface FindingReviewProps {
  lang: Lang;
  finding: Finding;
  /** The finding is a check of the reader's own (deletable, its numbers already picked once). */
  own: boolean;
  /** The document's marks are read (before that a mark could not be kept). */
  ready: boolean;
  onMark: (f: Finding, mark: Mark | undefined) => void;
  onPicks: (picks: Pick[]) => void;
  onDropCheck: (id: string) => void;
}

export function FindingReview({ lang, finding: f, own, ready, onMark, onPicks, onDropCheck }: FindingReviewProps) {
  const t = reviewStrings(lang);
  const picks: Pick[] = f.values
    .filter((v) => v.bbox && v.value != null)
    .map((v) => ({ text: v.text, page: v.page, bbox: v.bbox, unit: v.unit, label: v.label, table: v.table, row: v.row, col: v.col }));
  return (
    <div class="dl-finding-review">
      {ready && <MarkControls lang={lang} mark={f.mark} onChange={(m) => onMark(f, m)} />}
      <p class="dl-finding-review-actions">
        {picks.length > 1 && !own && (
          <button type="button" class="dl-link" data-action="add-picks" title={t.addPicks} onClick={() => onPicks(picks)}>
            {t.addPicks}
          </button>
        )}
        {own && (
          <button type="button" class="dl-link" data-action="drop-check" title={t.dropCheck} onClick={() => onDropCheck(f.id)}>
            {t.dropCheck}
          </button>
        )}
      </p>
    </div>
  );
}
