// The library page's list (pure part): search, filters and sort over the stored entries, the
// file-name column, and where a year-over-year row's page of the prior document opens.
import type { DocKind } from '../model';
import type { LibraryMeta } from './library';
import { documentName, viewerHref } from './viewer-url';

export type LibrarySort = 'department' | 'year' | 'checked' | 'fails';
export const LIBRARY_SORTS: readonly LibrarySort[] = ['department', 'year', 'checked', 'fails'];

export interface LibraryQuery {
  /** Words to find in the department, file name, address, year or the caller's words for the
   *  entry (e.g. its kind's name; all must occur). */
  text?: string;
  /** Exact department as stored (the filter's choices are the stored ones). */
  department?: string;
  year?: number;
  kind?: DocKind;
  /** Only entries with at least one `fail`. */
  hasFails?: boolean;
  /** Only entries the reader marked at least one finding of. */
  hasMarks?: boolean;
  sort?: LibrarySort;
}

/** The document's file name: the last segment of its address, else the name it was stored under. */
export function fileNameOf(e: Pick<LibraryMeta, 'sourceUrl' | 'sourceName'>): string {
  return e.sourceUrl ? documentName(e.sourceUrl, e.sourceName) : e.sourceName;
}

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '');

function haystack(e: LibraryMeta, words: (e: LibraryMeta) => string): string {
  return fold([e.department ?? '', fileNameOf(e), e.sourceName, e.sourceUrl ?? '', e.year ?? '', words(e)].join('\n'));
}

const byDepartment = (a: LibraryMeta, b: LibraryMeta) =>
  (a.department ?? '').localeCompare(b.department ?? '', 'zh') || (b.year ?? 0) - (a.year ?? 0) || a.kind.localeCompare(b.kind);

const SORTS: Record<LibrarySort, (a: LibraryMeta, b: LibraryMeta) => number> = {
  department: byDepartment,
  year: (a, b) => (b.year ?? 0) - (a.year ?? 0) || byDepartment(a, b),
  checked: (a, b) => b.checkedAt.localeCompare(a.checkedAt) || byDepartment(a, b),
  fails: (a, b) => (b.summary.fail ?? 0) - (a.summary.fail ?? 0) || (b.summary.warn ?? 0) - (a.summary.warn ?? 0) || byDepartment(a, b),
};

/** The entries the query lets through, in its order (department by default). `marks`: how many
 *  marks each entry key has; `words`: more text the search finds an entry by (its kind's name). */
export function queryEntries<T extends LibraryMeta>(
  entries: T[],
  q: LibraryQuery,
  marks: ReadonlyMap<string, number> = new Map(),
  words: (e: LibraryMeta) => string = () => '',
): T[] {
  const terms = (q.text ?? '')
    .split(/[\s\u3000]+/)
    .map(fold)
    .filter(Boolean);
  return entries
    .filter(
      (e) =>
        (q.department === undefined || e.department === q.department) &&
        (q.year === undefined || e.year === q.year) &&
        (q.kind === undefined || e.kind === q.kind) &&
        (!q.hasFails || (e.summary.fail ?? 0) > 0) &&
        (!q.hasMarks || (marks.get(e.key) ?? 0) > 0) &&
        (!terms.length || terms.every((w) => haystack(e, words).includes(w))),
    )
    .sort(SORTS[q.sort ?? 'department']);
}

/** The choices of the department, year and kind filters: the values stored, sorted. */
export function filterChoices(entries: LibraryMeta[]): { departments: string[]; years: number[]; kinds: DocKind[] } {
  const departments = [...new Set(entries.map((e) => e.department).filter((d): d is string => !!d))].sort((a, b) =>
    a.localeCompare(b, 'zh'),
  );
  const years = [...new Set(entries.map((e) => e.year).filter((y): y is number => y !== undefined))].sort((a, b) => b - a);
  const kinds = [...new Set(entries.map((e) => e.kind))].sort();
  return { departments, years, kinds };
}

/** Where page `page` of a stored document opens: its kept PDF in the viewer, else its address in
 *  the viewer (with the session's launch key, as the library's own links carry it); a web page
 *  opens at its address. Null when there is nothing to open. */
export function entryPageHref(viewerBase: string, e: LibraryMeta, page: number | null, launchKey?: string): string | null {
  const at = page ? `#page=${page}` : '';
  if (e.format === 'html') return e.sourceUrl ?? null;
  if (e.hasBytes) return `${viewerBase}?library=${encodeURIComponent(e.key)}${at}`;
  return e.sourceUrl ? viewerHref(viewerBase, `${e.sourceUrl.replace(/#.*$/, '')}${at}`, launchKey) : null;
}
