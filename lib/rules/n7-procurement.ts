import { sumRule } from './support/sum-rule';

export default sumRule(
  {
    id: 'N7',
    kind: 'hard',
    description: {
      zh: '政府采购总额等于货物、工程、服务（或所列各采购项目）之和',
      en: 'Government procurement equals goods + works + services (or the sum of the listed procurement items)',
    },
  },
  'N7',
  true,
);
