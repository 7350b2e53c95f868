// Units printed after numbers in disclosures, and what they mean.
export type UnitKind = 'money' | 'percent' | 'points' | 'times' | 'count' | 'none';

export interface UnitInfo {
  unit: string; // canonical spelling
  kind: UnitKind;
  /** For money: how many 元 one unit is. */
  yuan?: number;
}

export const MONEY_UNITS: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 亿元: 1e8 };

/** Non-money quantities that share sentences with money (domain.md §B.1). Longest first. */
export const COUNT_UNITS = [
  '平方米',
  '人次',
  '批次',
  '台（套）',
  '台(套)',
  '辆',
  '台',
  '套',
  '个',
  '人',
  '项',
  '次',
  '家',
  '名',
  '处',
  '所',
  '户',
  '件',
  '篇',
  '期',
  '场',
  '天',
  '本',
  '份',
  '条',
  '座',
  '间',
  '艘',
  '架',
  '部',
  '张',
  '块',
  '册',
  '亩',
  '公里',
  '千米',
  '米',
  '吨',
  '小时',
  '课时',
].sort((a, b) => b.length - a.length);

export function moneyUnit(unit: string): UnitInfo {
  return { unit, kind: 'money', yuan: MONEY_UNITS[unit] };
}

/** The scale factor between two money units (e.g. 元 → 万元 = 1e-4). */
export function yuanFactor(unit: string): number | undefined {
  return MONEY_UNITS[unit];
}
