import { sumRule } from './support/sum-rule';

// Other "其中" lists: a shortfall may be a partial list (unverifiable); an excess is an error.
export default sumRule(
  {
    id: 'N11',
    kind: 'hard',
    description: {
      zh: '句中“其中”所列各项之和不超过总数；措辞表明完整列举时应相等',
      en: 'Parts listed after "其中" never exceed their whole, and equal it when the wording says the list is complete',
    },
  },
  'N11',
  'as-worded',
);
