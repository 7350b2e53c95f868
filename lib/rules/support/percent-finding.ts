// Shared arithmetic for stated percentages: "p% = numerator / denominator".
import { comparePercent, type Operand } from '../../amount';
import type { FindingValue, Evidence } from '../types';
import type { FindingDraft } from './sum-finding';
import type { Status, RuleContext } from '../types';

export interface PercentInput {
  rule: string;
  stated: Operand;
  numerator: Operand;
  denominator: Operand;
  values: FindingValue[];
  evidence: Evidence[];
  formula: string; // "244.08 / (2116.76 − 244.08)"
  /** The message id for a status (the data: computed, stated, scale). */
  messageId: (status: Status, scaleError: boolean) => string;
  data?: Record<string, string>;
  /** The stated figure as the rule words it (default: at its printed precision). */
  statedText?: string;
}

export function percentFinding(ctx: RuleContext, input: PercentInput): FindingDraft {
  const v = comparePercent(input.stated, input.numerator, input.denominator, ctx.tolerance);
  const computed = v.computed.isFinite() ? v.computed.toFixed(Math.max(2, input.stated.decimals + 1)) : '—';
  const data = { computed, stated: input.stated.value.toFixed(input.stated.decimals), scale: v.scaleError ? '1' : '' };
  return {
    rule: input.rule,
    status: v.status,
    messageId: input.messageId(v.status, v.scaleError),
    data: { ...input.data, ...data, ...(input.statedText === undefined ? {} : { stated: input.statedText }) },
    formula: {
      zh: `${input.formula} × 100 = ${computed}%（文中 ${data.stated}%）`,
      en: `${input.formula} × 100 = ${computed}% (stated ${data.stated}%)`,
    },
    values: input.values,
    expected: `${computed}%`,
    actual: `${data.stated}%`,
    difference: v.computed.isFinite() ? v.difference.toFixed(3) : null,
    tolerance: v.toleranceText,
    evidence: input.evidence,
  };
}
