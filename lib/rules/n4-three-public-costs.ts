import { sumRule } from './support/sum-rule';

export default sumRule(
  {
    id: 'N4',
    kind: 'hard',
    description: {
      zh: '“三公”经费合计等于因公出国（境）费、公务用车购置及运行费、公务接待费之和；公务用车费等于购置费加运行费',
      en: 'The "three public costs" total equals trips abroad + official vehicles + hospitality; vehicles equal purchase + running costs',
    },
  },
  'N4',
  true,
);
