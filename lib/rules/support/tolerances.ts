// Tolerances stated in words (no interval to compute), in both languages.
import type { Localized } from '../types';

export const SAME_AT_COARSER: Localized = { en: 'same amount at the coarser printed precision', zh: '按较粗的印刷精度是同一金额' };
export const EXACT_COUNTS: Localized = { en: 'exact (counts)', zh: '精确（计数）' };
export const EXACT_PRINTED: Localized = { en: 'exact comparison of the printed figures', zh: '按印刷数字精确比较' };
export const SAME_PRINTED: Localized = {
  en: 'same printed value (both printings round the same amount)',
  zh: '印刷值相同（两处是同一金额的舍入）',
};
export const SOFT_THREE_PUBLIC: Localized = {
  en: 'soft: the 三公 table covers basic and project money',
  zh: '宽松：三公经费表包括基本支出和项目支出',
};
export const SOFT_TARGETS: Localized = {
  en: 'soft: targets may also cover basic spending in some templates',
  zh: '宽松：部分模板的绩效目标也包括基本支出',
};
