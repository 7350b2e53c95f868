/** @jsxImportSource preact */
// The panel's line of mark counts (已核实 n · 误报 n · 已问询 n) and the marks whose finding a re-check
// no longer has, each deletable. Nothing is shown while the document has no marks.
import { MARK_KINDS, type KeyedMark, type Lang } from '../../lib/findings';
import type { MarkCounts } from '../../lib/review/marks';
import { markWord, reviewStrings } from './strings';

export interface MarksSummaryProps {
  lang: Lang;
  counts: MarkCounts;
  orphans: KeyedMark[];
  onDropOrphan: (key: string) => void;
}

export function MarksSummary({ lang, counts, orphans, onDropOrphan }: MarksSummaryProps) {
  const t = reviewStrings(lang);
  if (!counts.total && !orphans.length) return null;
  return (
    <div class="dl-marks-summary" data-marks-total={counts.total}>
      <p class="dl-mark-counts" aria-label={t.marked}>
        {MARK_KINDS.map((k) => (
          <span key={k} class={`dl-mark-count dl-mark-${k}`} data-kind={k} data-count={counts[k]}>
            {markWord(k, lang)} <b>{counts[k]}</b>
          </span>
        ))}
      </p>
      {orphans.length > 0 && (
        <details class="dl-orphans" data-orphans={orphans.length} open>
          <summary>{t.orphans(orphans.length)}</summary>
          <ul>
            {orphans.map((m) => {
              const what = `${markWord(m.kind, lang)} · ${m.rule ?? ''} ${m.message ?? m.key}`;
              return (
                <li key={m.key} class="dl-orphan" data-key={m.key}>
                  <span class={`dl-mark-tag dl-mark-${m.kind}`}>{markWord(m.kind, lang)}</span> {m.date.slice(0, 10)} · {m.rule ?? ''}{' '}
                  {m.message ?? m.key}
                  {m.note ? ` — ${m.note}` : ''}{' '}
                  <button
                    type="button"
                    class="dl-link"
                    aria-label={t.dropOrphan(what)}
                    title={t.dropOrphan(what)}
                    onClick={() => onDropOrphan(m.key)}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </div>
  );
}
