// Classification lines that changed code between catalogue years (domain.md §A.5: align by code
// "after mapping renames/moves"). Renames keep their code and need no entry; each move here was
// seen in a real pair of documents whose narrative compares the two lines.
export interface CodeMove {
  from: string;
  to: string;
  year: number; // first catalogue year of the new code
  seen: string;
}

export const CODE_MOVES: CodeMove[] = [
  // 2019 narrative: 检察（款）检察监督(项) 1185.6 万元，比上年减少 709.4 万元 — 2018's 1895.00 under 2040405.
  { from: '2040405', to: '2040410', year: 2019, seen: 'js_jianchayuan 2018→2019: 公诉、审判、侦查、执行等检察监督支出 → 检察监督' },
];

/** The code a line of `priorYear` carries in `currentYear`'s catalogue. */
export function movedFrom(code: string, currentYear?: number): string | undefined {
  return CODE_MOVES.find((m) => m.to === code && (!currentYear || currentYear >= m.year))?.from;
}
