// Title, 单位 and 空表 note attachment: the lines printed just above (or below) a table.
import type { Table } from '../model';
import type { TableSettings } from './settings';
import { joinText, type Line } from './table-words';
import type { Trimmed } from './table-trim';

const UNIT = /(?:金额)?单位\s*[:：]\s*(万元|千元|百万元|亿元|元)/;
const EMPTY_NOTE =
  /此表为空|本表为空|为空表|(?<!是否|公开)空表(?!理由)|本表无数据|此表无数据|无相关数据|无相关收支|本部门无|[（(]无(?:政府性基金|国有资本|相关|数据|此项|该项)[^）)]{0,16}[）)]|无发生额|不涉及|如无数[字据]|无数据|本表无|此表无|本[单部]位无.{0,30}(?:收支|支出|收入|预算|经费|数据)|没有.{0,40}(?:收支|支出|收入|预算|经费|数据)/;
const TABLE_CODE =
  /^(?:(?:公开|预算|决算|部门|附)?\s*表\s*[0-9０-９一二三四五六七八九十]{1,3}(?:-\d{1,2})?|(?:公开|预算|决算|部门|附)\s*[0-9０-９]{1,3}(?:-\d{1,2})?\s*表|Table\s*\d+[.:]?)/i;
/** After the code line, a following line joins the title when it reads like one (or is an English continuation). */
const TITLE_CONTINUATION = /表|情况|明细|^[^\u4e00-\u9fff]*$/;
const TITLE_WORDS = /表\s*(?:[（(][^）)]*[）)])?$|^Table\b/i;
/** Title candidates longer than this are running text, not a title. */
const TITLE_MAX_CHARS = 60;
/** How many lines above a table are examined for its title. */
const TITLE_MAX_LINES = 4;

const lineText = (l: Line) => joinText(l.words.map((w) => w.text)).trim();

export const unitOf = (text: string): string => UNIT.exec(text.replace(/\s+/g, ''))?.[1] ?? '';
export const emptyNoteOf = (text: string): string => {
  const m = EMPTY_NOTE.exec(text.replace(/\s+/g, ''));
  return m ? text.trim() : '';
};

/** Lines naming the publisher or the unit only ("单位名称：…", "编制单位：…"): never the title. */
const META_LINE = /^(?:预算|编制|填报|主管)?(?:单位|部门)(?:名称)?\s*[:：]|^[[（(](?:In\b|单位)/;
const MAX_TITLE_JOINED_CHARS = 160;
/** A title line this short is the wrapped tail of the line above it. */
const WRAPPED_TAIL_MAX_CHARS = 3;

/** The title among the lines above a table (nearest first): from a "Table n"/"公开01表" line down, else the nearest 表 line. */
function titleFrom(above: string[]): string {
  const lines = above.map((t) => t.replace(/(?:金额)?单位\s*[:：]\s*\S+/, '').trim());
  const codeAt = lines.findIndex((t) => TABLE_CODE.test(t) && t.length <= MAX_TITLE_JOINED_CHARS);
  if (codeAt >= 0) {
    const parts = [
      lines[codeAt],
      ...lines
        .slice(0, codeAt)
        .reverse()
        .filter((t) => TITLE_CONTINUATION.test(t)),
    ].filter((t) => t && !META_LINE.test(t) && t.length <= MAX_TITLE_JOINED_CHARS);
    // A bare code ("公开表一") under its title line: the title is printed above the code.
    const aboveCode = lines[codeAt + 1];
    if (parts.length === 1 && aboveCode && TITLE_WORDS.test(aboveCode) && !TABLE_CODE.test(aboveCode)) parts.unshift(aboveCode);
    return parts.join(' ').slice(0, MAX_TITLE_JOINED_CHARS);
  }
  const at = lines.findIndex((t) => t && !META_LINE.test(t) && t.length <= TITLE_MAX_CHARS && TITLE_WORDS.test(t));
  if (at < 0) return '';
  // A title wrapped so that its last line is only "表" (or a few characters) continues the line above.
  const prevLine = lines[at + 1];
  if ([...lines[at]].length <= WRAPPED_TAIL_MAX_CHARS && prevLine && !META_LINE.test(prevLine)) return joinText([prevLine, lines[at]]);
  return lines[at];
}

/** Fills title, unit and emptyNote of each table from the free lines around it (tables top to bottom). */
export function attachTitles(tables: Table[], free: Line[], s: TableSettings, framed: Trimmed[] = []): void {
  tables.forEach((t, i) => {
    if (!t.bbox) return;
    const top = t.bbox[1],
      bottom = t.bbox[3];
    const ceiling = Math.max(
      top - s.titleMaxDistance,
      ...tables.slice(0, i).map((o) => (o.bbox && o.bbox[3] <= top ? o.bbox[3] : -Infinity)),
    );
    const above = free
      .filter((l) => l.bottom <= top + 1 && l.top >= ceiling)
      .sort((a, b) => b.top - a.top)
      .slice(0, TITLE_MAX_LINES);
    // Title rows printed inside the frame (nearest last) come before the free lines above it.
    const aboveText = [...[...(framed[i]?.above ?? [])].reverse(), ...above.map(lineText)];
    for (const text of aboveText) {
      if (!t.unit && unitOf(text)) t.unit = unitOf(text);
      if (!t.emptyNote && emptyNoteOf(text)) t.emptyNote = emptyNoteOf(text);
    }
    t.title = titleFrom(aboveText).replace(/\s+/g, ' ');
    // Some tables print their title inside the frame, as a first row with a single text cell.
    const firstRow = t.rows[0]?.filter((c) => c.text) ?? [];
    if (!t.title && firstRow.length === 1 && TITLE_WORDS.test(firstRow[0].text) && firstRow[0].text.length <= TITLE_MAX_CHARS)
      t.title = firstRow[0].text;
    const floor = tables[i + 1]?.bbox?.[1] ?? bottom + s.titleMaxDistance;
    for (const l of free.filter((l) => l.top >= bottom - 1 && l.top <= Math.min(floor, bottom + s.titleMaxDistance))) {
      const note = emptyNoteOf(lineText(l));
      if (note && !t.emptyNote) t.emptyNote = note;
    }
    for (const note of framed[i]?.below ?? []) if (!t.emptyNote && emptyNoteOf(note)) t.emptyNote = emptyNoteOf(note);
    for (const cell of t.rows.slice(0, 2).flat()) if (!t.unit && unitOf(cell.text)) t.unit = unitOf(cell.text);
    for (const cell of t.rows.flat()) if (!t.emptyNote && emptyNoteOf(cell.text)) t.emptyNote = emptyNoteOf(cell.text);
  });
}

/** Title lines printed at the foot of a page whose table starts on the next page. */
export interface TrailingTitle {
  title: string;
  unit: string;
}

/** A title without its table may sit in this bottom share of the page. */
const TRAILING_TITLE_BAND = 0.35;
/** Narrative lines that end in 表 but point at a table instead of naming it. */
const POINTER = /见|如下|下表|附表$/;
const PAGE_NUMBER = /^[-—–\s\d第页共/]+$/;

/** The title (and 单位) printed below the last table of a page, announcing a table on the next page. */
export function trailingTitle(tables: Table[], free: Line[], pageHeight: number): TrailingTitle | undefined {
  const lastBottom = Math.max(0, ...tables.map((t) => t.bbox?.[3] ?? 0));
  const lines = free
    .filter((l) => l.top >= lastBottom && l.top >= (1 - TRAILING_TITLE_BAND) * pageHeight)
    .sort((a, b) => b.top - a.top)
    .map(lineText)
    .filter((t) => !PAGE_NUMBER.test(t))
    .slice(0, TITLE_MAX_LINES);
  const title = titleFrom(lines).replace(/\s+/g, ' ');
  if (!title || POINTER.test(title)) return undefined;
  return { title, unit: lines.map(unitOf).find(Boolean) ?? '' };
}
