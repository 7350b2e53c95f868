// T1: "设置27个内设机构" followed by the enumerated units: the count matches the list.
import type { Rule } from './types';
import { quantityValue, textEvidence } from './support/anchor';
import type { Messages } from './support/message';
import { EXACT_COUNTS } from './support/tolerances';

const MESSAGES: Messages = {
  pass: { zh: '称有 {stated} 个{what}，其后列出 {n} 个，相符', en: '{stated} {what} are stated and {n} are listed' },
  fail: { zh: '称有 {stated} 个{what}，其后却列出 {n} 个', en: '{stated} {what} are stated, but {n} are listed' },
};

const rule: Rule = {
  meta: {
    id: 'T1',
    kind: 'hard',
    description: {
      zh: '所述数量（如内设机构个数）与其后逐项列出的数目一致',
      en: 'A stated count (e.g. of internal divisions) equals the number of items listed after it',
    },
    messages: MESSAGES,
  },
  check(ctx) {
    return ctx.claims.counts.map((c) => {
      const stated = c.stated.amount.value.toNumber();
      const ok = stated === c.items.length || stated === c.altCount;
      const n = ok && c.altCount === stated ? c.altCount : c.items.length;
      const s = ctx.claims.sentences[c.stated.sentence];
      const last = c.items.at(-1)!;
      return {
        rule: 'T1',
        status: ok ? ('pass' as const) : ('fail' as const),
        messageId: ok ? 'pass' : 'fail',
        data: { stated, what: c.what, n },
        formula: {
          zh: `${stated} = ${c.form === 'numbered' ? '编号列出的项数' : '以“、”分隔的项数'} = ${n}`,
          en: `${stated} = count(${c.form === 'numbered' ? 'numbered items' : '、-separated items'}) = ${n}`,
        },
        values: [quantityValue(ctx.doc, c.stated, c.what)],
        expected: String(stated),
        actual: String(n),
        difference: String(n - stated),
        tolerance: EXACT_COUNTS,
        evidence: [
          textEvidence(ctx.doc, s.block, s.start, s.end),
          textEvidence(ctx.doc, last.block, last.start, Math.min(last.end, last.start + 30)),
        ],
      };
    });
  },
};
export default rule;
