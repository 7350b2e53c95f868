// H4: template residue left in the published text: XX局, ××单位, 某某, ＊＊.
import type { Rule } from './types';
import type { FindingDraft } from './support/sum-finding';
import { textFinding } from './support/text-finding';
import type { Messages } from './support/message';

const MESSAGES: Messages = {
  warn: { zh: '疑似模板占位符未替换：“{text}”', en: 'Template placeholder left in the text: "{text}"' },
};

const PLACEHOLDER =
  /(?<![A-Za-z])(?:[XxＸｘ×]{2,}|某某|[＊*]{2,}|〇〇|○○)(?![A-Za-z])[\u4e00-\u9fa5]{0,4}|【\s*(?:单位|部门)名称\s*】|（\s*(?:单位|部门)名称\s*）/g;

const rule: Rule = {
  meta: {
    id: 'H4',
    kind: 'hygiene',
    description: { zh: '模板占位符残留（XX局、××、某某）', en: 'Template placeholders left in (XX局, ××, 某某)' },
    messages: MESSAGES,
  },
  check(ctx) {
    const out: FindingDraft[] = [];
    ctx.doc.blocks.forEach((b, bi) => {
      for (const m of b.text.matchAll(PLACEHOLDER))
        out.push(textFinding(ctx.doc, 'H4', 'warn', 'warn', { text: m[0] }, bi, m.index!, m.index! + m[0].length));
    });
    return out;
  },
};
export default rule;
