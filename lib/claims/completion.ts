// Budget execution: "年初预算为X万元，支出决算为Y万元，完成年初预算的Z%", "决算数大于预算数".
import type { Sentence } from '../model';
import { inSentence, type Quantity } from './quantities';

export interface CompletionClaim {
  sentence: number;
  budget?: Quantity;
  actual?: Quantity;
  percent?: Quantity;
  /** 大于 / 小于 / 等于 / 持平 as printed in "决算数大于预算数". */
  comparison?: { word: 'greater' | 'less' | 'equal'; text: string };
}

const COMPLETE = /完成(?:了)?(?:年初|全年|调整)?预算(?:数)?的?$/;
const COMPARE = /决算数?(?:[^，。；]{0,6})?(大于|高于|超过|小于|低于|等于|持平|与预算数持平)(?:[^，。；]{0,4})?预算数?/;
const BUDGET_LABEL = /预算|年初|全年|调整/;
const ACTUAL_LABEL = /决算|实际|执行/;

export function collectCompletions(sentences: Sentence[], quantities: Quantity[]): CompletionClaim[] {
  const out: CompletionClaim[] = [];
  sentences.forEach((s, si) => {
    const qs = inSentence(quantities, si);
    const percent = qs.find(
      (q) => q.amount.kind === 'percent' && COMPLETE.test(s.text.slice(Math.max(0, q.amount.start - 16), q.amount.start)),
    );
    const cmp = COMPARE.exec(s.text);
    if (!percent && !cmp) return;
    let money = qs.filter((q) => q.amount.kind === 'money' && !q.changeWord);
    // "年初预算为X万元，支出决算为Y万元。决算数小于预算数的主要原因…": the figures are in the sentence before.
    if (!money.length && cmp && si > 0 && sentences[si - 1].block >= s.block - 1) {
      money = inSentence(quantities, si - 1).filter((q) => q.amount.kind === 'money' && !q.changeWord);
    }
    const budgets = money.filter((q) => BUDGET_LABEL.test(q.label) && !ACTUAL_LABEL.test(q.label));
    // "年初预算为0万元，全年预算为321.02万元": with no initial budget the comparison is with the full-year one.
    const budget = budgets.find((q) => !q.amount.value.isZero()) ?? budgets[0];
    const actual = money.find((q) => ACTUAL_LABEL.test(q.label));
    let comparison: CompletionClaim['comparison'];
    if (cmp) {
      const w = cmp[1];
      comparison = { word: /大于|高于|超过/.test(w) ? 'greater' : /小于|低于/.test(w) ? 'less' : 'equal', text: cmp[0] };
    }
    out.push({ sentence: si, budget, actual, percent, comparison });
  });
  return out;
}
