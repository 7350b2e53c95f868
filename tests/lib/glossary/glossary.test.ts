// Look-up accuracy over the ways disclosures and readers write terms and codes: printed
// variants with and without quotes, table headers, typos, Traditional characters, and codes
// in every printed form. Prints top-1 accuracy; the bar is 95 %.
import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../../lib/glossary';

const MIN_TOP1_ACCURACY = 0.95;

/** [query, expected entry id of the first hit] */
const CASES: [string, string][] = [
  // income
  ['财政拨款收入', 'fiscal-appropriation-income'],
  ['财政拨款', 'fiscal-appropriation-income'],
  ['本年财政拨款收入', 'fiscal-appropriation-income'],
  ['一般公共预算拨款', 'general-budget-appropriation'],
  ['一般公共预算拨款收入', 'general-budget-appropriation'],
  ['一般公共预算财政拨款', 'general-budget-appropriation'],
  ['一般公共预算财政拨款收入', 'general-budget-appropriation'],
  ['政府性基金预算拨款', 'gov-fund-appropriation'],
  ['政府性基金预算财政拨款收入', 'gov-fund-appropriation'],
  ['国有资本经营预算拨款', 'state-capital-appropriation'],
  ['国有资本经营预算财政拨款', 'state-capital-appropriation'],
  ['财政专户管理资金', 'special-account-funds'],
  ['财政专户管理资金收入', 'special-account-funds'],
  ['单位资金', 'unit-funds'],
  ['上级补助收入', 'higher-level-subsidy'],
  ['事业收入', 'business-service-income'],
  ['经营收入', 'operating-income'],
  ['事业单位经营收入', 'operating-income'],
  ['附属单位上缴收入', 'subordinate-remittance-income'],
  ['其他收入', 'other-income'],
  ['用事业基金弥补收支差额', 'use-of-reserve'],
  ['使用非财政拨款结余', 'use-of-reserve'],
  // table headers and totals
  ['本年收入合计', 'income-this-year-total'],
  ['当年收入小计', 'income-this-year-total'],
  ['收入总计', 'income-grand-total'],
  ['本年支出合计', 'expenditure-this-year-total'],
  ['支出总计', 'expenditure-grand-total'],
  ['上年结转', 'carryover-in'],
  ['上年结转和结余', 'carryover-in'],
  ['年初结转和结余', 'carryover-in'],
  ['年初财政拨款结转和结余', 'carryover-in'],
  ['结转下年', 'carryover-out'],
  ['年末结转和结余', 'carryover-out'],
  ['结余分配', 'balance-allocation'],
  ['预算数', 'budget-amount'],
  ['上年预算数', 'prior-year-budget'],
  ['决算数', 'final-amount'],
  ['年初预算数', 'initial-budget'],
  ['调整预算数', 'initial-budget'],
  ['全年预算数', 'initial-budget'],
  ['完成年初预算', 'execution-rate'],
  ['合计', 'total-row'],
  ['合  计', 'total-row'],
  ['小计', 'total-row'],
  // expenditure
  ['基本支出', 'basic-expenditure'],
  ['基本支出预算', 'basic-expenditure'],
  ['人员经费', 'personnel-expenses'],
  ['公用经费', 'public-expenses'],
  ['日常公用经费', 'public-expenses'],
  ['项目支出', 'project-expenditure'],
  ['上缴上级支出', 'remit-to-higher'],
  ['经营支出', 'operating-expenditure'],
  ['对附属单位补助支出', 'subsidy-to-subordinate'],
  // 三公, with and without quotes
  ['“三公”经费', 'three-public-costs'],
  ['"三公"经费', 'three-public-costs'],
  ['‘三公’经费', 'three-public-costs'],
  ['三公经费', 'three-public-costs'],
  ['三公', 'three-public-costs'],
  ['“三公”经费支出', 'three-public-costs'],
  ['一般公共预算“三公”经费', 'three-public-costs'],
  ['因公出国（境）费', 'official-travel-abroad'],
  ['因公出国(境)费', 'official-travel-abroad'],
  ['因公出国（境）费用', 'official-travel-abroad'],
  ['公务用车购置及运行费', 'official-vehicles'],
  ['公务用车购置及运行维护费', 'official-vehicles'],
  ['公务用车购置费', 'vehicle-purchase'],
  ['公务用车运行维护费', 'vehicle-running'],
  ['公务接待费', 'official-reception'],
  // operations, procurement, assets, performance
  ['机关运行经费', 'agency-operating-costs'],
  ['机关运行费', 'agency-operating-costs'],
  ['政府采购', 'gov-procurement'],
  ['政府采购预算', 'gov-procurement'],
  ['政府购买服务', 'gov-purchase-services'],
  ['面向中小企业预留', 'sme-reservation'],
  ['国有资产占用', 'state-assets'],
  ['固定资产', 'fixed-assets'],
  ['绩效目标', 'performance-targets'],
  ['绩效指标', 'performance-targets'],
  ['绩效自评', 'performance-evaluation'],
  ['预算绩效管理', 'performance-management'],
  ['特定目标类项目', 'project-categories'],
  // classification terms
  ['支出功能分类', 'function-classification'],
  ['功能分类科目', 'function-classification'],
  ['支出经济分类', 'economic-classification'],
  ['部门预算支出经济分类', 'economic-classification'],
  ['工资福利支出', 'wages-welfare'],
  ['商品和服务支出', 'goods-services'],
  ['对个人和家庭的补助', 'subsidies-to-individuals'],
  ['资本性支出', 'capital-expenditure'],
  ['行政运行', 'admin-operation'],
  ['一般行政管理事务', 'general-admin-affairs'],
  ['机关服务', 'agency-services'],
  ['事业运行', 'institution-operation'],
  ['机关事业单位基本养老保险缴费', 'pension-contribution'],
  ['职业年金缴费', 'occupational-annuity'],
  ['住房公积金', 'housing-fund'],
  ['提租补贴', 'housing-allowance'],
  ['购房补贴', 'housing-allowance'],
  ['卫生健康支出', 'health'],
  ['医疗卫生与计划生育支出', 'health'],
  ['文化旅游体育与传媒支出', 'culture-tourism'],
  ['文化体育与传媒支出', 'culture-tourism'],
  ['资源勘探信息等支出', 'resource-industry-info'],
  ['国土海洋气象等支出', 'natural-resources'],
  ['灾害防治及应急管理支出', 'disaster-prevention'],
  ['参公单位', 'civil-service-managed-institution'],
  ['参照公务员法管理的事业单位', 'civil-service-managed-institution'],
  ['部门预算', 'department-budget'],
  ['单位预算', 'unit-budget'],
  ['部门决算', 'final-accounts'],
  ['空表说明', 'empty-table-note'],
  ['此表为空', 'empty-table-note'],
  ['名词解释', 'glossary-section'],
  ['四本预算', 'four-budgets'],
  ['转移支付', 'transfer-payments'],
  ['专项转移支付', 'transfer-payments'],
  ['政府债务余额', 'gov-debt'],
  ['预备费', 'reserve-fund'],
  ['预算稳定调节基金', 'budget-stabilization-fund'],
  ['差旅费', 'travel-fee'],
  ['委托业务费', 'commissioned-services-fee'],
  // typos (one wrong character)
  ['财政拔款收入', 'fiscal-appropriation-income'],
  ['一般公共预算拔款', 'general-budget-appropriation'],
  ['机关运行经废', 'agency-operating-costs'],
  ['政府釆购预算', 'gov-procurement'],
  ['三公经废', 'three-public-costs'],
  ['结转下午', 'carryover-out'],
  ['用事业基金弥补收支差頞', 'use-of-reserve'],
  ['公务用车运行维户费', 'vehicle-running'],
  // Traditional characters
  ['三公經費', 'three-public-costs'],
  ['財政撥款收入', 'fiscal-appropriation-income'],
  ['結轉下年', 'carryover-out'],
  ['年初結轉和結餘', 'carryover-in'],
  ['機關運行經費', 'agency-operating-costs'],
  ['政府採購', 'gov-procurement'],
  ['一般公共預算撥款', 'general-budget-appropriation'],
  ['國有資本經營預算撥款', 'state-capital-appropriation'],
  ['項目支出', 'project-expenditure'],
  ['公務接待費', 'official-reception'],
  ['因公出國（境）費', 'official-travel-abroad'],
  ['衛生健康支出', 'health'],
  ['政府性基金預算撥款', 'gov-fund-appropriation'],
  ['績效目標', 'performance-targets'],
  // codes in every printed form
  ['2010301', 'code:2010301'],
  ['201 03 01', 'code:2010301'],
  ['201-03-01', 'code:2010301'],
  ['[2010301]行政运行', 'code:2010301'],
  ['【2010301】行政运行', 'code:2010301'],
  ['2010301-行政运行', 'code:2010301'],
  ['2010301 行政运行', 'code:2010301'],
  ['２０１０３０１', 'code:2010301'],
  ['（204类）司法（06款）行政运行（01项）', 'code:2040601'],
  ['204类06款01项', 'code:2040601'],
  ['(204类)司法(06款)', 'code:20406'],
  ['201', 'code:201'],
  ['201类', 'code:201'],
  ['20106', 'code:20106'],
  ['201 06', 'code:20106'],
  ['2010699', 'code:2010699'],
  ['210', 'code:210'],
  ['2101101', 'code:2101101'],
  ['210 11 01', 'code:2101101'],
  ['20805', 'code:20805'],
  ['208 05 05', 'code:2080505'],
  ['2080506', 'code:2080506'],
  ['221 02 01', 'code:2210201'],
  ['[2210201]住房公积金', 'code:2210201'],
  ['224', 'code:224'],
  ['301', 'code:301'],
  ['30101', 'code:30101'],
  ['301 01', 'code:30101'],
  ['[30217]公务接待费', 'code:30217'],
  ['30231-公务用车运行维护费', 'code:30231'],
  ['31013', 'code:31013'],
  ['501', 'code:501'],
  ['50101-工资奖金津补贴', 'code:50101'],
  ['2040650', 'code:2040650'],
  ['2060599', 'code:2060599'], // not printed anywhere: 99 under a known 款, named by rule
  ['一般公共服务（类）财政事务（款）行政运行（项）', 'code:2010601'],
  ['住房保障（类）住房改革（款）住房公积金（项）', 'code:2210201'],
  ['社会保障和就业（类）行政事业单位离退休（款）事业单位离退休（项）', 'code:2080502'],
  ['政府办公厅（室）及相关机构事务', 'code:20103'],
  ['财政委托业务支出', 'code:2010608'],
];

describe('glossary look-up', () => {
  const glossary = createGlossary();

  it(`finds the expected entry first for ≥ ${MIN_TOP1_ACCURACY * 100} % of ${CASES.length} queries`, () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
    const misses: string[] = [];
    for (const [query, id] of CASES) {
      const top = glossary.lookup(query, { limit: 3 })[0];
      if (top?.entry.id !== id) misses.push(`${query} → ${top?.entry.id ?? '(nothing)'} (want ${id})`);
    }
    const accuracy = 1 - misses.length / CASES.length;
    console.log(`glossary look-up top-1 accuracy: ${(accuracy * 100).toFixed(1)} % (${CASES.length - misses.length}/${CASES.length})`);
    if (misses.length) console.log('misses:\n  ' + misses.join('\n  '));
    expect(accuracy).toBeGreaterThanOrEqual(MIN_TOP1_ACCURACY);
  });

  it('never follows an exact or alias match with fuzzy look-alikes', () => {
    const hits = glossary.lookup('预算数', { limit: 5 });
    expect(hits[0]).toMatchObject({ matchedBy: 'exact', entry: { id: 'budget-amount' } });
    expect(hits.filter((h) => h.matchedBy === 'fuzzy')).toEqual([]);
    expect(glossary.lookup('三公经费', { limit: 5 }).map((h) => h.entry.id)).toEqual(['three-public-costs']);
    expect(glossary.lookup('年初结转和结余')[0].matchedBy).toBe('alias');
    expect(glossary.lookup('财政拔款收入')[0].matchedBy).toBe('fuzzy');
  });

  it('names a renamed code as it was called in the asked year', () => {
    expect(glossary.resolveCode('210', 2018)?.name).toBe('医疗卫生与计划生育支出');
    expect(glossary.resolveCode('210', 2020)?.name).toBe('卫生健康支出');
    expect(glossary.resolveCode('207', 2017)?.name).toBe('文化体育与传媒支出');
    expect(glossary.resolveCode('215', 2018)?.name).toBe('资源勘探信息等支出');
    expect(glossary.resolveCode('220', 2024)?.name).toBe('自然资源海洋气象等支出');
    // js_rendaban_2018_budget prints 20805 行政事业单位离退休; the 2026 budgets print 行政事业单位养老支出.
    expect(glossary.resolveCode('20805', 2018)?.name).toBe('行政事业单位离退休');
    expect(glossary.resolveCode('20805', 2026)?.name).toBe('行政事业单位养老支出');
    const health = glossary.resolveCode('210')!;
    expect(health.renames.map((r) => r.name)).toEqual(expect.arrayContaining(['医疗卫生与计划生育支出']));
  });

  it('gives the 类/款/项 path with names, and marks rule-named items', () => {
    const rc = glossary.resolveCode('[2010301]行政运行')!;
    expect(rc.path.map((s) => `${s.code}${s.name}`)).toEqual([
      '201一般公共服务支出',
      '20103政府办公厅（室）及相关机构事务',
      '2010301行政运行',
    ]);
    expect(rc.inferred).toBeUndefined();
    expect(glossary.resolveCode('2060599')).toMatchObject({ name: '其他科技条件与服务支出', inferred: true });
    expect(glossary.resolveCode('2189999')).toBeUndefined(); // no 款 21899 in the dictionary
    expect(glossary.lookup('201人')).not.toContainEqual(expect.objectContaining({ matchedBy: 'code' }));
  });
});
