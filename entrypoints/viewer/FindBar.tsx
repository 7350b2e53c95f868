// Find in the document: the query, match case, whole word, the hit count, previous / next.
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../lib/rules';
import type { FindOptions } from '../../lib/extension';
import { strings } from '../../components/i18n';
import { readerStrings } from './strings';

interface Props {
  lang: Lang;
  query: string;
  onQuery: (q: string) => void;
  options: FindOptions;
  onOptions: (o: FindOptions) => void;
  matchCount: number;
  matchIndex: number;
  onStep: (delta: 1 | -1) => void;
}

export function FindBar(p: Props) {
  const t = strings(p.lang);
  const r = readerStrings(p.lang);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key === 'f') {
        e.preventDefault();
        ref.current?.focus();
        ref.current?.select();
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  const toggle = (key: keyof FindOptions, label: string, text: string) => (
    <button
      type="button"
      class={`dl-find-opt dl-find-${key}`}
      aria-pressed={!!p.options[key]}
      aria-label={label}
      title={label}
      onClick={() => p.onOptions({ ...p.options, [key]: !p.options[key] })}
    >
      {text}
    </button>
  );
  return (
    <span class="dl-find" role="search">
      <input
        ref={ref}
        type="search"
        placeholder={t.findPlaceholder}
        aria-label={t.find}
        title={`${t.find} (Ctrl+F)`}
        value={p.query}
        onInput={(e) => p.onQuery((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') p.onStep(e.shiftKey ? -1 : 1);
        }}
      />
      {toggle('matchCase', r.matchCase, 'Aa')}
      {toggle('wholeWord', r.wholeWord, '“ab”')}
      {p.query && (
        <span class="dl-find-count" aria-live="polite">
          {p.matchCount ? `${p.matchIndex + 1}/` : ''}
          {t.matches(p.matchCount)}
        </span>
      )}
      <button type="button" onClick={() => p.onStep(-1)} aria-label={t.findPrev} title={t.findPrev}>
        ↑
      </button>
      <button type="button" onClick={() => p.onStep(1)} aria-label={t.findNext} title={t.findNext}>
        ↓
      </button>
    </span>
  );
}
