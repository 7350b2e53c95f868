// T2: a quantity named the same way in several places is printed the same way (179.80 = 179.8).
import type { Rule } from './types';
import { compareSamePrinting } from './support/same-value';
import { quantityValue, textEvidence } from './support/anchor';
import type { Messages } from './support/message';
import { SAME_AT_COARSER } from './support/tolerances';

const MESSAGES: Messages = {
  pass: { zh: '“{label}”在 {n} 处出现，数额一致（{texts}）', en: '"{label}" appears {n} times with the same amount ({texts})' },
  warn: {
    zh: '“{label}”在 {n} 处出现，数额不一致（{texts}），请核对是否指同一数额',
    en: '"{label}" appears {n} times with different amounts ({texts}); check whether they mean the same thing',
  },
};

const YEAR = /20\d{2}/g;
const MAX_DISTINCT = 2;

const rule: Rule = {
  meta: {
    id: 'T2',
    kind: 'soft',
    description: { zh: '同一名称的数额多次出现时应一致', en: 'An amount named the same way in several places is the same amount' },
    messages: MESSAGES,
  },
  check(ctx) {
    return ctx.claims.repeats.flatMap((g) => {
      // Different years named in the labels mean different quantities.
      const byYear = new Map<string, typeof g.quantities>();
      for (const q of g.quantities) {
        const y = (q.label.match(YEAR) ?? []).join(',');
        byYear.set(y, [...(byYear.get(y) ?? []), q]);
      }
      // A name carried by many different amounts ("2025年当年预算执行数" under each item) is a
      // template phrase, not one quantity.
      return [...byYear.values()]
        .filter(
          (qs) => new Set(qs.map((q) => q.sentence)).size > 1 && new Set(qs.map((q) => q.amount.value.toString())).size <= MAX_DISTINCT,
        )
        .map((qs) => {
          const first = qs[0];
          const ok = qs.every((q) => compareSamePrinting(q.amount, first.amount));
          const texts = qs.map((q) => q.amount.text).join(' / ');
          return {
            rule: 'T2',
            status: ok ? ('pass' as const) : ('warn' as const),
            messageId: ok ? 'pass' : 'warn',
            data: { label: first.label, n: qs.length, texts },
            formula: qs.map((q) => q.amount.value.toString()).join(' = '),
            values: qs.map((q) => quantityValue(ctx.doc, q)),
            expected: first.amount.text,
            actual: texts,
            difference: null,
            tolerance: SAME_AT_COARSER,
            evidence: qs.map((q) => {
              const s = ctx.claims.sentences[q.sentence];
              return textEvidence(ctx.doc, s.block, s.start, s.end);
            }),
          };
        });
    });
  },
};
export default rule;
