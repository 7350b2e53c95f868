import type { Rule } from './types';
import { threePublicSubsetFindings } from './more-table-identities';

const rule: Rule = {
  meta: { id: 'X12', kind: 'soft', description: { zh: '基本支出表中的因公出国、公务接待、公务用车费用不超过“三公”经费表中对应项', en: 'Trips abroad, hospitality and vehicle costs in the basic-spending table do not exceed the 三公 table’s items' } },
  check: threePublicSubsetFindings,
};
export default rule;
