// T3: an item's headline amount ("住房公积金（01项）208.8万元") equals the amount the same paragraph
// says is arranged for the year ("2026年预算安排201.50万元").
import type { Quantity } from '../claims';
import type { Rule } from './types';
import type { FindingDraft } from './support/sum-finding';
import { compareSamePrinting } from './support/same-value';
import { quantityValue, textEvidence } from './support/anchor';
import type { Messages } from './support/message';
import { SAME_AT_COARSER } from './support/tolerances';

const MESSAGES: Messages = {
  pass: { zh: '{name}：标题金额 {head} 与“{label}” {arranged} 一致', en: '{name}: the headline {head} matches "{label}" {arranged}' },
  fail: {
    zh: '{name}：标题金额 {head} 与同段“{label}” {arranged} 不一致',
    en: '{name}: the headline {head} differs from "{label}" {arranged} in the same paragraph',
  },
};

const ARRANGED = /预算安排|预算数|安排/;

const rule: Rule = {
  meta: {
    id: 'T3',
    kind: 'hard',
    description: {
      zh: '分项说明的标题金额与同段所述本年预算安排数一致',
      en: "An item's headline amount equals the year's arrangement stated in the same paragraph",
    },
    messages: MESSAGES,
  },
  check(ctx) {
    const year = ctx.doc.info.year;
    if (!year) return [];
    const byBlock = new Map<number, Quantity[]>();
    for (const q of ctx.claims.quantities)
      if (q.amount.kind === 'money' && !q.changeWord) byBlock.set(q.block, [...(byBlock.get(q.block) ?? []), q]);
    const out: FindingDraft[] = [];
    for (const [block, qs] of byBlock) {
      if (ctx.doc.blocks[block].kind !== 'item') continue;
      const head = qs[0];
      const words = (q: Quantity) => ctx.doc.blocks[block].text.slice(Math.max(0, q.start - 12), q.start);
      const arranged = qs.slice(1).find((q) => words(q).includes(String(year)) && ARRANGED.test(words(q)));
      if (!arranged || head.label.includes(String(year - 1))) continue;
      // "…62.78万元，包括购置费37.38万元、运行维护费2026年预算数25.4万元": a part's arrangement, not the item's.
      if (/包括|其中|分别/.test(ctx.doc.blocks[block].text.slice(head.end, arranged.start))) continue;
      const ok = compareSamePrinting(head.amount, arranged.amount);
      const data = {
        name: head.label,
        head: head.amount.text,
        label: words(arranged).replace(/^.*[，。：]/, ''),
        arranged: arranged.amount.text,
      };
      const b = ctx.doc.blocks[block];
      out.push({
        rule: 'T3',
        status: ok ? 'pass' : 'fail',
        messageId: ok ? 'pass' : 'fail',
        data: data,
        formula: `${head.amount.value} = ${arranged.amount.value}`,
        values: [quantityValue(ctx.doc, head), quantityValue(ctx.doc, arranged)],
        expected: head.amount.text,
        actual: arranged.amount.text,
        difference: arranged.amount.value.minus(head.amount.value).toString(),
        tolerance: SAME_AT_COARSER,
        evidence: [textEvidence(ctx.doc, block, 0, b.text.length)],
      });
    }
    return out;
  },
};
export default rule;
