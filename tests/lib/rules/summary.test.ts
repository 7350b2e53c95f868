// W rules (identities inside one table), on real documents: the rule holds on the printed table, and
// fails naming the cell once that cell is changed by an amount no rounding explains.
import { built, real, ruleTable, wide } from '../../support/rule-tester';
import { disclosure, FINAL_HEADER } from '../../support/model';

const UNIT = real('putuo-tianbaoxitong/putuo_shehuifuliyuan_2024_unit_budget.pdf'); // amounts in 元
const FINAL = real('putuo-govbudgetchecker/putuo_shehuigongzuobu_2024_final.pdf');
const SZ = real('cities-renwu/sz_shenjiju_2026_budget.pdf');
// 公开01表 prints three blocks: 收入 | 功能分类 | 支出用途, "当年支出小计" / "支出合计" spanning the last two
// and their amounts in the last column (江苏省人民检察院 2018, pp. 13–14).
const JS = real('jiangsu-open-budget/js_jianchayuan_2018_budget.pdf');
// 杭州: tables without classification codes; 类/款/项 read from the line names (support/named-hierarchy.ts).
const HZ = real('cities-renwu/hz_sifaju_2026_budget.pdf');
// 长沙: a 栏次 row numbers every column, some of which print no figures (事业收入 … 上年结转 left blank).
const CS = real('cities-renwu/cs_jiaoyuju_2026_budget.pdf');
// 福州: 收入预算总表 ends with a 上年结转结余 column; 表五 heads 小计 | 其中：基本支出 | 项目支出.
const FZ_TABLES = real('cities-renwu/fz_gonganju_2026_budget.pdf');
const FS_FINAL = real('cities-renwu/fs_guidaojiaotong_2019_final.pdf'); // columns numbered by a 栏次 row; 表4 printed over three pages, each with its title
// 西安 budgets of corpus/wide: a 序号 column, 上年结转 among the sources, two economic codes per row.
const XIAN_GZW = wide('w61_');
const XIAN_RSJ = wide('w58_');

ruleTable('W1', {
  valid: [
    { name: 'summary table: 收入总计 = 支出总计', doc: UNIT, cells: ['p7:t2:15:1', 'p7:t2:15:3'] },
    { name: 'fiscal summary: 收入总计 = 支出总计', doc: UNIT, cells: ['p10:t5:15:1', 'p10:t5:15:3'] },
    { name: 'three blocks: 支出合计 read in the last column, under its spanning label', doc: JS, cells: ['p14:t1:39:1', 'p14:t1:39:5'] },
  ],
  invalid: [
    {
      name: 'three blocks: 支出合计 changed',
      doc: JS,
      edits: { 'p14:t1:39:5': '21,965.35' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p14:t1:39:1', 'p14:t1:39:5'],
    },
    {
      name: '收入总计 137 元 too high',
      doc: UNIT,
      edits: { 'p7:t2:15:1': '12,121,301' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p7:t2:15:1', 'p7:t2:15:3'],
    },
    {
      name: 'fiscal 支出总计 changed',
      doc: UNIT,
      edits: { 'p10:t5:15:3': '9,501,027' },
      status: 'fail',
      messageId: 'eqFail',
      cells: ['p10:t5:15:1', 'p10:t5:15:3'],
    },
  ],
});

ruleTable('W2', {
  valid: [{ name: '收入总计 = 本年收入 + 上年结转', doc: SZ, cells: ['p9:t1:34:1', 'p9:t1:32:1'] }],
  invalid: [
    { name: '收入总计 changed', doc: SZ, edits: { 'p9:t1:34:1': '4,653.04' }, status: 'fail', messageId: 'fail', cells: ['p9:t1:34:1'] },
  ],
});

ruleTable('W3', {
  valid: [
    { name: '总计 = 本年支出 + 结转', doc: FINAL, cells: ['p5:t2:31:1', 'p5:t2:28:1'] },
    { name: '尾差: 总计 0.01 off', doc: FINAL, edits: { 'p5:t2:31:1': '307.83' }, cells: ['p5:t2:31:1', 'p5:t2:28:1'] },
  ],
  invalid: [
    { name: '总计 changed', doc: FINAL, edits: { 'p5:t2:31:1': '309.19' }, status: 'fail', messageId: 'fail', cells: ['p5:t2:31:1'] },
  ],
});

ruleTable('W4', {
  valid: [
    { name: '财政拨款收入 = its 3 funds', doc: UNIT, cells: ['p7:t2:4:1', 'p7:t2:5:1'] },
    { name: 'final: 本年收入合计 = its sources', doc: FINAL, cells: ['p5:t2:28:1', 'p5:t2:2:1'] },
    // Columns numbered by a 栏次 row ("决算数 / 1"): the numbers are not the columns' names.
    { name: 'final with a 栏次 row: 本年支出合计 = its 22 lines', doc: FS_FINAL, cells: ['p6:t1:25:5', 'p5:t1:10:5'] },
    // 表4 printed over pages 12–14, each page with its title, joined into one table.
    { name: 'a table over three pages: 本年支出合计 = its 22 lines', doc: FS_FINAL, cells: ['p13:t4:25:5', 'p12:t4:3:5'] },
    { name: 'three blocks: 当年支出小计 = 基本 + 项目 + 预留', doc: JS, cells: ['p14:t1:35:5', 'p13:t1:3:5', 'p13:t1:5:5'] },
    // "当年支出小计" printed across the 功能分类 and 支出用途 blocks is the 功能分类 block's subtotal too.
    { name: 'a subtotal spanning two blocks: 当年支出小计 = Σ 功能分类 类', doc: JS, cells: ['p14:t1:35:5', 'p13:t1:6:3', 'p14:t1:29:3'] },
    // 表1 lists its spending 类 / 款 / 项 by name: 本年支出合计 = Σ the 类 lines only.
    { name: 'a summary listing 类/款/项 by name: 本年支出合计 = Σ 类', doc: HZ, cells: ['p23:t1:42:3', 'p23:t1:2:3', 'p23:t1:7:3'] },
    // 公开02表: 收入总计, then groups each opening with a 小计 line in the second label column.
    { name: 'groups opened by 小计: 一般公共预算资金 小计 = its lines', doc: JS, cells: ['p14:t2:2:2', 'p14:t2:3:2'] },
    { name: 'groups opened by 小计: 收入总计 = Σ 小计', doc: JS, cells: ['p14:t2:1:2', 'p14:t2:2:2', 'p14:t2:9:2'] },
  ],
  invalid: [
    {
      name: 'a 类 line of the 功能分类 block changed',
      doc: JS,
      edits: { 'p13:t1:13:3': '1,846.22' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p14:t1:35:5', 'p13:t1:13:3'],
    },
    {
      name: 'a line of the 其他资金 group changed',
      doc: JS,
      edits: { 'p14:t2:12:2': '15.39' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p14:t2:9:2', 'p14:t2:12:2'],
    },
    {
      name: '财政拨款收入 changed',
      doc: UNIT,
      edits: { 'p7:t2:4:1': '9,501,301' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p7:t2:4:1', 'p7:t2:5:1'],
    },
    {
      name: 'a fund line changed',
      doc: UNIT,
      edits: { 'p7:t2:5:1': '9,501,301' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p7:t2:4:1', 'p7:t2:5:1'],
    },
  ],
});

ruleTable('W5', {
  valid: [
    { name: 'income table row 208: 合计 = sources', doc: UNIT, cells: ['p8:t3:3:4', 'p8:t3:3:5'] },
    { name: '上年结转结余 is one of the sources', doc: FZ_TABLES, cells: ['p9:t3:1:1', 'p9:t3:1:2', 'p9:t3:1:11'] },
    { name: 'columns named above a 栏次 row, some of them blank', doc: CS, cells: ['p13:t2:3:4', 'p13:t2:3:5'] },
    { name: 'a 上年结转 source column adds up', doc: XIAN_GZW, cells: ['p25:t4:3:3', 'p25:t4:3:12'] },
  ],
  invalid: [
    {
      name: '合计 changed: the 上年结转 column is among the parts',
      doc: XIAN_GZW,
      edits: { 'p25:t4:3:3': '25180891.33' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p25:t4:3:3', 'p25:t4:3:12'],
    },
    {
      name: 'row 208 合计 changed',
      doc: UNIT,
      edits: { 'p8:t3:3:4': '11,281,761' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p8:t3:3:4', 'p8:t3:3:5'],
    },
  ],
});

ruleTable('W6', {
  valid: [
    { name: 'spending table row 208: 合计 = 基本 + 项目', doc: UNIT, cells: ['p9:t4:3:4', 'p9:t4:3:5'] },
    { name: '小计 | 其中：基本支出 | 项目支出: row 204', doc: FZ_TABLES, cells: ['p13:t6:3:2', 'p13:t6:3:3', 'p13:t6:3:4'] },
    { name: 'columns named above a 栏次 row, some of them blank', doc: CS, cells: ['p14:t3:3:4', 'p14:t3:3:5', 'p14:t3:3:6'] },
  ],
  invalid: [
    {
      name: '小计 | 其中：基本支出 | 项目支出: row 204 项目支出 changed',
      doc: FZ_TABLES,
      edits: { 'p13:t6:3:4': '298.26' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p13:t6:3:2', 'p13:t6:3:4'],
    },
    {
      name: 'row 208 基本支出 changed',
      doc: UNIT,
      edits: { 'p9:t4:3:5': '8,661,761' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p9:t4:3:4', 'p9:t4:3:5'],
    },
  ],
});

ruleTable('W7', {
  valid: [{ name: '一般公共预算资金: 合计 = 人员 + 公用 + 项目', doc: UNIT, cells: ['p7:t2:5:3', 'p7:t2:5:4'] }],
  invalid: [
    { name: 'its 合计 changed', doc: UNIT, edits: { 'p7:t2:5:3': '11,281,761' }, status: 'fail', messageId: 'fail', cells: ['p7:t2:5:3'] },
  ],
});

ruleTable('W8', {
  valid: [
    { name: '类 208 = Σ 款', doc: UNIT, cells: ['p8:t3:3:4', 'p8:t3:4:4'] },
    { name: 'no codes: 款 司法 = Σ its 项, read from their names', doc: HZ, cells: ['p26:t3:10:1', 'p26:t3:14:1'] },
    // 长沙: 类 | 款 | 项 in three columns, the 款 line printing only "03": its 类 is the line above's.
    { name: '类 | 款 | 项 columns, a 款 printed as "03": 类 205 = Σ 款', doc: CS, cells: ['p13:t2:4:4', 'p13:t2:5:4'] },
    // 表1 lists its spending 类 / 款 / 项 by name, without numbering: 司法 = Σ its 项 there too.
    { name: 'a summary listing 类/款/项 by name: 司法 = Σ its 项', doc: HZ, cells: ['p23:t1:8:3', 'p23:t1:12:3'] },
  ],
  invalid: [
    {
      name: '类 | 款 | 项 columns: 款 03 changed',
      doc: CS,
      edits: { 'p13:t2:5:4': '646.73' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p13:t2:4:4', 'p13:t2:5:4'],
    },
    {
      name: 'a summary listing 类/款/项 by name: a 项 of 司法 changed',
      doc: HZ,
      edits: { 'p23:t1:12:3': '129.63' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p23:t1:8:3', 'p23:t1:12:3'],
    },
    {
      name: 'no codes: a 项 of 司法 changed',
      doc: HZ,
      edits: { 'p26:t3:14:1': '129.63' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p26:t3:10:1', 'p26:t3:14:1'],
    },
    {
      // 监狱's lines include names the catalogue lacks: they could be a 款, so a break there is not a finding.
      name: 'no codes: a line the catalogue does not know changed',
      doc: HZ,
      edits: { 'p26:t3:24:1': '4,260.62' },
      status: 'unverifiable',
      messageId: 'namedLevels',
      cells: ['p26:t3:21:1', 'p26:t3:24:1'],
    },
    {
      name: '款 20805 changed',
      doc: UNIT,
      edits: { 'p8:t3:4:4': '1,696,965' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p8:t3:3:4', 'p8:t3:4:4'],
    },
  ],
});

ruleTable('W9', {
  valid: [
    // 部门经济科目编码 | 名称 | 政府经济科目编码 | 名称: the row's code is the first.
    { name: 'two classifications per row: 301 = Σ its 款', doc: XIAN_GZW, cells: ['p31:t10:2:5', 'p31:t10:3:5'] },
    // 3010201 | 3010202 printed under 301 without a 30102 line.
    { name: '301 = Σ its 款 and the 项 of an unprinted 款', doc: XIAN_RSJ, cells: ['p35:t8:2:4', 'p35:t8:5:4', 'p35:t8:7:4'] },
    { name: '301 = Σ its 款', doc: UNIT, cells: ['p14:t9:3:3', 'p14:t9:4:3'] },
    { name: '合计 = Σ 类 (301 + 302 + 303)', doc: JS, cells: ['p16:t6:1:2', 'p16:t6:2:2', 'p16:t6:12:2', 'p17:t6:27:2'] },
    { name: 'no codes: 工资福利支出 = Σ its 款, read from their names', doc: HZ, cells: ['p32:t6:4:1', 'p32:t6:5:1'] },
  ],
  invalid: [
    {
      name: 'no codes: 基本工资 changed',
      doc: HZ,
      edits: { 'p32:t6:5:1': '6,888.71' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p32:t6:4:1', 'p32:t6:5:1'],
    },
    {
      name: '合计 changed',
      doc: JS,
      edits: { 'p16:t6:1:2': '13,989.92' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p16:t6:1:2', 'p16:t6:2:2'],
    },
    {
      name: 'two classifications per row: 基本工资 changed',
      doc: XIAN_GZW,
      edits: { 'p31:t10:3:5': '3431945.40' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p31:t10:2:5', 'p31:t10:3:5'],
    },
    {
      name: '301 changed',
      doc: UNIT,
      edits: { 'p14:t9:3:3': '6,958,551' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p14:t9:3:3', 'p14:t9:4:3'],
    },
  ],
});

ruleTable('W10', {
  valid: [
    { name: '人员经费合计 = 301 + 303', doc: UNIT, cells: ['p14:t9:29:4', 'p14:t9:3:4'] },
    { name: 'a column headed 人员经费支出', doc: XIAN_GZW, cells: ['p31:t10:1:6', 'p31:t10:2:6', 'p31:t10:12:6'] },
  ],
  invalid: [
    {
      name: 'a column headed 人员经费支出: its 302 line changed',
      doc: XIAN_GZW,
      edits: { 'p31:t10:12:6': '749100.00' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p31:t10:1:6', 'p31:t10:12:6'],
    },
    {
      name: '人员经费合计 changed',
      doc: UNIT,
      edits: { 'p14:t9:29:4': '7,380,351' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p14:t9:29:4'],
    },
  ],
});

ruleTable('W11', {
  valid: [{ name: '政府性基金 line: 合计 = fund columns', doc: UNIT, cells: ['p10:t5:3:3', 'p10:t5:3:4'] }],
  invalid: [
    { name: 'its 合计 changed', doc: UNIT, edits: { 'p10:t5:3:3': '8,661,761' }, status: 'fail', messageId: 'fail', cells: ['p10:t5:3:3'] },
  ],
});

// No document of corpus/real prints 年初结转和结余 … 年末结转和结余 side by side in a form W12 reads.
const carryOver = (closing: string) =>
  built(`final-account table, 年末 ${closing}`, () =>
    disclosure(
      '',
      [
        {
          title: '2024年度财政拨款收入支出决算表',
          rows: [
            ['项目', '年初结转和结余', '本年收入', '本年支出', '年末结转和结余'],
            ['合计', '10.00', '100.00', '95.00', closing],
            ['一般公共预算财政拨款', '10.00', '100.00', '95.00', closing],
          ],
        },
      ],
      FINAL_HEADER,
    ),
  );
ruleTable('W12', {
  valid: [{ name: '10 + 100 − 95 = 15', doc: carryOver('15.00'), cells: ['p2:t1:1:4', 'p2:t1:1:1'] }],
  invalid: [
    { name: '10 + 100 − 95 ≠ 16.37', doc: carryOver('16.37'), status: 'fail', messageId: 'balanceFail', cells: ['p2:t1:1:4', 'p2:t1:1:1'] },
  ],
});

// 福州 prints its 三公 table as rows: 合计 / 1、因公出国 / 2、公务接待费 / 3、公务用车购置及运行费 / 其中：（1）购置费 / （2）运行费.
const FZ = real('cities-renwu/fz_gonganju_2026_budget.pdf');
const SZN = real('cities-renwu/szn_caizhengju_2026_budget.pdf');
// 长沙: 公务用车购置及运行费 | 其中：公务用车购置 | 其中：公务用车运行费 as columns.
const W53 = real('../wide/w53_长沙_2026年长沙市公安局2025年部门预算.pdf');
ruleTable('W13', {
  valid: [
    { name: '三公 total = 3 items', doc: UNIT, cells: ['p15:t10:3:0', 'p15:t10:3:1'] },
    {
      name: 'printed as rows: 合计 = 因公出国 + 公务用车 + 公务接待',
      doc: FZ,
      cells: ['p23:t11:1:1', 'p23:t11:2:1', 'p23:t11:4:1', 'p23:t11:3:1'],
    },
    { name: 'printed as rows: 公务用车购置及运行费 = （1）+（2）', doc: FZ, cells: ['p23:t11:4:1', 'p23:t11:5:1', 'p23:t11:6:1'] },
    { name: 'vehicles = its two 其中 columns', doc: W53, cells: ['p21:t7:2:4', 'p21:t7:2:5', 'p21:t7:2:6'] },
    // 深圳: every item split by fund, a row per year (2025 年, 2026 年, 增减变化金额).
    {
      name: 'split by fund: 2026 年 总计·一般公共预算 = Σ its items',
      doc: SZN,
      cells: ['p38:t11:4:2', 'p38:t11:4:5', 'p38:t11:4:8', 'p38:t11:4:11'],
    },
  ],
  invalid: [
    { name: 'the total changed', doc: UNIT, edits: { 'p15:t10:3:0': '20.1' }, status: 'fail', messageId: 'fail', cells: ['p15:t10:3:0'] },
    {
      name: 'split by fund: 2026 年 公务接待费·一般公共预算 changed',
      doc: SZN,
      edits: { 'p38:t11:4:8': '10.46' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p38:t11:4:2', 'p38:t11:4:8'],
    },
    {
      name: 'vehicles columns: 其中：公务用车运行费 changed',
      doc: W53,
      edits: { 'p21:t7:2:6': '240.00' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p21:t7:2:4', 'p21:t7:2:6'],
    },
    {
      name: 'printed as rows: （2）公务用车运行费 changed',
      doc: FZ,
      edits: { 'p23:t11:6:1': '24.31' },
      status: 'fail',
      messageId: 'fail',
      cells: ['p23:t11:4:1', 'p23:t11:6:1'],
    },
  ],
});

// corpus/real's project tables that W14 passes print only zero columns; a hand-made one is clearer.
const projects = (total: string) =>
  built(`project table, 合计 ${total}`, () =>
    disclosure('', [
      {
        title: '项目支出预算表',
        rows: [
          ['项目名称', '合计'],
          ['合计', total],
          ['信息化运维', '30.00'],
          ['档案整理', '20.50'],
        ],
      },
    ]),
  );
ruleTable('W14', {
  valid: [
    { name: '30.00 + 20.50 = 50.50', doc: projects('50.50'), cells: ['p2:t1:1:1', 'p2:t1:2:1'] },
    { name: '尾差: 50.51 within rounding', doc: projects('50.51'), expect: ['rounding'] },
  ],
  invalid: [
    { name: '30.00 + 20.50 ≠ 51.87', doc: projects('51.87'), status: 'fail', messageId: 'fail', cells: ['p2:t1:1:1', 'p2:t1:2:1'] },
  ],
});
