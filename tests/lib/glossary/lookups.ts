// 80 look-ups as readers type them, written from the headings, table rows and sentences of the
// documents in ../shared (budgets and final accounts of 北京、上海、江苏、重庆、广州、长春 …):
// synonyms, abbreviations, English, Traditional, printed code forms, typos and questions, each
// with the entry that must come first. scripts/bench-glossary.mjs prints the top-1 rate.
export const LOOKUPS: [query: string, expected: string][] = [
  // as printed (headings and row labels)
  ['“三公”经费', 'three-public-costs'], ['一般公共预算“三公”经费支出表', 'three-public-costs'], ['机关运行经费', 'agency-operating-costs'],
  ['财政拨款结转和结余', 'fiscal-carryover'], ['年初结转和结余', 'carryover-in'], ['年末结转和结余', 'carryover-out'],
  ['用事业基金弥补收支差额', 'use-of-reserve'], ['政府采购情况', 'gov-procurement'], ['国有资产占用情况', 'state-assets'],
  ['预算绩效管理情况', 'performance-management'], ['本年收入合计', 'income-this-year-total'], ['支出总计', 'expenditure-grand-total'],
  ['上级补助收入', 'higher-level-subsidy'], ['附属单位上缴收入', 'subordinate-remittance-income'], ['对个人和家庭的补助', 'subsidies-to-individuals'],
  ['机关事业单位基本养老保险缴费', 'pension-contribution'], ['名词解释', 'glossary-section'], ['政府性基金预算财政拨款支出表', 'gov-fund-appropriation'],
  // synonyms and everyday / abbreviated forms
  ['三公经费', 'three-public-costs'], ['三公', 'three-public-costs'], ['财政拨款结转', 'fiscal-carryover'], ['结转结余', 'carryover-and-balance'],
  ['国资预算', 'state-capital-appropriation'], ['地方债', 'gov-debt'], ['专项经费', 'project-expenditure'], ['预算调整', 'initial-budget'],
  ['参公单位', 'civil-service-managed-institution'], ['公车购置费', 'vehicle-purchase'], ['接待费', 'official-reception'], ['行政经费', 'agency-operating-costs'],
  ['日常公用经费', 'public-expenses'], ['公务用车购置及运行费', 'official-vehicles'], ['一般公共预算财政拨款基本支出预算表', 'basic-expenditure'], ['津补贴', 'allowances'], ['社保基金预算', 'social-insurance-fund-budget'], ['四本账', 'four-budgets'],
  // English
  ['basic expenditure', 'basic-expenditure'], ['government fund budget', 'gov-fund-appropriation'], ['three public expenses', 'three-public-costs'],
  ['personnel expenses', 'personnel-expenses'], ['government procurement', 'gov-procurement'], ['housing provident fund', 'housing-fund'],
  ['official reception', 'official-reception'], ['final accounts', 'final-accounts'], ['carryover to next year', 'carryover-out'],
  ['what are the three public expenses?', 'three-public-costs'], ['state capital operating budget', 'state-capital-appropriation'], ['Project Expenditure', 'project-expenditure'], ['debt limit', 'gov-debt'],
  // Traditional characters
  ['三公經費', 'three-public-costs'], ['財政撥款收入', 'fiscal-appropriation-income'], ['結轉下年', 'carryover-out'], ['機關運行經費', 'agency-operating-costs'],
  ['政府採購', 'gov-procurement'], ['項目支出', 'project-expenditure'], ['醫療衛生與計劃生育支出', 'health'],
  // printed code forms
  ['2010301', 'code:2010301'], ['201 03 01', 'code:2010301'], ['[2010301]行政运行', 'code:2010301'], ['（204类）司法（06款）行政运行（01项）', 'code:2040601'],
  ['30217', 'code:30217'], ['30231', 'code:30231'], ['2210201', 'code:2210201'], ['208 05 05', 'code:2080505'],
  ['一般公共服务（类）财政事务（款）行政运行（项）', 'code:2010601'], ['30113', 'code:30113'],
  // typos
  ['财政拔款收入', 'fiscal-appropriation-income'], ['机关运行经废', 'agency-operating-costs'], ['公务接侍费', 'official-reception'], ['政府采够', 'gov-procurement'],
  ['基本只出', 'basic-expenditure'], ['因公出国(境)费', 'official-travel-abroad'],
  // questions
  ['基本支出和人员经费的区别', 'basic-expenditure'], ['什么是三公经费？', 'three-public-costs'], ['机关运行经费是什么', 'agency-operating-costs'],
  ['结转和结余有什么区别', 'carryover-and-balance'], ['项目支出包括哪些', 'project-expenditure'], ['预算完成率怎么算', 'execution-rate'],
  ['政府购买服务是指', 'gov-purchase-services'], ['什么叫参公单位', 'civil-service-managed-institution'],
];
