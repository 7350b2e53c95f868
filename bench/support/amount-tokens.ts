// Amount tokens of `pdftotext -layout` pages vs the amounts read into table cells (bench/coverage.ts).
// An amount token: a number with decimals or thousands separators (years, codes, 栏次 and page
// numbers are not amounts). A *prose* token is one of the narrative's sentences, not of a table:
// followed by its unit ("13649.07 万元", "增长 6.59%") or on a line with sentence punctuation (，。).
// Version 1 of the figure counted prose tokens too, on every page with ≥ 3 lines of ≥ 2 tokens —
// narrative pages that hold no table; version 2 counts table tokens only (see `classify`).
import type { DisclosureDocument } from '../../lib/model/types';
import { buildView } from '../../lib/tables';

const AMOUNT = /-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+\.\d+/g;
const UNIT_AFTER = /^\s?(?:万\s?元|元|亿|%|％|个百分点)/;
const SENTENCE = /[，。]/;
const NOT_MONEY_TABLE = /绩效|目标表|指标/; // as lib/tables tableViews

export const tokens = (s: string): string[] => s.match(AMOUNT) ?? [];

export interface LineToken {
  token: string;
  prose: boolean;
  line: string;
}

/** The amount tokens of one pdftotext line, each marked prose or not. */
export function lineTokens(line: string): LineToken[] {
  const sentence = SENTENCE.test(line);
  return [...line.matchAll(AMOUNT)].map((m) => ({
    token: m[0],
    prose: sentence || UNIT_AFTER.test(line.slice(m.index! + m[0].length)),
    line,
  }));
}

/**
 * Per page, the amount tokens a document's tables hold: v1 the cell texts' own tokens; v2 what the
 * engine reads (`buildView`): an amount column's cells as read — letter-spaced digits, amounts wrapped
 * in a narrow cell, a glyph bled into the next column put back — and every other cell's own tokens.
 */
/** A page's cell tokens; `glued`: amounts printed inside a label cell ("…支出18803323.32"), not in an amount cell. */
export interface PageCells {
  v1: string[];
  v2: string[];
  glued: string[];
}

export function cellTokensByPage(doc: DisclosureDocument): Map<number, PageCells> {
  const out = new Map<number, PageCells>();
  const add = (page: number, v1: string[], v2: string[], glued: string[] = []) => {
    const e = out.get(page) ?? { v1: [], v2: [], glued: [] };
    e.v1.push(...v1);
    e.v2.push(...v2);
    e.glued.push(...glued);
    out.set(page, e);
  };
  for (const t of doc.tables) {
    const view = buildView(t);
    const money = !NOT_MONEY_TABLE.test(t.title); // a 绩效目标表's indicators ("数量≥1,600 人") are text
    const read = new Map(view.rows.map((r) => [r.index, r.values]));
    t.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        const value = view.columns[col]?.kind === 'amount' ? read.get(r)?.[col] : undefined;
        const own = tokens(c.text);
        const label = money && view.columns[col]?.kind !== 'amount' && r >= view.header && /[\u4e00-\u9fff]/.test(c.text);
        if (label) add(c.page ?? t.page, own, [], own);
        else add(c.page ?? t.page, own, value ? tokens(value.text.replace(/\s+/g, '')).slice(0, 1) : own);
      }),
    );
    for (const h of t.repeatedHeaders ?? [])
      for (const row of h.rows) for (const c of row) add(c.page ?? h.page, tokens(c.text), tokens(c.text));
  }
  return out;
}

export type Miss =
  | 'prose-page' // narrative on a page without a table: not a table amount (artefact of v1)
  | 'prose-beside-table' // narrative on a page that holds a table (a note, the text around it): artefact of v1
  | 'pdftotext-wrap' // pdftotext printed a wrapped cell as two tokens ("174,900" + ".64"); the cell holds the whole (a hit)
  | 'glued-to-label' // the amount is read as part of a label cell's text, not into an amount cell
  | 'no-table' // a table-like line on a page where no table was detected
  | 'outside-table' // a table-like line on a table page, outside every detected table
  | 'not-in-cell'; // a table-like line inside a detected table's rows whose token is in no cell

/** Per page: which reference tokens the cells hold, and why each other one is missing. */
export function classify(
  pageText: string,
  cells: PageCells,
  hasTable: boolean,
  blockText: string,
): { hit: number; ref: number; hitV1: number; refV1: number; misses: { kind: Miss; token: string; line: string }[] } {
  const all = pageText.split('\n').flatMap(lineTokens);
  const tabular = pageText.split('\n').filter((l) => lineTokens(l).filter((t) => !t.prose).length >= 2).length >= 3;
  const tabularV1 = pageText.split('\n').filter((l) => tokens(l).length >= 2).length >= 3;
  const counts = new Map<string, number>();
  for (const t of cells.v2) counts.set(t, (counts.get(t) ?? 0) + 1);
  // v1: raw multiset recall of every token on the page against the cell texts' own tokens.
  let hitV1 = 0,
    refV1 = 0;
  if (hasTable || tabularV1) {
    const v1 = new Map<string, number>();
    for (const t of cells.v1) v1.set(t, (v1.get(t) ?? 0) + 1);
    for (const { token } of all) {
      refV1++;
      const k = v1.get(token) ?? 0;
      if (k > 0) {
        hitV1++;
        v1.set(token, k - 1);
      }
    }
  }
  let hit = 0,
    ref = 0;
  const misses: { kind: Miss; token: string; line: string }[] = [];
  if (!hasTable && !tabular && !tabularV1) return { hit, ref, hitV1, refV1, misses };
  const unmatched: LineToken[] = [];
  for (const t of all) {
    const k = counts.get(t.token) ?? 0;
    if (!t.prose && k > 0) {
      counts.set(t.token, k - 1);
      hit++;
      ref++;
    } else unmatched.push(t);
  }
  for (const t of unmatched) {
    if (t.prose) {
      // A prose token also printed in a cell is still the narrative's: it counts for neither side.
      misses.push({ kind: hasTable ? 'prose-beside-table' : 'prose-page', token: t.token, line: t.line });
      continue;
    }
    if (!hasTable && !tabular) continue;
    // pdftotext broke a wrapped cell: "1682.7" then "6" below, "174,900" then ".64".
    const wrapped = [...counts.entries()].find(
      ([c, k]) => k > 0 && c.length > t.token.length && c.startsWith(t.token) && /^\.?\d+$/.test(c.slice(t.token.length)),
    );
    if (wrapped) {
      counts.set(wrapped[0], wrapped[1] - 1);
      hit++;
      ref++;
      misses.push({ kind: 'pdftotext-wrap', token: t.token, line: t.line });
      continue;
    }
    ref++;
    const g = cells.glued.indexOf(t.token);
    if (g >= 0) {
      cells.glued.splice(g, 1);
      misses.push({ kind: 'glued-to-label', token: t.token, line: t.line });
      continue;
    }
    const kind = !hasTable ? 'no-table' : blockText.includes(t.token) ? 'outside-table' : 'not-in-cell';
    misses.push({ kind, token: t.token, line: t.line });
  }
  return { hit, ref, hitV1, refV1, misses };
}
