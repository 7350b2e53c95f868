// Classification lines that changed code between catalogue years (domain.md §A.5: align by code
// "after mapping renames/moves"). Renames keep their code and need no entry; each move here was
// seen in a real pair of documents.
export interface CodeMove {
  from: string;
  to: string;
  year: number; // first catalogue year of the new code
  seen: string;
}

export const CODE_MOVES: CodeMove[] = [
  // 2019 narrative: 检察（款）检察监督(项) 1185.6 万元，比上年减少 709.4 万元 — 2018's 1895.00 under 2040405.
  { from: '2040405', to: '2040410', year: 2019, seen: 'js_jianchayuan 2018→2019: 公诉、审判、侦查、执行等检察监督支出 → 检察监督' },
  // The 2018 部门预算支出经济分类 moved these 303 items into 301 (and gave 30307 another meaning).
  { from: '30311', to: '30113', year: 2018, seen: 'js_rendaban 2017→2018: 住房公积金 30311 → 30113' },
  { from: '30307', to: '30114', year: 2018, seen: 'js_rendaban 2017→2018: 医疗费 30307 → 30114 (30307 is 医疗费补助 from 2018)' },
];

/** Lines the 2018 economic reform folded into another line: reported as merged, never as a change. */
export const CODE_MERGES: CodeMove[] = [
  { from: '30312', to: '30102', year: 2018, seen: 'js_rendaban 2017→2018: 提租补贴 folded into 津贴补贴' },
];

/** Catalogue years from which economic codes (3xxxx) may mean something else than before. */
const ECONOMIC_REFORMS = [2018];

const crosses = (year: number, priorYear?: number, currentYear?: number) =>
  (!currentYear || currentYear >= year) && (!priorYear || priorYear < year);

/** The code a line of `priorYear` carries in `currentYear`'s catalogue. */
export function movedFrom(code: string, currentYear?: number, priorYear?: number): string | undefined {
  return CODE_MOVES.find((m) => m.to === code && crosses(m.year, priorYear, currentYear))?.from;
}

export function mergedInto(code: string, priorYear?: number, currentYear?: number): string | undefined {
  return CODE_MERGES.find((m) => m.from === code && crosses(m.year, priorYear, currentYear))?.to;
}

/** An economic code across a reform year: the same digits may name another item, so names must agree. */
export function codeMayHaveMoved(code: string, priorYear?: number, currentYear?: number): boolean {
  return (
    code.startsWith('3') &&
    priorYear !== undefined &&
    currentYear !== undefined &&
    ECONOMIC_REFORMS.some((y) => crosses(y, priorYear, currentYear))
  );
}
