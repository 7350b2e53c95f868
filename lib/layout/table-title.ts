// Title, 单位 and 空表 note attachment: the lines printed just above (or below) a table.
import type { Table } from '../model/types';
import type { TableSettings } from './settings';
import { joinText, type Line } from './table-words';

const UNIT = /(?:金额)?单位\s*[:：]\s*(万元|千元|百万元|亿元|元)/;
const EMPTY_NOTE = /此表为空|本表为空|空表|本表无数据|此表无数据|无相关数据|本[单部]位无.{0,30}(?:收支|支出|收入|预算|经费|数据)|没有.{0,40}(?:收支|支出|收入|预算|经费|数据)/;
const TABLE_CODE = /^(?:(?:公开|预算|决算|部门|附)?\s*表\s*[0-9０-９一二三四五六七八九十]{1,3}(?:-\d{1,2})?|(?:公开|预算|决算|部门|附)\s*[0-9０-９]{1,3}(?:-\d{1,2})?\s*表|Table\s*\d+[.:]?)/i;
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
const META_LINE = /^(?:预算|编制|填报|主管)?(?:单位|部门)(?:名称)?\s*[:：]|^(?:\[|（|\()?(?:In|单位)/;
const MAX_TITLE_JOINED_CHARS = 160;

/** The title among the lines above a table (nearest first): from a "Table n"/"公开01表" line down, else the nearest 表 line. */
function titleFrom(above: string[]): string {
  const lines = above.map((t) => t.replace(/(?:金额)?单位\s*[:：]\s*\S+/, '').trim());
  const codeAt = lines.findIndex((t) => TABLE_CODE.test(t) && t.length <= MAX_TITLE_JOINED_CHARS);
  if (codeAt >= 0) {
    const parts = [lines[codeAt], ...lines.slice(0, codeAt).reverse().filter((t) => TITLE_CONTINUATION.test(t))]
      .filter((t) => t && !META_LINE.test(t) && t.length <= MAX_TITLE_JOINED_CHARS);
    return parts.join(' ').slice(0, MAX_TITLE_JOINED_CHARS);
  }
  const named = lines.find((t) => t && !META_LINE.test(t) && t.length <= TITLE_MAX_CHARS && TITLE_WORDS.test(t));
  return named ?? '';
}

/** Fills title, unit and emptyNote of each table from the free lines around it (tables top to bottom). */
export function attachTitles(tables: Table[], free: Line[], s: TableSettings, framed: string[][] = []): void {
  tables.forEach((t, i) => {
    if (!t.bbox) return;
    const top = t.bbox[1], bottom = t.bbox[3];
    const ceiling = Math.max(top - s.titleMaxDistance, ...tables.slice(0, i).map((o) => (o.bbox && o.bbox[3] <= top ? o.bbox[3] : -Infinity)));
    const above = free.filter((l) => l.bottom <= top + 1 && l.top >= ceiling).sort((a, b) => b.top - a.top).slice(0, TITLE_MAX_LINES);
    // Title rows printed inside the frame (nearest last) come before the free lines above it.
    const aboveText = [...[...(framed[i] ?? [])].reverse(), ...above.map(lineText)];
    for (const text of aboveText) {
      if (!t.unit && unitOf(text)) t.unit = unitOf(text);
      if (!t.emptyNote && emptyNoteOf(text)) t.emptyNote = emptyNoteOf(text);
    }
    t.title = titleFrom(aboveText).replace(/\s+/g, ' ');
    // Some tables print their title inside the frame, as a first row with a single text cell.
    const firstRow = t.rows[0]?.filter((c) => c.text) ?? [];
    if (!t.title && firstRow.length === 1 && TITLE_WORDS.test(firstRow[0].text) && firstRow[0].text.length <= TITLE_MAX_CHARS) t.title = firstRow[0].text;
    const floor = tables[i + 1]?.bbox?.[1] ?? bottom + s.titleMaxDistance;
    for (const l of free.filter((l) => l.top >= bottom - 1 && l.top <= Math.min(floor, bottom + s.titleMaxDistance))) {
      const note = emptyNoteOf(lineText(l));
      if (note && !t.emptyNote) t.emptyNote = note;
    }
    for (const cell of t.rows.slice(0, 2).flat()) if (!t.unit && unitOf(cell.text)) t.unit = unitOf(cell.text);
    for (const cell of t.rows.flat()) if (!t.emptyNote && emptyNoteOf(cell.text)) t.emptyNote = emptyNoteOf(cell.text);
  });
}
