// H rules (text hygiene): they speak only of a misprint, so a valid case is one they stay quiet on.
import { real, ruleTable, text } from '../../support/rule-tester';

const SIFAJU = real('putuo-govbudgetchecker/putuo_sifaju_2026_dept_budget.pdf');

ruleTable('H1', {
  valid: [
    { doc: text('1.收入预算100.00万元。'), quiet: true },
    { name: 'a date range is not a number (ledger family)', doc: text('实施周期2025.1.1-2025.12.31。'), quiet: true },
  ],
  invalid: [{ doc: text('邮电费9.0.万元。'), expect: ['warn'], status: 'warn' }],
});

ruleTable('H2', {
  valid: [{ doc: text('1.云溪市本级。'), quiet: true }],
  invalid: [{ doc: text('购置费0万云。'), expect: ['warn'], status: 'warn' }],
});

ruleTable('H3', {
  valid: [
    { doc: text('与2024年预算相比，支出增加10.00万元，增长5%，原因是调入人员。'), quiet: true },
    { doc: text('截至2024年12月31日，资产总额500.00万元。'), quiet: true },
    {
      name: "a reason citing last year's budget (ledger family)",
      doc: text('减少的主要原因一是2024年部门预算中城市建设项目由部门代编。'),
      quiet: true,
    },
  ],
  invalid: [
    { doc: text('与2025年预算相比，支出增加10.00万元，增长5%，原因是调入人员。'), expect: ['warn'], status: 'warn', messageId: 'compare' },
    { doc: text('截至2025年12月31日，资产总额500.00万元。'), expect: ['warn'], status: 'warn', messageId: 'asOfBudget' },
  ],
});

ruleTable('H4', {
  valid: [{ doc: text('根据市财政局要求编制。'), quiet: true }],
  invalid: [{ doc: text('根据XX局要求编制。'), expect: ['warn'], status: 'warn', messageId: 'warn' }],
});

ruleTable('H5', {
  valid: [{ doc: text('支出预算100万元。'), quiet: true }],
  invalid: [{ doc: text('支出预算100万元。。'), expect: ['warn'], status: 'warn', messageId: 'warn' }],
});

ruleTable('H6', {
  valid: [
    { name: 'the stray ” on p. 23 given its “', doc: SIFAJU, edits: { 'p23:、优秀调解案例”': '“优秀调解案例”' }, quiet: true },
    { doc: text('按《辽宁省政府购买服务暂行办法》（辽财综〔2015〕945号)有关规定。'), quiet: true },
    {
      name: 'a bracket closed on the next line (ledger family)',
      doc: text('机关运行经费：为保障行政单位（含参照公务员法管理的\n事业单位）运行的经费。'),
      quiet: true,
    },
    {
      name: 'a chart legend cut in two by the layout (ledger family)',
      doc: text('一般公共预算拨款支出（按部门预算支出经\n图一\n济科目分）'),
      quiet: true,
    },
  ],
  invalid: [
    { name: 'the stray ” printed on p. 23', doc: SIFAJU, status: 'warn', messageId: 'stray', texts: ['”'] },
    { doc: text('按《辽宁省政府购买服务暂行办法>有关规定。'), expect: ['warn'], status: 'warn' },
    {
      name: 'a quote really left open in a sentence (ledger family)',
      doc: text('开展“人民调解协议书检查”、优秀调解案例”活动，取得成效。'),
      expect: ['warn'],
      status: 'warn',
    },
  ],
});
