/** @jsxImportSource preact */
// A reader's mark on one finding: 已核实 / 误报 / 已问询 as toggle buttons, and an optional note.
// Stateless about storage: the viewer saves what onChange hands it (components/library/marks-db.ts).
import { useEffect, useState } from 'preact/hooks';
import { MARK_KINDS, type Lang, type Mark, type MarkKind } from '../../lib/findings';
import { markWord, reviewStrings } from './strings';

export interface MarkControlsProps {
  lang: Lang;
  mark?: Mark;
  /** The new mark, or undefined when the reader removed it. */
  onChange: (mark: Mark | undefined) => void;
  /** Today's date (ISO); injectable for tests. */
  now?: () => string;
}

export function MarkControls({ lang, mark, onChange, now = () => new Date().toISOString() }: MarkControlsProps) {
  const t = reviewStrings(lang);
  const [note, setNote] = useState(mark?.note ?? '');
  useEffect(() => setNote(mark?.note ?? ''), [mark?.note, mark?.kind]);
  const pick = (kind: MarkKind) =>
    onChange(mark?.kind === kind ? undefined : { kind, date: now(), ...(note.trim() ? { note: note.trim() } : {}) });
  const saveNote = () => {
    if (mark && note.trim() !== (mark.note ?? ''))
      onChange({ kind: mark.kind, date: mark.date, ...(note.trim() ? { note: note.trim() } : {}) });
  };
  return (
    <div class="dl-mark-controls" role="group" aria-label={t.marks} data-mark={mark?.kind ?? ''}>
      {MARK_KINDS.map((kind) => {
        const on = mark?.kind === kind;
        const word = markWord(kind, lang);
        return (
          <button
            type="button"
            class={`dl-mark dl-mark-${kind}${on ? ' dl-on' : ''}`}
            aria-pressed={on}
            aria-label={on ? t.unmark(word) : t.markAs(word)}
            title={on ? t.unmark(word) : t.markAs(word)}
            data-kind={kind}
            onClick={() => pick(kind)}
          >
            {word}
          </button>
        );
      })}
      {mark && (
        <>
          <input
            class="dl-mark-note"
            type="text"
            value={note}
            placeholder={t.note}
            aria-label={t.noteLabel}
            onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)}
            onBlur={saveNote}
            onKeyDown={(e) => e.key === 'Enter' && saveNote()}
          />
          <span class="dl-mark-date">{t.markedOn(mark.date.slice(0, 10))}</span>
        </>
      )}
    </div>
  );
}
