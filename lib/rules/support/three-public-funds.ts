// A 三公 table whose every item splits by fund (深圳: 总计 | 因公出国(境)费 | 公务接待费 | 公务用车购置及运行维护费
// › 小计 | 购置费 | 运行维护费, each over 一般公共预算 | 政府性基金预算 | 国有资本经营预算), its rows the years
// (2025 年, 2026 年, 增减变化金额). For each fund: the item columns a total adds up.
import type { Column, TableView } from '../../tables';

export interface FundSums {
  fund: string;
  sums: [Column, Column[]][]; // total column, its part columns
}

const FUND = /^(一般公共预算|政府性基金预算?|国有资本经营预算?)(拨款)?$/;

export function threePublicFunds(view: TableView): FundSums[] {
  const amounts = view.columns.filter((c) => c.kind === 'amount' && c.path.length >= 2 && FUND.test(c.label));
  const funds = [...new Set(amounts.map((c) => c.label))];
  const out: FundSums[] = [];
  for (const fund of funds) {
    const of = amounts.filter((c) => c.label === fund);
    const one = (test: (path: string[]) => boolean) => {
      const hits = of.filter((c) => test(c.path));
      return hits.length === 1 ? hits[0] : undefined;
    };
    const total = one((p) => p.length === 2 && /^(总计|合计|“?三公”?经费合计)$/.test(p[0]));
    const trips = one((p) => p.length === 2 && /^因公出国/.test(p[0]));
    const hospitality = one((p) => p.length === 2 && /^公务接待费$/.test(p[0]));
    const vehicles = one((p) => p.length === 3 && /^公务用车/.test(p[0]) && /^小计$/.test(p[1]));
    const purchase = one((p) => p.length === 3 && /^公务用车/.test(p[0]) && /购置费$/.test(p[1]));
    const running = one((p) => p.length === 3 && /^公务用车/.test(p[0]) && /运行(维护)?费$/.test(p[1]));
    const sums: FundSums['sums'] = [];
    if (total && trips && hospitality && vehicles) sums.push([total, [trips, vehicles, hospitality]]);
    if (vehicles && purchase && running) sums.push([vehicles, [purchase, running]]);
    if (sums.length) out.push({ fund, sums });
  }
  return out;
}
