// The standard wording of sum findings, shared by every "whole = Σ parts" rule.
import type { Messages } from './message';
import type { SumOutcome } from './sum-finding';

export const SUM_MESSAGES: Messages = {
  pass: { zh: '{label}：{n}项之和 {sum} 与总数 {whole} 相等', en: '{label}: the {n} parts add up to {sum}, equal to the stated {whole}' },
  passSubset: {
    zh: '{label}：所列 {n} 项之和 {sum} 不超过总数 {whole}',
    en: '{label}: the {n} listed parts add up to {sum}, within the stated {whole}',
  },
  rounding: {
    zh: '{label}：{n}项之和 {sum} 与总数 {whole} 相差 {diff}，在四舍五入误差范围内',
    en: '{label}: the {n} parts add up to {sum}; the stated {whole} differs by {diff}, within rounding',
  },
  fail: {
    zh: '{label}：{n}项之和 {sum} 与总数 {whole} 不符，相差 {diff} {unit}',
    en: '{label}: the {n} parts add up to {sum}, but the stated total is {whole} (off by {diff} {unit})',
  },
  failUnit: {
    zh: '{label}：{n}项之和 {sum} 与总数 {whole} 相差约一万倍，疑为单位（元/万元）错误',
    en: '{label}: the {n} parts add up to {sum} against a stated {whole}, about 10,000 times apart — a 元/万元 unit error',
  },
  exceeds: {
    zh: '{label}：所列各项之和 {sum} 超过总数 {whole}，相差 {diff} {unit}',
    en: '{label}: the listed parts add up to {sum}, more than the stated whole {whole} (by {diff} {unit})',
  },
  partial: {
    zh: '{label}：所列 {n} 项之和 {sum} 少于总数 {whole}，所列可能不完整，无法核实',
    en: '{label}: the {n} listed parts add up to {sum}, less than the stated {whole}; the list may be partial, so this cannot be verified',
  },
};

export function sumMessageId(o: SumOutcome, relation: 'eq' | 'ge'): string {
  return o.status === 'pass'
    ? relation === 'ge' && o.shortfall
      ? 'passSubset'
      : 'pass'
    : o.status === 'rounding'
      ? 'rounding'
      : o.status === 'unverifiable'
        ? 'partial'
        : o.verdict.unitError
          ? 'failUnit'
          : o.shortfall
            ? 'fail'
            : relation === 'ge'
              ? 'exceeds'
              : 'fail';
}
