/** @jsxImportSource preact */
// Tick and tie: the numbers the reader picked on the page, their exact sum, the picked total and the
// verdict with its rounding interval (lib/review/tick-tie.ts). The viewer owns the picks and passes
// callbacks; "keep" hands over the reader's own finding (rule R1) for the findings list and marks.
import type { Finding, Lang } from '../../lib/findings';
import { STATUS_WORD } from '../../lib/report/i18n';
import { tickTie, type Pick } from '../../lib/review/tick-tie';
import { reviewStrings } from './strings';

export interface TickTieProps {
  lang: Lang;
  parts: Pick[];
  total?: Pick;
  onRemove: (index: number) => void;
  onMakeTotal: (index: number) => void;
  onClear: () => void;
  onKeep: (finding: Finding) => void;
  /** The id the kept finding gets (unique in the report). */
  id?: string;
}

export function TickTie({ lang, parts, total, onRemove, onMakeTotal, onClear, onKeep, id }: TickTieProps) {
  const t = reviewStrings(lang);
  if (!parts.length && !total) {
    return (
      <section class="dl-ticktie" aria-label={t.tickTie}>
        <p class="dl-ticktie-empty">{t.none}</p>
      </section>
    );
  }
  const r = tickTie(parts, total, { lang, id });
  const f = r.finding;
  return (
    <section class="dl-ticktie" aria-label={t.tickTie} data-status={f.status}>
      <h3>{t.picked}</h3>
      <ol class="dl-ticktie-picks">
        {parts.map((p, i) => (
          <li key={`${p.page}:${p.bbox?.join(',') ?? i}`} data-pick={i}>
            <span class="dl-ticktie-num">{p.text.trim()}</span> <span class="dl-ticktie-page">{t.page(p.page)}</span>
            <button
              type="button"
              aria-label={t.makeTotal(p.text.trim())}
              title={t.makeTotal(p.text.trim())}
              data-action="total"
              onClick={() => onMakeTotal(i)}
            >
              Σ=
            </button>
            <button
              type="button"
              aria-label={t.remove(p.text.trim())}
              title={t.remove(p.text.trim())}
              data-action="remove"
              onClick={() => onRemove(i)}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <dl class="dl-ticktie-result">
        <dt>{t.sum}</dt>
        <dd data-sum>{r.sumText ?? '—'}</dd>
        <dt>{t.total}</dt>
        <dd data-total>{total ? `${total.text.trim()} · ${t.page(total.page)}` : t.noTotal}</dd>
        {f.tolerance && (
          <>
            <dt>{t.interval}</dt>
            <dd data-interval>{f.tolerance}</dd>
          </>
        )}
        {f.difference && (
          <>
            <dt>{t.difference}</dt>
            <dd data-difference>{f.difference}</dd>
          </>
        )}
      </dl>
      <p class={`dl-ticktie-verdict dl-status-${f.status}`} role="status" data-verdict={f.status}>
        <b>{STATUS_WORD[f.status][lang]}</b> {f.message}
      </p>
      <div class="dl-ticktie-actions">
        <button type="button" data-action="keep" onClick={() => onKeep(f)} disabled={!total}>
          {t.keep}
        </button>
        <button type="button" data-action="clear" onClick={onClear}>
          {t.clear}
        </button>
      </div>
    </section>
  );
}
