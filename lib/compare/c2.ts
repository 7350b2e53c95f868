// C2 (domain.md §A.6): this year's 年初结转和结余 = last year's 年末结转和结余, in total and fund by fund.
import { DEFAULT_TOLERANCE } from '../amount';
import type { DisclosureDocument } from '../model';
import { C2_MESSAGES } from '../rules';
import { tableViews, type TableView } from '../tables';
import { equalFinding, type CheckInput, type FindingDraft, type CellAt } from './checks';
import { normName } from './items';

export const OPENING = /^年初(财政拨款)?结转和?结余$/;
export const CLOSING = /^年末(财政拨款)?结转和?结余$/;
const FUNDS: [RegExp, string][] = [
  [/^一般公共预算/, '一般公共预算'],
  [/^政府性基金/, '政府性基金'],
  [/^国有资本经营/, '国有资本经营'],
];
const fundOf = (text: string) => FUNDS.find(([re]) => re.test(normName(text)))?.[1];
const WORDS = /[\u4e00-\u9fff]/;
/** A column's lowest header in words (under it a 栏次 row may number the columns 1, 2, 3). */
const columnWords = (view: TableView, col: number) => (view.columns[col]?.path ?? []).filter((p) => WORDS.test(p)).at(-1);
const columnFund = (view: TableView, col: number) => {
  const words = columnWords(view, col);
  return words ? fundOf(words) : undefined;
};

/**
 * The carry-over lines of the 收支总表 and 财政拨款收支总表, found by their words wherever they sit
 * (收入 | 支出 side by side, a 行次 column between name and amount): the total on the heading's row,
 * a fund's figure either in a fund column of that row (年末 … | 合计 | 一般公共预算 | 政府性基金) or on
 * a fund line below it (年初 … / 一、一般公共预算财政拨款 / 二、政府性基金…). Keyed "<role>:<fund|合计>";
 * a blank cell is left out: printed nothing is not a 0 we can compare.
 */
export function carryLines(doc: DisclosureDocument, heading: RegExp): Map<string, CellAt> {
  const out = new Map<string, CellAt>();
  for (const view of tableViews(doc)) {
    if (view.role !== 'summary' && view.role !== 'fiscal-summary') continue;
    const text = (r: number, c: number) => (view.table.rows[view.rows[r].index]?.[c]?.text ?? '').trim();
    const put = (fund: string, r: number, col: number, name: string) => {
      const key = `${view.role}:${fund}`;
      const row = view.rows[r];
      if (!out.has(key) && row.values[col])
        out.set(key, { doc, view, row, col, label: [name, columnWords(view, col)].filter(Boolean).join(' · ') });
    };
    view.rows.forEach((row, r) => {
      view.table.rows[row.index]?.forEach((cell, c) => {
        if (!heading.test(normName(cell.text ?? ''))) return;
        const name = normName(cell.text);
        // The row's first amount is its total unless headed by a fund; fund columns may follow.
        let total = false;
        for (const col of amountsRightOf(view, r, c, text)) {
          const fund = columnFund(view, col);
          if (fund) put(fund, r, col, name);
          else if (!total && !row.values[col]) continue;
          else if (!total) (put('合计', r, col, name), (total = true));
          else break;
        }
        // Fund lines below the heading, in the same name column, until a line that is no fund.
        for (let k = r + 1; k < view.rows.length; k++) {
          const below = text(k, c);
          if (!below) continue;
          const fund = fundOf(below);
          if (!fund) break;
          const col = amountsRightOf(view, k, c, text)[0];
          if (col !== undefined) put(fund, k, col, `${name} · ${normName(below)}`);
        }
      });
    });
  }
  return out;
}

/** The amount columns to the right of a name cell, up to the next cell that holds words (the other side). */
function amountsRightOf(view: TableView, r: number, c: number, text: (r: number, c: number) => string): number[] {
  const out: number[] = [];
  for (const column of view.columns) {
    if (column.index <= c) continue;
    if (WORDS.test(text(r, column.index))) break;
    if (column.kind === 'amount') out.push(column.index);
  }
  return out;
}

export function checkC2(input: CheckInput): FindingDraft[] {
  const tol = input.tolerance ?? DEFAULT_TOLERANCE;
  const opening = carryLines(input.current, OPENING);
  const closing = carryLines(input.prior, CLOSING);
  const out: FindingDraft[] = [];
  for (const [key, cur] of opening) {
    const prev = closing.get(key);
    if (!prev) continue;
    const fund = `${cur.view.table.title.replace(/^表\S*\s*/, '')}·${key.split(':')[1]}`;
    out.push(equalFinding('C2', C2_MESSAGES, input.lang, { fund }, prev, cur, tol));
  }
  return out;
}
