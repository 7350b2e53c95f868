// X rules (the same quantity printed in two tables), on real documents: the pair agrees as printed,
// and the rule fails naming the cell once one side is changed.
import { built, real, ruleTable, wide } from '../../support/rule-tester';
import { disclosure, FINAL_HEADER } from '../../support/model';

// 公开02表 lists its sources as rows under one 金额 column; 公开03表 prints one unlabelled row of totals.
const JS = real('jiangsu-open-budget/js_jianchayuan_2018_budget.pdf');
// 表五 heads its total column 小计 with 其中：基本支出 | 项目支出 beside it; 表七 prints one 预算数 column.
const FZ = real('cities-renwu/fz_gonganju_2026_budget.pdf');
const UNIT = real('putuo-tianbaoxitong/putuo_shehuifuliyuan_2024_unit_budget.pdf'); // amounts in 元
const FINAL = real('putuo-govbudgetchecker/putuo_shehuigongzuobu_2024_final.pdf');
const SZ = real('cities-renwu/sz_shenjiju_2026_budget.pdf');
const GZ = real('cities-renwu/gz_xinfangju_2026_budget.pdf');
// A final account printing 类 | 款 | 项 on the 合计 line of its income and spending tables.
const PUTUO_FINAL = real('putuo-govbudgetchecker/putuo_caizhengju_2024_final.pdf');
// A final account whose column headers end in a 栏次 row ("本年收入合计 / 1").
const FS_FINAL = real('cities-renwu/fs_guidaojiaotong_2019_final.pdf');
const HUZ = real('cities-renwu/huz_caizhengju_2026_budget.pdf');
// 杭州市司法局 2026: 收入预算总表 splits both 本年收入 and 上年结转结余 by fund.
const HZ_SIFA = real('cities-renwu/hz_sifaju_2026_budget.pdf');
const CQ = real('cities-renwu/cq_xuanchuanbu_2026_budget.pdf');
const CS = real('cities-renwu/cs_jiaoyuju_2026_budget.pdf');
const XIAN_GZW = wide('w61_'); // 西安市国资委: 表5 and 表7 head their columns 人员经费支出 | 公用经费支出
const XIAN = wide('w59_'); // 西安市住房和建设局: a consolidated 三公 table, 2021年 and 2022年 side by side

ruleTable('X1', {
  valid: [
    { name: 'income table 合计 = summary 收入总计', doc: UNIT, cells: ['p8:t3:17:4', 'p7:t2:15:1'] },
    { name: 'one 金额 column: its 收入总计 = summary 当年收入小计', doc: JS, cells: ['p14:t2:1:2', 'p14:t1:35:1'] },
    { name: 'source column: 一般公共预算拨款收入 total = the summary line of that name', doc: FZ, cells: ['p9:t3:1:2', 'p8:t2:2:1'] },
    // 杭州 prints 一般公共预算 twice, under 本年收入 and under 上年结转结余: only the first is the summary's line.
    {
      name: 'source columns under 本年收入, not under 上年结转结余',
      doc: HZ_SIFA,
      expect: ['pass', 'pass', 'pass'],
      cells: ['p25:t2:3:3', 'p23:t1:3:1'],
    },
  ],
  invalid: [
    {
      name: 'one 金额 column: 收入总计 changed',
      doc: JS,
      edits: { 'p14:t2:1:2': '21,965.35' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p14:t2:1:2'],
    },
    {
      name: 'income table 合计 changed',
      doc: UNIT,
      edits: { 'p8:t3:17:4': '12,121,301' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p8:t3:17:4', 'p7:t2:15:1'],
    },
  ],
});

ruleTable('X2', {
  valid: [
    { name: 'spending table 合计 = summary', doc: UNIT, cells: ['p9:t4:17:4', 'p7:t2:15:3'] },
    { name: '类 208 = its summary line', doc: UNIT, cells: ['p9:t4:3:4', 'p7:t2:5:3'] },
    // 长沙: the summary lists spending by kind (一、基本支出 / 二、项目支出 …), not by 类.
    { name: 'a summary by kind: 一、基本支出 = the spending table’s 基本支出 total', doc: CS, cells: ['p14:t3:3:5', 'p12:t1:2:3'] },
    { name: 'a table of one unlabelled row: its 合计 = summary 当年支出小计', doc: JS, cells: ['p15:t3:1:0', 'p14:t1:35:5'] },
  ],
  invalid: [
    {
      name: 'a summary by kind: 二、项目支出 changed',
      doc: CS,
      edits: { 'p12:t1:3:3': '280.00' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p14:t3:3:6', 'p12:t1:3:3'],
    },
    {
      name: 'spending table 合计 changed',
      doc: UNIT,
      edits: { 'p9:t4:17:4': '12,121,301' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p9:t4:17:4', 'p7:t2:15:3'],
    },
  ],
});

ruleTable('X3', {
  valid: [
    { name: 'fiscal summary funds = summary 财政拨款收入', doc: UNIT, cells: ['p7:t2:4:1', 'p10:t5:2:1'] },
    // 福州: the summary lists 一、一般公共预算拨款收入 / 二、政府性基金… itself, with no 财政拨款 line.
    { name: 'fund lines printed in both summaries', doc: FZ, cells: ['p11:t5:2:1', 'p8:t2:2:1'] },
    // 重庆's summary prints no 上年结转 line: its 一般公共预算资金 includes the carry-over, unlike the fiscal summary's 本年 line.
    { name: 'fund lines of a summary with no 上年结转 line are not compared', doc: CQ, quiet: true },
  ],
  invalid: [
    {
      name: 'fund lines printed in both summaries: 一般公共预算拨款收入 changed',
      doc: FZ,
      edits: { 'p11:t5:2:1': '2786.14' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p11:t5:2:1', 'p8:t2:2:1'],
    },
    {
      name: 'summary 财政拨款收入 changed',
      doc: UNIT,
      edits: { 'p7:t2:4:1': '9,501,301' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p7:t2:4:1', 'p10:t5:2:1'],
    },
  ],
});

ruleTable('X4', {
  valid: [
    { name: 'general-budget table 合计 = fiscal summary', doc: UNIT, cells: ['p11:t6:17:4', 'p10:t5:15:4'] },
    // 公开04表 prints no 一般公共预算 column, but its one income line is 一般公共预算: its 支出合计 is the general budget's.
    { name: 'all fiscal money general budget: 合计 = fiscal summary 支出合计', doc: JS, cells: ['p17:t7:1:2', 'p15:t4:6:3'] },
    // 表4 lists 一、财政拨款 over 1、一般公共预算拨款, the only source with money.
    { name: 'its one source under 一、财政拨款: 合计 = fiscal summary 本年支出合计', doc: XIAN_GZW, cells: ['p28:t7:1:3', 'p27:t6:33:4'] },
  ],
  invalid: [
    {
      name: 'its one source under 一、财政拨款: 合计 changed',
      doc: XIAN_GZW,
      edits: { 'p28:t7:1:3': '25180891.33' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p28:t7:1:3', 'p27:t6:33:4'],
    },
    {
      name: 'all fiscal money general budget: 合计 changed',
      doc: JS,
      edits: { 'p17:t7:1:2': '21,950.96' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p17:t7:1:2', 'p15:t4:6:3'],
    },
    {
      name: 'general-budget 合计 changed',
      doc: UNIT,
      edits: { 'p11:t6:17:4': '9,501,301' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p11:t6:17:4', 'p10:t5:15:4'],
    },
  ],
});

ruleTable('X5', {
  valid: [
    { name: 'row 201 in both tables', doc: SZ, cells: ['p16:t7:3:2', 'p11:t3:2:2'] },
    {
      name: 'the general-budget table’s one total column (小计) row by row',
      doc: FZ,
      expect: Array(16).fill('pass'),
      cells: ['p13:t6:3:2', 'p10:t4:2:2'],
    },
  ],
  invalid: [
    {
      name: 'row 201 of the general-budget table changed',
      doc: SZ,
      edits: { 'p16:t7:3:2': '2,908.00' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p16:t7:3:2', 'p11:t3:2:2'],
    },
  ],
});

ruleTable('X6', {
  valid: [
    { name: 'basic table 合计 = general-budget 基本支出', doc: UNIT, cells: ['p14:t9:29:3', 'p11:t6:17:5'] },
    // The general-budget table's 小计 is its total; 基本支出 stands beside it under a bare 其中： that heads its whole split.
    { name: '小计 | 其中：基本支出 | 项目支出: basic table 合计 = 基本支出', doc: FZ, cells: ['p19:t10:1:2', 'p13:t6:2:3'] },
    // 公开07表 prints one 金额 column; all fiscal money is general budget, so 公开04表's 基本支出 is the general budget's.
    { name: 'all fiscal money general budget: 合计 = fiscal summary 基本支出', doc: JS, cells: ['p16:t6:1:2', 'p15:t4:3:3'] },
    { name: 'columns headed 人员经费支出 | 公用经费支出: 人员经费 alike', doc: XIAN_GZW, cells: ['p30:t9:1:4', 'p28:t7:1:4'] },
  ],
  invalid: [
    {
      name: 'columns headed 人员经费支出 | 公用经费支出: basic table 公用经费 changed',
      doc: XIAN_GZW,
      edits: { 'p30:t9:1:5': '994367.31' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p30:t9:1:5', 'p28:t7:1:5'],
    },
    {
      name: 'all fiscal money general budget: basic table 合计 changed',
      doc: JS,
      edits: { 'p16:t6:1:2': '13,989.92' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p16:t6:1:2', 'p15:t4:3:3'],
    },
    {
      name: 'basic table 合计 changed',
      doc: UNIT,
      edits: { 'p14:t9:29:3': '9,501,301' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p14:t9:29:3', 'p11:t6:17:5'],
    },
  ],
});

ruleTable('X7', {
  valid: [{ name: 'project table 合计 = spending table 项目支出', doc: GZ, cells: ['p19:t12:2:1', 'p8:t3:2:4'] }],
  invalid: [
    {
      name: 'project table 合计 changed',
      doc: GZ,
      edits: { 'p19:t12:2:1': '740.67' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p19:t12:2:1', 'p8:t3:2:4'],
    },
  ],
});

ruleTable('X8', {
  valid: [
    { name: 'final income table = summary', doc: FINAL, cells: ['p6:t3:2:2', 'p5:t2:28:1'] },
    { name: '合计 printed on the header line 类 | 款 | 项', doc: PUTUO_FINAL, cells: ['p8:t3:3:4', 'p6:t2:28:1'] },
    { name: 'columns numbered by a 栏次 row', doc: FS_FINAL, cells: ['p8:t2:3:2', 'p6:t1:25:2'] },
  ],
  invalid: [
    // One quantity printed twice has no rounding: 0.01 apart is an error.
    {
      name: 'income table 0.01 off',
      doc: FINAL,
      edits: { 'p6:t3:2:2': '307.83' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p6:t3:2:2', 'p5:t2:28:1'],
    },
    {
      name: 'income table 合计 changed',
      doc: FINAL,
      edits: { 'p6:t3:2:2': '309.19' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p6:t3:2:2', 'p5:t2:28:1'],
    },
  ],
});

ruleTable('X9', {
  valid: [
    { name: 'final spending table = summary', doc: FINAL, cells: ['p8:t4:2:2', 'p5:t2:28:3'] },
    { name: 'columns numbered by a 栏次 row', doc: FS_FINAL, cells: ['p10:t3:3:2', 'p6:t1:25:5'] },
    // The final's total column is headed 本年支出合计: its 类 rows are compared with the summary's lines too.
    {
      name: 'per 类: 208 in the spending table = 八、社会保障和就业支出 in the summary',
      doc: FS_FINAL,
      cells: ['p10:t3:4:2', 'p5:t1:10:5'],
    },
  ],
  invalid: [
    {
      // p.6 表1 prints 八、社会保障和就业支出 326.71, p.10 表3 prints 208 at 326.72 (ledger: real).
      name: 'per 类: the summary and the spending table print 208 0.01 万元 apart',
      doc: PUTUO_FINAL,
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p10:t4:10:4', 'p6:t2:9:3'],
    },
    {
      name: 'spending table 合计 changed',
      doc: FINAL,
      edits: { 'p8:t4:2:2': '309.19' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p8:t4:2:2', 'p5:t2:28:3'],
    },
  ],
});

ruleTable('X10', {
  valid: [
    { name: 'final general-budget table = fiscal summary', doc: FINAL, cells: ['p12:t6:19:2', 'p11:t5:28:4'] },
    { name: 'row 201 = spending table (本年支出合计 column)', doc: FINAL, cells: ['p12:t6:2:2', 'p8:t4:3:2'] },
  ],
  invalid: [
    {
      name: 'general-budget 合计 changed',
      doc: FINAL,
      edits: { 'p12:t6:19:2': '309.19' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p12:t6:19:2', 'p11:t5:28:4'],
    },
  ],
});

// A hand-made basic table with 合计 | 人员经费 | 公用经费 columns (a budget's layout printed in a final account).
const finalBasic = (total: string) =>
  built(`final tables, basic 合计 ${total}`, () =>
    disclosure(
      '',
      [
        {
          title: '一般公共预算财政拨款支出决算表',
          rows: [
            ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
            ['', '合计', '150.00', '100.00', '50.00'],
            ['201', '一般公共服务支出', '150.00', '100.00', '50.00'],
          ],
        },
        {
          title: '一般公共预算财政拨款基本支出决算表',
          rows: [
            ['科目编码', '科目名称', '合计', '人员经费', '公用经费'],
            ['', '合计', total, '80.00', '20.00'],
            ['301', '工资福利支出', '80.00', '80.00', ''],
            ['302', '商品和服务支出', '20.00', '', '20.00'],
          ],
        },
      ],
      FINAL_HEADER,
    ),
  );
ruleTable('X11', {
  valid: [
    { name: 'basic 合计 100.00 = 基本支出 100.00', doc: finalBasic('100.00'), cells: ['p2:t2:1:2', 'p2:t1:1:3'] },
    // The final account's layout: 人员经费 | 公用经费 side by side, closing "人员经费合计 | 公用经费合计".
    { name: '2,152.26 + 184.65 = 基本支出 2,336.91', doc: PUTUO_FINAL, cells: ['p17:t7:41:3', 'p17:t7:41:7', 'p15:t6:23:5'] },
    { name: '95.36 + 10.23 = 105.59 against 105.58: 尾差', doc: FINAL, cells: ['p13:t7:39:2', 'p13:t7:39:5', 'p12:t6:19:3'] },
  ],
  invalid: [
    {
      name: '公用经费合计 changed',
      doc: FINAL,
      edits: { 'p13:t7:39:5': '12.23' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p13:t7:39:2', 'p13:t7:39:5', 'p12:t6:19:3'],
    },
    {
      name: 'basic 合计 101.37 ≠ 100.00',
      doc: finalBasic('101.37'),
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p2:t2:1:2', 'p2:t1:1:3'],
    },
  ],
});

ruleTable('X12', {
  valid: [
    { name: '30217 公务接待费 within the 三公 table', doc: SZ, cells: ['p15:t6:23:2', 'p18:t9:2:5'] },
    // A basic-spending table of one 金额 column: that column is its total.
    { name: 'one 金额 column: 30231 运行维护费 within the 三公 table', doc: JS, cells: ['p17:t6:23:2', 'p19:t9:3:5'] },
    { name: 'a 三公 table printed as rows: 30217 within 2、公务接待费', doc: FZ, cells: ['p19:t10:31:2', 'p23:t11:3:1'] },
    // 湖州: a 合计 line over a line per unit; the department's basic spending compares with the 合计 line.
    { name: 'a line per unit: 30217 within the 合计 line', doc: HUZ, expect: ['pass', 'pass'], cells: ['p26:t6:29:2', 'p28:t7:3:6'] },
    // 2021年 | 2022年 | 增减变化情况, each over the same columns; the 合计 line above the units' lines.
    {
      name: 'last year beside this year: 30217 within 2022年 公务接待费 of the 合计 line',
      doc: XIAN,
      cells: ['p48:t10:50:4', 'p61:t16:4:14'],
    },
  ],
  invalid: [
    {
      name: 'a 三公 table printed as rows: 30231 above （2）公务用车运行费',
      doc: FZ,
      edits: { 'p20:t10:38:2': '26.31' },
      status: 'warn',
      cells: ['p20:t10:38:2', 'p23:t11:6:1'],
    },
    {
      name: 'one 金额 column: 30217 公务接待费 above the 三公 table',
      doc: JS,
      edits: { 'p17:t6:19:2': '126.50' },
      status: 'warn',
      cells: ['p17:t6:19:2', 'p19:t9:3:6'],
    },
    {
      name: 'last year beside this year: 30217 above 2022年 公务接待费 of the 合计 line',
      doc: XIAN,
      edits: { 'p61:t16:4:14': '20000.00' },
      status: 'warn',
      cells: ['p48:t10:50:4', 'p61:t16:4:14'],
    },
    {
      name: '30217 公务接待费 above the 三公 table',
      doc: SZ,
      edits: { 'p15:t6:23:2': '11.37' },
      status: 'warn',
      cells: ['p15:t6:23:2', 'p18:t9:2:5'],
    },
  ],
});

const runningCosts = (stated: string) =>
  built(`机关运行经费 ${stated} in the text`, () =>
    disclosure(`机关运行经费预算${stated}万元。`, [
      {
        title: '“三公”经费和机关运行经费预算表',
        rows: [
          ['合计', '因公出国（境）费', '公务用车购置及运行费', '公务接待费', '机关运行经费'],
          ['10.00', '0.00', '6.00', '4.00', '20.00'],
        ],
      },
    ]),
  );
ruleTable('X13', {
  valid: [{ name: 'text 20.00 = table 20.00', doc: runningCosts('20.00'), cells: ['p2:t1:1:4'], texts: ['20.00万元'] }],
  invalid: [{ name: 'text 21.37 ≠ table 20.00', doc: runningCosts('21.37'), status: 'fail', cells: ['p2:t1:1:4'], texts: ['21.37万元'] }],
});

// X14 is demoted (lib/rules/support/run.ts DEMOTED): what it flags is a `note`.
ruleTable('X14', {
  valid: [{ name: 'target funds within project spending', doc: FINAL, cells: ['p8:t4:2:4'] }],
  invalid: [
    {
      name: 'project spending cut below the target funds',
      doc: FINAL,
      edits: { 'p8:t4:2:4': '100.00' },
      status: 'note',
      cells: ['p8:t4:2:4'],
    },
  ],
});
