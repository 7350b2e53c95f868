// Which narrative statements belong to which identity, decided by the words that name the whole.
import type { PartsClaim } from '../../claims';

export const ECONOMIC_CLASS_NAMES =
  /^(工资福利支出|商品和服务支出|对个人和家庭的补助(支出)?|资本性支出(（基本建设）)?|债务利息及费用支出|对企业补助|对社会保障基金补助|其他支出|对企事业单位的补贴|转移性支出|基本建设支出|其他资本性支出)$/;

export type Topic = 'N2' | 'N4' | 'N7' | 'N8' | 'N9' | 'N11';

export function topicOf(c: PartsClaim): Topic {
  const w = c.whole.label;
  if (/三公/.test(w) || (/公务用车购置及运行/.test(w) && c.parts.some((p) => /购置/.test(p.label)))) return 'N4';
  if (/机关运行经费/.test(w)) return 'N8';
  if (
    /政府采购/.test(w) &&
    (c.marker === '如下' || c.marker === '分项目如下' || c.marker === '具体如下' || c.parts.some((p) => /货物|工程|服务/.test(p.label)))
  )
    return 'N7';
  if (/资产|固定资产|车辆/.test(w)) return 'N9';
  if (/支出/.test(w) && c.parts.length >= 2 && c.parts.every((p) => ECONOMIC_CLASS_NAMES.test(p.label))) return 'N2';
  return 'N11';
}
