import { sumRule } from './support/sum-rule';

export default sumRule(
  {
    id: 'N8',
    kind: 'hard',
    description: {
      zh: '机关运行经费等于其所列明细之和',
      en: 'Administrative running costs equal the sum of the items listed under them',
    },
  },
  'N8',
  true,
);
