import { TABLE_MESSAGES } from './support/table-finding';
import type { Rule } from './types';
import { grandTotal } from './w2-income-total';

// The spending side of W2's identity: 支出总计 = 本年支出合计 + 结转下年 (and the lines between).
const NOT_INCOME = /^(?![\s\S]*收入)/;

const rule: Rule = {
  meta: {
    id: 'W3',
    kind: 'hard',
    description: {
      zh: '支出总计 = 本年支出合计 + 结转下年（结余分配、年末结转和结余）',
      en: 'Total spending = this year’s spending + carried forward (surplus allocation, year-end balances)',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => grandTotal(ctx, 'W3', NOT_INCOME),
};
export default rule;
