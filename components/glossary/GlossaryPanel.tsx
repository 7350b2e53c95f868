// The glossary section of the side panel: a look-up box whose hits show as cards, and the switch
// that turns term marking on and off.
import { useMemo, useState } from 'preact/hooks';
import type { Glossary } from '../../lib/glossary';
import { searchCards, type CardContext } from '../../lib/extension/glossary-marks';
import type { Lang } from '../../lib/rules';
import { TermCardView } from './TermCardView';
import { glossaryStrings } from './strings';

interface Props {
  glossary: Glossary;
  ctx: CardContext;
  lang: Lang;
  marking: boolean;
  onMarking: (on: boolean) => void;
  counts?: Map<string, number>;
  onPage?: (page: number) => void;
}

export function GlossaryPanel(p: Props) {
  const t = glossaryStrings(p.lang);
  const [query, setQuery] = useState('');
  const cards = useMemo(() => (query.trim() ? searchCards(p.glossary, query, p.ctx) : []), [query, p.ctx]);
  return (
    <section class="dl-glossary" aria-label={t.glossary}>
      <div class="dl-glossary-bar">
        <input
          type="text"
          role="searchbox"
          class="dl-glossary-search"
          aria-label={t.search}
          placeholder={t.searchPlaceholder}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <label class="dl-glossary-toggle">
          <input type="checkbox" checked={p.marking} onChange={(e) => p.onMarking((e.target as HTMLInputElement).checked)} /> {t.marking}
        </label>
      </div>
      {query.trim() && cards.length === 0 && <p class="dl-empty">{t.noHits}</p>}
      {cards.length > 0 && (
        <ul class="dl-glossary-hits">
          {cards.map((c) => (
            <li key={c.id}>
              <TermCardView card={c} lang={p.lang} count={p.counts?.get(c.id)} onPage={p.onPage} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
