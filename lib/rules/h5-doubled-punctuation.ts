// H5: doubled punctuation (。。 ，， 、、 ；；) and clashing pairs (，。).
import type { Rule } from './types';
import type { FindingDraft } from './support/sum-finding';
import { textFinding } from './support/text-finding';
import type { Messages } from './support/message';

const MESSAGES: Messages = {
  warn: { zh: '标点重复：“{text}”', en: 'Doubled punctuation: "{text}"' },
};

const DOUBLED = /([。，、；：！？])\1+|[，、；：][。！？]|[。][，、；]/g;

const rule: Rule = {
  meta: {
    id: 'H5',
    kind: 'hygiene',
    description: { zh: '标点重复或冲突（。。、，。）', en: 'Doubled or clashing punctuation (。。, ，。)' },
    messages: MESSAGES,
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    ctx.doc.blocks.forEach((b, bi) => {
      for (const m of b.text.matchAll(DOUBLED))
        out.push(textFinding(ctx.doc, 'H5', 'warn', 'warn', { text: m[0] }, bi, m.index!, m.index! + m[0].length));
    });
    return out;
  },
};
export default rule;
