// Y5: a stated change comes with its reason (templates require it; 持平 needs none).
import type { Rule } from './types';
import { quantityValue, textEvidence } from './support/anchor';
import type { Messages } from './support/message';

const MESSAGES: Messages = {
  pass: { zh: '{subject}的变动说明了原因：{reason}', en: '{subject}: the change is explained ("{reason}")' },
  warn: { zh: '{subject}的变动（{change}）未说明原因', en: '{subject}: the change ({change}) is not explained' },
};

const rule: Rule = {
  meta: {
    id: 'Y5',
    kind: 'soft',
    description: { zh: '所述增减变动应说明原因', en: 'A stated change is followed by its reason' },
    messages: MESSAGES,
  },
  check(ctx) {
    // The same change stated again (the summary repeated in a later section) was explained where first given.
    const explained = new Map<string, string>();
    const sameChange = (c: (typeof ctx.claims.changes)[number]) => `${c.delta?.amount.value ?? ''}|${c.percent?.amount.value ?? ''}`;
    return ctx.claims.changes
      .filter((c) => !c.flat && !c.zero)
      .map((c) => {
        if (c.reason) explained.set(sameChange(c), c.reason);
        else if (c.delta && explained.has(sameChange(c))) c = { ...c, reason: explained.get(sameChange(c)) };
        const s = ctx.claims.sentences[c.sentence];
        const data = {
          subject: c.subject || '—',
          reason: (c.reason ?? '').slice(0, 40),
          change: [c.deltaWord, c.delta?.amount.text, c.percent?.amount.text].filter(Boolean).join(' '),
        };
        return {
          rule: 'Y5',
          status: c.reason ? ('pass' as const) : ('warn' as const),
          messageId: c.reason ? 'pass' : 'warn',
          data: data,
          formula: '',
          values: [c.delta, c.percent].filter(Boolean).map((q) => quantityValue(ctx.doc, q!)),
          expected: null,
          actual: null,
          difference: null,
          tolerance: null,
          evidence: [textEvidence(ctx.doc, s.block, s.start, s.end)],
        };
      });
  },
};
export default rule;
