// Coverage-style ratios: "应编制…1个，实际编制…1个，…覆盖率…为100%".
import type { Sentence } from '../model';
import { inSentence, type Quantity } from './quantities';

export interface RatioClaim {
  sentence: number;
  numerator: Quantity;
  denominator: Quantity;
  percent: Quantity;
  name: string; // "覆盖率"
}

const RATE = /(覆盖率|编制率|完成率|执行率)/;
const REQUIRED = /应(当)?编制|应编|计划/;
const ACTUAL = /实际编制|实际|已编制/;

export function collectRatios(sentences: Sentence[], quantities: Quantity[]): RatioClaim[] {
  const out: RatioClaim[] = [];
  sentences.forEach((s, si) => {
    const rate = RATE.exec(s.text);
    if (!rate) return;
    const qs = inSentence(quantities, si);
    const percent = qs.find((q) => q.amount.kind === 'percent' && q.amount.start > rate.index!);
    const counts = qs.filter((q) => q.amount.kind === 'count');
    const denominator = counts.find((q) => REQUIRED.test(q.label));
    const numerator = counts.find((q) => ACTUAL.test(q.label) && q !== denominator);
    if (percent && numerator && denominator) out.push({ sentence: si, numerator, denominator, percent, name: rate[1] });
  });
  return out;
}
