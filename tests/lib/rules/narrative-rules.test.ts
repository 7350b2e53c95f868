// Valid and invalid cases for every narrative rule; each family has a rounding (尾差) case that must not fire.
import { describe } from 'vitest';
import { ruleCases } from '../../support/rule-tester';

describe('N2 expenditure by economic class', () => ruleCases('N2', [
  { text: '支出预算100.00万元。其中，工资福利支出60.00万元，商品和服务支出30.00万元，对个人和家庭的补助5.00万元，资本性支出5.00万元。', expect: ['pass'] },
  { name: '尾差 0.01', text: '支出预算100.01万元。其中，工资福利支出60.00万元，商品和服务支出30.00万元，资本性支出10.00万元。', expect: ['rounding'] },
  { name: 'parts short by 1 万元', text: '支出预算101.00万元。其中，工资福利支出60.00万元，商品和服务支出30.00万元，资本性支出10.00万元。', expect: ['fail'] },
  { name: '万元 vs 元 scale', text: '支出预算1000000.00万元。其中，工资福利支出60.00万元，商品和服务支出30.00万元，资本性支出10.00万元。', expect: ['fail'] },
]));

describe('N4 three public costs', () => ruleCases('N4', [
  { text: '“三公”经费预算13.80万元，其中：因公出国（境）费3.00万元，公务用车购置及运行费7.20万元，公务接待费3.60万元。', expect: ['pass'] },
  { text: '“三公”经费预算13.80万元，其中：因公出国（境）费3.00万元，公务用车购置及运行费7.20万元，公务接待费4.60万元。', expect: ['fail'] },
  { name: 'nested 购置 + 运行', text: '“三公”经费预算5.00万元，其中：因公出国（境）费0万元，公务接待费0万元，公务用车购置及运行费5.00万元（其中公务用车购置费1.00万元，公务用车运行费4.00万元）。', expect: ['pass', 'pass'] },
  { name: 'nested mismatch', text: '“三公”经费预算5.00万元，其中：因公出国（境）费0万元，公务接待费0万元，公务用车购置及运行费5.00万元（其中公务用车购置费1.00万元，公务用车运行费3.00万元）。', expect: ['pass', 'fail'] },
]));

describe('N7 procurement', () => ruleCases('N7', [
  { text: '政府采购预算1423.30万元，其中：政府采购货物预算150.30万元、政府采购工程预算0万元、政府采购服务预算1273.00万元。', expect: ['pass'] },
  { text: '政府采购预算1423.30万元，其中：政府采购货物预算150.30万元、政府采购工程预算0万元、政府采购服务预算1263.00万元。', expect: ['fail'] },
]));

describe('N8 running costs', () => ruleCases('N8', [
  { text: '机关运行经费预算安排20.00万元。其中：办公费5.00万元、印刷费5.00万元、差旅费10.00万元。', expect: ['pass'] },
  { text: '机关运行经费预算安排20.00万元。其中：办公费5.00万元、印刷费5.50万元、差旅费10.00万元。', expect: ['fail'] },
]));

describe('N9 assets', () => ruleCases('N9', [
  { text: '截至2024年12月31日，资产总额500.00万元，其中，固定资产300.00万元。', expect: ['pass'] },
  { text: '截至2024年12月31日，资产总额500.00万元，其中，固定资产600.00万元。', expect: ['fail'] },
  { text: '共有车辆3辆（一般公务用车2辆，其他用车1辆）。', expect: ['pass'] },
  { text: '共有车辆3辆（一般公务用车2辆，其他用车2辆）。', expect: ['fail'] },
]));

describe('N10 coverage', () => ruleCases('N10', [
  { text: '应编制绩效目标的项目4个，实际编制绩效目标的项目3个，绩效目标覆盖率为75%。', expect: ['pass'] },
  { text: '应编制绩效目标的项目4个，实际编制绩效目标的项目3个，绩效目标覆盖率为80%。', expect: ['fail'] },
]));

describe('N11 parts within whole', () => ruleCases('N11', [
  { text: '收入预算100.00万元。其中，财政拨款90.00万元。', expect: ['unverifiable'] },
  { text: '收入预算100.00万元。其中，财政拨款110.00万元。', expect: ['fail'] },
  { text: '收入预算100.00万元，分别为财政拨款90.00万元、其他收入5.00万元。', expect: ['fail'] },
]));

describe('N5 shares', () => ruleCases('N5', [
  { text: '支出预算200.00万元。其中，基本支出150.00万元，占75%；项目支出50.00万元，占25%。', expect: ['pass', 'pass'] },
  { name: 'named denominator', text: '政府采购预算总额100.00万元。面向中小企业预留40.00万元，占政府采购预算总额的45%。', expect: ['fail'] },
]));

describe('N6 completion', () => ruleCases('N6', [
  { text: '年初预算为200.00万元，支出决算为190.00万元，完成年初预算的95%，决算数小于预算数。', expect: ['pass', 'pass'] },
  { text: '年初预算为200.00万元，支出决算为190.00万元，完成年初预算的96%，决算数大于预算数。', expect: ['fail', 'fail'] },
]));

describe('Y1 stated change', () => ruleCases('Y1', [
  { text: '收入预算2116.76万元。与2024年度预算比，收入增加244.08万元，增长13%，原因是调入人员。', expect: ['pass'] },
  { name: '8.8% vs 8.81%', text: '机关运行经费预算安排813.52万元，比2024年预算减少78.56万元，下降8.8%，主要原因是压减。', expect: ['pass'] },
  { text: '机关运行经费预算安排308.33万元，比2024年预算减少32.74万元，下降12.5%，主要原因是压减。', expect: ['fail'] },
  { name: 'no current figure', text: '与2024年度预算比，财政拨款支出增加10.00万元，增长5%，原因是调入人员。', expect: ['unverifiable'] },
]));

describe('Y2 direction words', () => ruleCases('Y2', [
  { text: '机关运行经费预算安排813.52万元，比2024年预算减少78.56万元，下降8.8%，主要原因是压减。', expect: ['pass'] },
  { text: '机关运行经费预算安排813.52万元，比2024年预算减少78.56万元，增长8.8%，主要原因是压减。', expect: ['fail'] },
  { text: '机关运行经费预算安排813.52万元，比2024年预算增长-8.8%，主要原因是压减。', expect: ['warn'] },
]));

describe('Y3 repeated change', () => ruleCases('Y3', [
  { text: '与2024年度预算比，收入增加244.08万元，增长13%，原因是调入人员。支出增加244.08万元，增长13%，原因是调入人员。', expect: ['pass'] },
  { text: '与2024年度预算比，收入增加244.08万元，增长13%，原因是调入人员。支出增加244.80万元，增长13%，原因是调入人员。', expect: ['fail'] },
]));

describe('Y5 reason', () => ruleCases('Y5', [
  { text: '机关运行经费预算安排813.52万元，比2024年预算减少78.56万元，下降8.8%，主要原因是压减。', expect: ['pass'] },
  { text: '机关运行经费预算安排813.52万元，比2024年预算减少78.56万元，下降8.8%。', expect: ['warn'] },
]));

describe('T1 counts', () => ruleCases('T1', [
  { text: '本局设置3个内设机构：办公室、财务科、业务科。', expect: ['pass'] },
  { text: '本局设置4个内设机构：办公室、财务科、业务科。', expect: ['fail'] },
  { text: '本局设置2个内设机构：\n（一）办公室\n负责日常工作。\n（二）财务科\n负责财务。\n二、部门预算单位构成', expect: ['pass'] },
]));

// T2 is demoted (lib/rules/support/run.ts DEMOTED): what it flags is a `note`, shown and never counted.
describe('T2 repeated quantity', () => ruleCases('T2', [
  { text: '支出预算中政府采购预算179.80万元。\n根据通知，支出预算中政府采购预算179.8万元。', expect: ['pass'] },
  { text: '支出预算中政府采购预算179.80万元。\n根据通知，支出预算中政府采购预算197.80万元。', expect: ['note'] },
]));

describe('hygiene', () => {
  ruleCases('H1', [{ text: '邮电费9.0.万元。', expect: ['warn'] }, { text: '1.收入预算100.00万元。', expect: [] }]);
  ruleCases('H2', [{ text: '购置费0万云。', expect: ['warn'] }, { text: '1.云溪市本级。', expect: [] }]);
  ruleCases('H3', [
    { text: '与2025年预算相比，支出增加10.00万元，增长5%，原因是调入人员。', expect: ['warn'] },
    { text: '与2024年预算相比，支出增加10.00万元，增长5%，原因是调入人员。', expect: [] },
    { text: '截至2025年12月31日，资产总额500.00万元。', expect: ['warn'] },
    { text: '截至2024年12月31日，资产总额500.00万元。', expect: [] },
  ]);
  ruleCases('H4', [{ text: '根据XX局要求编制。', expect: ['warn'] }, { text: '根据市财政局要求编制。', expect: [] }]);
  ruleCases('H5', [{ text: '支出预算100万元。。', expect: ['warn'] }, { text: '支出预算100万元。', expect: [] }]);
  ruleCases('H6', [
    { text: '按《辽宁省政府购买服务暂行办法>有关规定。', expect: ['warn'] },
    { text: '按《辽宁省政府购买服务暂行办法》（辽财综〔2015〕945号)有关规定。', expect: [] },
  ]);
});

// False-alarm families found by the precision ledger (bench/ledger): each must stay quiet.
describe('ledger families: reasons and clauses', () => {
  ruleCases('Y5', [
    { name: 'reason after 主要是 in the same sentence', text: '2025年收入预算6838.41万元，比上年执行数减少772.20万元，下降10.1%，主要是根据厉行节约的要求减少一般性支出。', expect: ['pass'] },
    { name: 'a zero change needs no reason', text: '公务用车购置费2025年预算数0.00万元，较2024年年初预算增加0.00万元。', expect: [] },
    { name: 'a change with no reason anywhere', text: '2025年本部门机关运行经费安排294.79万元，较2024年预算减少14.34万元。', expect: ['warn'] },
  ]);
  ruleCases('Y2', [
    { name: '持平 and the next item\'s change across ；', text: '其中：公务用车购置费0.00万元，与2024年预算持平；公务用车运行费49.00万元，比2024年预算增加21.00万元，主要原因是增加车辆。', expect: [] },
  ]);
  ruleCases('H1', [{ name: 'a date range is not a number', text: '实施周期2025.1.1-2025.12.31。', expect: [] }]);
  ruleCases('H6', [
    { name: 'a bracket closed on the next line', text: '机关运行经费：为保障行政单位（含参照公务员法管理的\n事业单位）运行的经费。', expect: [] },
    { name: 'a chart legend cut in two by the layout', text: '一般公共预算拨款支出（按部门预算支出经\n图一\n济科目分）', expect: [] },
    { name: 'a quote really left open in a sentence', text: '开展“人民调解协议书检查”、优秀调解案例”活动，取得成效。', expect: ['warn'] },
  ]);
  ruleCases('H3', [{ name: 'a reason citing last year\'s budget', text: '减少的主要原因一是2024年部门预算中城市建设项目由部门代编。', expect: [] }]);
  ruleCases('T1', [{ name: 'one unit listed in the sentence', text: '本单位设1个内设机构，包括：综合办公室。\n（二）名词解释一\n（三）名词解释二', expect: ['pass'] }]);
});
