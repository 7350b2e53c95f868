// The library list's search box, filters (department, year, kind, has fails, has marks) and sort.
import type { Lang } from '../../lib/rules';
import type { DocKind } from '../../lib/model';
import { LIBRARY_SORTS, type LibraryQuery, type LibrarySort } from '../../lib/extension/library-list';
import { kindName, libraryStrings } from '../../components/library/strings';

interface Props {
  lang: Lang;
  query: LibraryQuery;
  onQuery: (q: LibraryQuery) => void;
  choices: { departments: string[]; years: number[]; kinds: DocKind[] };
  shown: number;
  all: number;
}

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

export function LibraryFilters({ lang, query: q, onQuery, choices, shown, all }: Props) {
  const t = libraryStrings(lang);
  const set = (patch: Partial<LibraryQuery>) => onQuery({ ...q, ...patch });
  return (
    <div class="dl-lib-filters" role="search" aria-label={t.filters}>
      <input
        type="search"
        class="dl-lib-search"
        aria-label={t.search}
        placeholder={`${t.search}: ${t.searchHint}`}
        value={q.text ?? ''}
        onInput={(e) => set({ text: value(e) })}
      />
      <select
        class="dl-lib-dept"
        aria-label={t.department}
        value={q.department ?? ''}
        onChange={(e) => set({ department: value(e) || undefined })}
      >
        <option value="">{t.allDepartments}</option>
        {choices.departments.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
      <select
        class="dl-lib-year"
        aria-label={t.year}
        value={q.year === undefined ? '' : String(q.year)}
        onChange={(e) => set({ year: value(e) ? Number(value(e)) : undefined })}
      >
        <option value="">{t.allYears}</option>
        {choices.years.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
      <select
        class="dl-lib-kind"
        aria-label={t.kind}
        value={q.kind ?? ''}
        onChange={(e) => set({ kind: (value(e) || undefined) as DocKind | undefined })}
      >
        <option value="">{t.allKinds}</option>
        {choices.kinds.map((k) => (
          <option key={k} value={k}>
            {kindName(lang, k)}
          </option>
        ))}
      </select>
      <label>
        <input
          type="checkbox"
          class="dl-lib-fails"
          checked={!!q.hasFails}
          onChange={(e) => set({ hasFails: (e.target as HTMLInputElement).checked })}
        />{' '}
        {t.hasFails}
      </label>
      <label>
        <input
          type="checkbox"
          class="dl-lib-marks"
          checked={!!q.hasMarks}
          onChange={(e) => set({ hasMarks: (e.target as HTMLInputElement).checked })}
        />{' '}
        {t.hasMarks}
      </label>
      <label>
        {t.sortBy}{' '}
        <select
          class="dl-lib-sort"
          aria-label={t.sortBy}
          value={q.sort ?? 'department'}
          onChange={(e) => set({ sort: value(e) as LibrarySort })}
        >
          {LIBRARY_SORTS.map((s) => (
            <option key={s} value={s}>
              {t.sorts[s]}
            </option>
          ))}
        </select>
      </label>
      <span class="dl-lib-shown" role="status">
        {t.shown(shown, all)}
      </span>
    </div>
  );
}
