import { TABLE_MESSAGES } from './support/table-finding';
import type { Rule } from './types';
import { columnGroupFindings } from './support/column-groups';

/** The 三公 table's columns: trips abroad, hospitality, vehicles (purchase, running). */
export const isThreePublicGroup = (labels: string) => /因公出国|公务接待|购置费|运行(维护)?费|公务用车/.test(labels);

const rule: Rule = {
  meta: {
    id: 'W13',
    kind: 'hard',
    description: {
      zh: '“三公”经费表：合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费；公务用车小计 = 购置费 + 运行费',
      en: '"Three public costs" table: total = trips abroad + vehicles + hospitality; vehicles subtotal = purchase + running',
    },
    messages: TABLE_MESSAGES,
  },
  check: (ctx) => columnGroupFindings(ctx, 'W13', isThreePublicGroup),
};
export default rule;
