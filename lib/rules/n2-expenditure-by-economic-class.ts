import { sumRule } from './support/sum-rule';

export default sumRule(
  {
    id: 'N2',
    kind: 'hard',
    description: {
      zh: '说明中的支出总额等于所列各经济分类支出（工资福利、商品和服务、对个人和家庭的补助、资本性支出…）之和',
      en: 'The stated total expenditure equals the sum of the economic classes listed with it (wages, goods and services, transfers to households, capital…)',
    },
  },
  'N2',
  true,
);
