// H1/H2: numbers printed wrongly ("9.0.万元") and misprinted unit characters ("0万云").
import type { Rule, RuleContext } from './types';
import type { FindingDraft } from './support/sum-finding';
import { textFinding } from './support/text-finding';
import type { Messages } from './support/message';

const MESSAGES: Messages = {
  'double-point': {
    zh: '数字“{text}”有多余的小数点，按 {value} 计算',
    en: 'The number "{text}" has an extra decimal point; read as {value}',
  },
  'trailing-point': {
    zh: '数字“{text}”以小数点结尾，按 {value} 计算',
    en: 'The number "{text}" ends with a decimal point; read as {value}',
  },
  'bad-separator': { zh: '数字“{text}”的千分位分隔符位置不对', en: 'The number "{text}" has a misplaced thousands separator' },
  'unit-typo': { zh: '单位写错：“{text}”应为“{unit}”', en: 'Misprinted unit: "{text}" should read "{unit}"' },
};

/** "2025.1.1", "-2025.12.31": a date written with points, not a number with one too many. */
const DATE = /^-?(19|20)\d{2}\.\d{1,2}\.\d{1,2}$/;

/** "653.231457.68": two two-decimal numbers printed touching (chart labels), not one number with an extra point. */
const GLUED = /^\d+\.\d{2}\d{2,}\.\d{1,2}$/;

function scan(ctx: RuleContext, unitRule: boolean): FindingDraft[] {
  return ctx.claims.quantities
    .filter(
      (q) =>
        q.amount.malformed &&
        (q.amount.malformed === 'unit-typo') === unitRule &&
        !DATE.test(q.amount.text.trim()) &&
        !GLUED.test(q.amount.text.trim()),
    )
    .map((q) =>
      textFinding(
        ctx.doc,
        unitRule ? 'H2' : 'H1',
        'warn',
        q.amount.malformed!,
        { text: q.amount.text, value: q.amount.value.toString(), unit: q.amount.unit },
        q.block,
        q.start,
        q.end,
      ),
    );
}

export const malformedNumber: Rule = {
  meta: {
    id: 'H1',
    kind: 'hygiene',
    description: {
      zh: '数字印刷错误（多余或结尾的小数点、错误的分隔符）',
      en: 'Misprinted numbers (extra or trailing decimal points, misplaced separators)',
    },
    messages: MESSAGES,
  },
  check: (ctx) => scan(ctx, false),
};

export const unitCharacter: Rule = {
  meta: {
    id: 'H2',
    kind: 'hygiene',
    description: { zh: '单位字写错（如“万云”）', en: 'Misprinted unit characters (e.g. 万云 for 万元)' },
    messages: MESSAGES,
  },
  check: (ctx) => scan(ctx, true),
};
