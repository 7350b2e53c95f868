// N10: a stated coverage rate equals projects with targets ÷ projects required.
import { Decimal } from '../amount';
import type { Rule } from './types';

const EXACT = new Decimal(0); // counts are exact, not rounded
import { percentFinding } from './support/percent-finding';
import { quantityValue, textEvidence } from './support/anchor';
import type { Messages } from './support/message';

const MESSAGES: Messages = {
  pass: { zh: '{name} {stated}% = {num} ÷ {den}，计算相符', en: '{name} {stated}% = {num} ÷ {den}: correct' },
  rounding: {
    zh: '{name} {stated}% 与 {num} ÷ {den} = {computed}% 在四舍五入范围内相符',
    en: '{name} {stated}% agrees with {num} ÷ {den} = {computed}% within rounding',
  },
  fail: {
    zh: '{name}应为 {num} ÷ {den} = {computed}%，文中为 {stated}%',
    en: '{name} should be {num} ÷ {den} = {computed}%, not the stated {stated}%',
  },
};

const rule: Rule = {
  meta: {
    id: 'N10',
    kind: 'hard',
    description: {
      zh: '绩效目标覆盖率等于实际编制项目数除以应编制项目数',
      en: 'The performance-target coverage rate equals projects with targets ÷ projects required',
    },
    messages: MESSAGES,
  },
  check(ctx) {
    return ctx.claims.ratios.map((r) => {
      const s = ctx.claims.sentences[r.sentence];
      const data = { name: r.name, num: r.numerator.amount.text, den: r.denominator.amount.text };
      return percentFinding(ctx, {
        rule: 'N10',
        stated: { value: r.percent.amount.value, decimals: r.percent.amount.decimals },
        numerator: { value: r.numerator.amount.value, decimals: 0, halfWidth: EXACT },
        denominator: { value: r.denominator.amount.value, decimals: 0, halfWidth: EXACT },
        values: [quantityValue(ctx.doc, r.numerator), quantityValue(ctx.doc, r.denominator), quantityValue(ctx.doc, r.percent)],
        evidence: [textEvidence(ctx.doc, s.block, s.start, s.end)],
        formula: `${r.numerator.amount.value} / ${r.denominator.amount.value}`,
        messageId: (status) => (status === 'unverifiable' || status === 'warn' ? 'fail' : status),
        data,
      });
    });
  },
};
export default rule;
