// Shares: "一般公共服务支出300万元，占一般公共预算支出的15.2%".
import type { Sentence } from '../model';
import { inSentence, labelKey, type Quantity } from './quantities';

export interface ShareClaim {
  sentence: number;
  part?: Quantity; // the amount whose share is stated
  percent: Quantity;
  /** The denominator as named in the sentence ("一般公共预算支出"), "" when implied. */
  of: string;
  ofKey: string;
}

const SHARE = /占(?:比)?(?:([^，,。；%]{1,30}?)的?(?:比重|比例)?(?:为)?)?$/;

export function collectShares(sentences: Sentence[], quantities: Quantity[]): ShareClaim[] {
  const out: ShareClaim[] = [];
  for (const q of quantities) {
    if (q.amount.kind !== 'percent') continue;
    const s = sentences[q.sentence];
    const before = s.text.slice(Math.max(0, q.amount.start - 34), q.amount.start);
    const m = SHARE.exec(before);
    if (!m) continue;
    const of = (m[1] ?? '').replace(/的$/, '').replace(/^[“"]|[”"]$/g, '');
    const part = inSentence(quantities, q.sentence)
      .filter((p) => p.end <= q.start && p.amount.kind === 'money' && !p.changeWord)
      .at(-1);
    out.push({ sentence: q.sentence, part, percent: q, of, ofKey: labelKey(of) });
  }
  return out;
}
