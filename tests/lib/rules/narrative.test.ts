// N, T and Y rules (the narrative's arithmetic): short texts after a standard budget frame, real
// documents with one table cell or phrase changed, and (Y4) a hand-made table. Each family has a
// rounding (尾差) case that must not fire.
import { built, real, ruleTable, text, wide } from '../../support/rule-tester';
import { disclosure } from '../../support/model';

const UNIT = real('putuo-tianbaoxitong/putuo_shehuifuliyuan_2024_unit_budget.pdf');
const SIFAJU = real('putuo-govbudgetchecker/putuo_sifaju_2026_dept_budget.pdf'); // table amounts in 元
const XIAN_GZW = wide('w61_'); // 西安市国资委 2022, corpus/wide

ruleTable('N1', {
  valid: [
    { name: 'text 收入预算 = summary 收入总计', doc: UNIT, cells: ['p7:t2:15:1'], texts: ['1,212.12万元'] },
    {
      // pp. 26–27: "检察（款）: 2018 年预算支出合计 16,444.36 万元" is one 款's total, not the budget's.
      name: 'a 类/款/项 line’s 支出合计 is not compared with the summary’s 当年支出小计',
      doc: real('jiangsu-open-budget/js_jianchayuan_2018_budget.pdf'),
      quiet: true,
    },
  ],
  invalid: [
    {
      name: 'summary 收入总计 changed',
      doc: UNIT,
      edits: { 'p7:t2:15:1': '12,131,164' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p7:t2:15:1'],
      texts: ['1,212.12万元'],
    },
  ],
});

ruleTable('N2', {
  valid: [
    {
      doc: text(
        '支出预算100.00万元。其中，工资福利支出60.00万元，商品和服务支出30.00万元，对个人和家庭的补助5.00万元，资本性支出5.00万元。',
      ),
      expect: ['pass'],
    },
    {
      name: '尾差 0.01',
      doc: text('支出预算100.01万元。其中，工资福利支出60.00万元，商品和服务支出30.00万元，资本性支出10.00万元。'),
      expect: ['rounding'],
    },
  ],
  invalid: [
    {
      name: 'parts short by 1 万元',
      doc: text('支出预算101.00万元。其中，工资福利支出60.00万元，商品和服务支出30.00万元，资本性支出10.00万元。'),
      expect: ['fail'],
      status: 'fail',
      messageId: 'fail',
      texts: ['101.00万元', '60.00万元'],
    },
    {
      name: '万元 vs 元 scale',
      doc: text('支出预算1000000.00万元。其中，工资福利支出60.00万元，商品和服务支出30.00万元，资本性支出10.00万元。'),
      expect: ['fail'],
      status: 'fail',
      messageId: 'failUnit',
    },
  ],
});

ruleTable('N3', {
  valid: [{ name: '2040601 行政运行: text = table row', doc: SIFAJU, cells: ['p15:t5:5:4'], texts: ['1672.67万元'] }],
  invalid: [
    {
      name: 'the table row changed by 1000 元',
      doc: SIFAJU,
      edits: { 'p15:t5:5:4': '16727725.44' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p15:t5:5:4'],
      texts: ['1672.67万元'],
    },
  ],
});

ruleTable('N4', {
  valid: [
    {
      doc: text('“三公”经费预算13.80万元，其中：因公出国（境）费3.00万元，公务用车购置及运行费7.20万元，公务接待费3.60万元。'),
      expect: ['pass'],
    },
    {
      name: 'nested 购置 + 运行',
      doc: text(
        '“三公”经费预算5.00万元，其中：因公出国（境）费0万元，公务接待费0万元，公务用车购置及运行费5.00万元（其中公务用车购置费1.00万元，公务用车运行费4.00万元）。',
      ),
      expect: ['pass', 'pass'],
    },
  ],
  invalid: [
    {
      doc: text('“三公”经费预算13.80万元，其中：因公出国（境）费3.00万元，公务用车购置及运行费7.20万元，公务接待费4.60万元。'),
      expect: ['fail'],
      status: 'fail',
      messageId: 'fail',
      texts: ['13.80万元', '4.60万元'],
    },
    {
      name: 'nested mismatch',
      doc: text(
        '“三公”经费预算5.00万元，其中：因公出国（境）费0万元，公务接待费0万元，公务用车购置及运行费5.00万元（其中公务用车购置费1.00万元，公务用车运行费3.00万元）。',
      ),
      expect: ['pass', 'fail'],
      status: 'fail',
      messageId: 'fail',
      texts: ['3.00万元'],
    },
  ],
});

ruleTable('N5', {
  valid: [{ doc: text('支出预算200.00万元。其中，基本支出150.00万元，占75%；项目支出50.00万元，占25%。'), expect: ['pass', 'pass'] }],
  invalid: [
    {
      name: 'named denominator',
      doc: text('政府采购预算总额100.00万元。面向中小企业预留40.00万元，占政府采购预算总额的45%。'),
      expect: ['fail'],
      status: 'fail',
      messageId: 'fail',
      texts: ['40.00万元', '45%'],
    },
  ],
});

ruleTable('N6', {
  valid: [{ doc: text('年初预算为200.00万元，支出决算为190.00万元，完成年初预算的95%，决算数小于预算数。'), expect: ['pass', 'pass'] }],
  invalid: [
    {
      doc: text('年初预算为200.00万元，支出决算为190.00万元，完成年初预算的96%，决算数大于预算数。'),
      expect: ['fail', 'fail'],
      status: 'fail',
      messageId: 'fail',
      texts: ['96%'],
    },
  ],
});

ruleTable('N7', {
  valid: [
    {
      doc: text('政府采购预算1423.30万元，其中：政府采购货物预算150.30万元、政府采购工程预算0万元、政府采购服务预算1273.00万元。'),
      expect: ['pass'],
    },
  ],
  invalid: [
    {
      doc: text('政府采购预算1423.30万元，其中：政府采购货物预算150.30万元、政府采购工程预算0万元、政府采购服务预算1263.00万元。'),
      expect: ['fail'],
      status: 'fail',
      messageId: 'fail',
      texts: ['1423.30万元', '1263.00万元'],
    },
  ],
});

ruleTable('N8', {
  valid: [{ doc: text('机关运行经费预算安排20.00万元。其中：办公费5.00万元、印刷费5.00万元、差旅费10.00万元。'), expect: ['pass'] }],
  invalid: [
    {
      doc: text('机关运行经费预算安排20.00万元。其中：办公费5.00万元、印刷费5.50万元、差旅费10.00万元。'),
      expect: ['fail'],
      status: 'fail',
      messageId: 'fail',
      texts: ['20.00万元', '5.50万元'],
    },
  ],
});

ruleTable('N9', {
  valid: [
    { doc: text('截至2024年12月31日，资产总额500.00万元，其中，固定资产300.00万元。'), expect: ['pass'] },
    { doc: text('共有车辆3辆（一般公务用车2辆，其他用车1辆）。'), expect: ['pass'] },
  ],
  invalid: [
    {
      doc: text('截至2024年12月31日，资产总额500.00万元，其中，固定资产600.00万元。'),
      expect: ['fail'],
      status: 'fail',
      texts: ['600.00万元'],
    },
    { doc: text('共有车辆3辆（一般公务用车2辆，其他用车2辆）。'), expect: ['fail'], status: 'fail', messageId: 'fail', texts: ['3辆'] },
  ],
});

ruleTable('N10', {
  valid: [{ doc: text('应编制绩效目标的项目4个，实际编制绩效目标的项目3个，绩效目标覆盖率为75%。'), expect: ['pass'] }],
  invalid: [
    {
      doc: text('应编制绩效目标的项目4个，实际编制绩效目标的项目3个，绩效目标覆盖率为80%。'),
      expect: ['fail'],
      status: 'fail',
      messageId: 'fail',
      texts: ['80%'],
    },
  ],
});

ruleTable('N11', {
  valid: [{ name: '4 sources add up to 收入预算', doc: UNIT, texts: ['1,212.12万元', '950.12万元', '262.00万元'] }],
  invalid: [
    {
      doc: text('收入预算100.00万元。其中，财政拨款110.00万元。'),
      expect: ['fail'],
      status: 'fail',
      messageId: 'fail',
      texts: ['110.00万元'],
    },
    {
      doc: text('收入预算100.00万元，分别为财政拨款90.00万元、其他收入5.00万元。'),
      expect: ['fail'],
      status: 'fail',
      messageId: 'fail',
      texts: ['100.00万元', '90.00万元'],
    },
    {
      name: 'a partial 其中 list',
      doc: text('收入预算100.00万元。其中，财政拨款90.00万元。'),
      expect: ['unverifiable'],
      status: 'unverifiable',
      messageId: 'partial',
    },
  ],
});

ruleTable('T1', {
  valid: [
    { doc: text('本局设置3个内设机构：办公室、财务科、业务科。'), expect: ['pass'] },
    {
      name: 'a numbered list',
      doc: text('本局设置2个内设机构：\n（一）办公室\n负责日常工作。\n（二）财务科\n负责财务。\n二、部门预算单位构成'),
      expect: ['pass'],
    },
    {
      name: 'one unit listed in the sentence (ledger family)',
      doc: text('本单位设1个内设机构，包括：综合办公室。\n（二）名词解释一\n（三）名词解释二'),
      expect: ['pass'],
    },
  ],
  invalid: [
    { doc: text('本局设置4个内设机构：办公室、财务科、业务科。'), expect: ['fail'], status: 'fail', messageId: 'fail', texts: ['4个'] },
  ],
});

// T2 is demoted (lib/rules/support/run.ts DEMOTED): what it flags is a `note`, shown and never counted.
ruleTable('T2', {
  valid: [{ doc: text('支出预算中政府采购预算179.80万元。\n根据通知，支出预算中政府采购预算179.8万元。'), expect: ['pass'] }],
  invalid: [
    {
      doc: text('支出预算中政府采购预算179.80万元。\n根据通知，支出预算中政府采购预算197.80万元。'),
      expect: ['note'],
      status: 'note',
      messageId: 'warn',
      texts: ['179.80万元', '197.80万元'],
    },
  ],
});

ruleTable('T3', {
  valid: [{ name: '2040601 行政运行: headline = 2026年预算安排', doc: SIFAJU, texts: ['1672.67万元'] }],
  invalid: [
    {
      name: 'the headline changed',
      doc: SIFAJU,
      edits: { 'p8:1672.67万元': '1673.67万元' },
      status: 'fail',
      messageId: 'fail',
      texts: ['1673.67万元', '1672.67万元'],
    },
  ],
});

ruleTable('Y1', {
  valid: [
    { doc: text('收入预算2116.76万元。与2024年度预算比，收入增加244.08万元，增长13%，原因是调入人员。'), expect: ['pass'] },
    {
      name: '8.8% vs 8.81%',
      doc: text('机关运行经费预算安排813.52万元，比2024年预算减少78.56万元，下降8.8%，主要原因是压减。'),
      expect: ['pass'],
    },
  ],
  invalid: [
    {
      doc: text('机关运行经费预算安排308.33万元，比2024年预算减少32.74万元，下降12.5%，主要原因是压减。'),
      expect: ['fail'],
      status: 'fail',
      messageId: 'fail',
      texts: ['12.5%'],
    },
    {
      name: 'no current figure',
      doc: text('与2024年度预算比，财政拨款支出增加10.00万元，增长5%，原因是调入人员。'),
      expect: ['unverifiable'],
      status: 'unverifiable',
      messageId: 'noCurrent',
    },
  ],
});

ruleTable('Y2', {
  valid: [{ doc: text('机关运行经费预算安排813.52万元，比2024年预算减少78.56万元，下降8.8%，主要原因是压减。'), expect: ['pass'] }],
  invalid: [
    {
      doc: text('机关运行经费预算安排813.52万元，比2024年预算减少78.56万元，增长8.8%，主要原因是压减。'),
      expect: ['fail'],
      status: 'fail',
    },
    { doc: text('机关运行经费预算安排813.52万元，比2024年预算增长-8.8%，主要原因是压减。'), expect: ['warn'], status: 'warn' },
  ],
});
ruleTable('Y2', {
  valid: [
    {
      name: "持平 and the next item's change across ； (ledger family)",
      doc: text('其中：公务用车购置费0.00万元，与2024年预算持平；公务用车运行费49.00万元，比2024年预算增加21.00万元，主要原因是增加车辆。'),
      quiet: true,
    },
  ],
  invalid: [],
});

ruleTable('Y3', {
  valid: [
    {
      doc: text('与2024年度预算比，收入增加244.08万元，增长13%，原因是调入人员。支出增加244.08万元，增长13%，原因是调入人员。'),
      expect: ['pass'],
    },
  ],
  invalid: [
    {
      doc: text('与2024年度预算比，收入增加244.08万元，增长13%，原因是调入人员。支出增加244.80万元，增长13%，原因是调入人员。'),
      expect: ['fail'],
      status: 'fail',
      texts: ['244.08万元', '244.80万元'],
    },
  ],
});

const changeColumn = (change: string) =>
  built(`三公 table, 增减额 ${change}`, () =>
    disclosure('', [
      {
        title: '“三公”经费预算表',
        rows: [
          ['项目', '上年预算数', '本年预算数', '增减额'],
          ['合计', '10.00', '12.00', change],
          ['公务接待费', '10.00', '12.00', change],
        ],
      },
    ]),
  );
ruleTable('Y4', {
  valid: [
    { name: '10.00 + 2.00 = 12.00', doc: changeColumn('2.00'), cells: ['p2:t1:1:2', 'p2:t1:1:1', 'p2:t1:1:3'] },
    { name: '尾差: 2.01', doc: changeColumn('2.01'), expect: ['rounding', 'rounding'] },
    // 西安市国资委 表13: 2021年 | 2022年 | 增减变化情况 over the same columns, the group headers printed differently.
    { name: 'year groups: 2022年 三公 小计 = 2021年 + 增减', doc: XIAN_GZW, cells: ['p36:t15:4:13', 'p36:t15:4:4', 'p36:t15:4:22'] },
  ],
  invalid: [
    { name: '10.00 + 3.37 ≠ 12.00', doc: changeColumn('3.37'), status: 'fail', messageId: 'fail', cells: ['p2:t1:1:2', 'p2:t1:1:3'] },
    {
      name: 'year groups: 增减 of the 三公 小计 changed',
      doc: XIAN_GZW,
      edits: { 'p36:t15:4:22': '50600.00' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p36:t15:4:13', 'p36:t15:4:22'],
    },
  ],
});

ruleTable('Y5', {
  valid: [
    { doc: text('机关运行经费预算安排813.52万元，比2024年预算减少78.56万元，下降8.8%，主要原因是压减。'), expect: ['pass'] },
    {
      name: 'reason after 主要是 in the same sentence (ledger family)',
      doc: text('2025年收入预算6838.41万元，比上年执行数减少772.20万元，下降10.1%，主要是根据厉行节约的要求减少一般性支出。'),
      expect: ['pass'],
    },
    {
      name: 'a zero change needs no reason (ledger family)',
      doc: text('公务用车购置费2025年预算数0.00万元，较2024年年初预算增加0.00万元。'),
      quiet: true,
    },
  ],
  invalid: [
    {
      doc: text('机关运行经费预算安排813.52万元，比2024年预算减少78.56万元，下降8.8%。'),
      expect: ['warn'],
      status: 'warn',
      messageId: 'warn',
      texts: ['78.56万元', '8.8%'],
    },
    {
      name: 'a change with no reason anywhere (ledger family)',
      doc: text('2025年本部门机关运行经费安排294.79万元，较2024年预算减少14.34万元。'),
      expect: ['warn'],
      status: 'warn',
      messageId: 'warn',
      texts: ['14.34万元'],
    },
  ],
});
