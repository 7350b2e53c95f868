// One term's card: the term, its code path (类 › 款 › 项), the reference definition (with the
// English gloss in English), the document's own definition, and the pages where it appears.
import type { TermCard } from '../../lib/extension/glossary-marks';
import type { Lang } from '../../lib/rules';
import { glossaryStrings } from './strings';
import './glossary.css';

interface Props {
  card: TermCard;
  lang: Lang;
  /** Occurrences on a page without page numbers (HTML). */
  count?: number;
  onPage?: (page: number) => void;
}

export function TermCardView({ card, lang, count, onPage }: Props) {
  const t = glossaryStrings(lang);
  return (
    <div class="dl-term-card" data-entry={card.id}>
      <div class="dl-term-head">
        <strong class="dl-term-name">{card.term}</strong>
        {card.id.startsWith('code:') && <code class="dl-term-code">{card.id.slice(5)}</code>}
      </div>
      {card.codePath && (
        <p class="dl-term-path" aria-label={t.codePath}>
          {card.codePath.map((s, i) => (
            <span key={s.code}>
              {i > 0 && ' › '}
              <code>{s.code}</code> {s.name ?? '—'}
              <span class="dl-term-level">（{s.level}）</span>
            </span>
          ))}
        </p>
      )}
      <p class="dl-term-def">
        <span class="dl-term-label">{t.reference}</span>
        {lang === 'en' && (
          <span class="dl-term-en" lang="en">
            {card.en}{' '}
          </span>
        )}
        <span lang="zh-CN">{card.zh}</span>
      </p>
      {card.own && (
        <div class="dl-term-own">
          <span class="dl-term-label">{t.own(card.own.page)}</span>
          <span lang="zh-CN">
            {card.own.term}：{card.own.definition}
          </span>
          {card.own.notes.map((n, i) => (
            <p key={i} class="dl-term-note">
              ! {n[lang]}
            </p>
          ))}
        </div>
      )}
      {card.pages.length > 0 && (
        <p class="dl-term-pages">
          {t.pages}{' '}
          {card.pages.map((p, i) => (
            <span key={p}>
              {i > 0 && '、'}
              {onPage ? (
                <button type="button" class="dl-link" onClick={() => onPage(p)}>
                  {t.page(p)}
                </button>
              ) : (
                t.page(p)
              )}
            </span>
          ))}
        </p>
      )}
      {count != null && count > 0 && <p class="dl-term-pages">{t.occurrences(count)}</p>}
    </div>
  );
}
