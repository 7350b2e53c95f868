// What a table is (domain.md §A.2/A.3), from its title and header words — not its printed number.
export type TableRole =
  | 'summary' // 收入支出预算总表 / 财务收支预算总表 / 收入支出决算总表 (B01, F1)
  | 'fiscal-summary' // 财政拨款收支总表 (B04, F4)
  | 'income' // 收入预算表 (B02, F2)
  | 'expenditure' // 支出预算表 (B03, F3)
  | 'gpb-expenditure' // 一般公共预算（财政拨款）支出表 (B05, F5)
  | 'gpb-basic' // 一般公共预算基本支出表 (B06, F6)
  | 'fund' // 政府性基金 (B07, F8)
  | 'soe' // 国有资本经营 (F9)
  | 'three-public' // “三公”经费 (B08, F7)
  | 'projects' // 项目支出表 (B09)
  | 'procurement'; // 政府采购

const ROLE_PATTERNS: [TableRole, RegExp, RegExp?][] = [
  ['three-public', /三公/],
  // Before the fiscal summary: "政府性基金预算财政拨款收入支出决算表" also reads as 财政拨款收入支出决算表.
  ['fund', /政府性基金/],
  ['soe', /国有资本经营/],
  ['fiscal-summary', /财政拨款收\S{0,2}支\S{0,4}总表|财政拨款收入支出(预|决)算(总)?表|财政拨款收支总体情况表/],
  ['gpb-basic', /基本支出/, /项目支出表/],
  ['gpb-expenditure', /一般公共预算/],
  ['summary', /收入支出(预|决)算总表|财务收支(预|决)算总表|收支(预|决)算总表|收支总表|收支总体情况表/],
  ['projects', /项目支出/],
  ['procurement', /政府采购/],
  ['income', /收入(预算|决算)?(总)?表|收入总体情况表/],
  ['expenditure', /支出(预算|决算)?(总)?表|支出总体情况表/],
];

export function roleOf(title: string, headerText: string): TableRole | null {
  const t = title.replace(/\s/g, '');
  for (const [role, re, not] of ROLE_PATTERNS) if (re.test(t) && !(not && not.test(t))) return role;
  const h = headerText.replace(/\s/g, '');
  if (/因公出国/.test(h) && /公务接待/.test(h)) return 'three-public';
  if (/人员经费/.test(h) && /公用经费/.test(h) && /30[12]/.test(h)) return 'gpb-basic';
  return null;
}

/** The standard number of a role in the budget (B) or final-account (F) set. */
export function standardId(role: TableRole, final: boolean): string {
  const B: Record<TableRole, string> = {
    summary: 'B01',
    income: 'B02',
    expenditure: 'B03',
    'fiscal-summary': 'B04',
    'gpb-expenditure': 'B05',
    'gpb-basic': 'B06',
    fund: 'B07',
    'three-public': 'B08',
    projects: 'B09',
    soe: 'B-soe',
    procurement: 'B-proc',
  };
  const F: Record<TableRole, string> = {
    summary: 'F1',
    income: 'F2',
    expenditure: 'F3',
    'fiscal-summary': 'F4',
    'gpb-expenditure': 'F5',
    'gpb-basic': 'F6',
    'three-public': 'F7',
    fund: 'F8',
    soe: 'F9',
    projects: 'F-proj',
    procurement: 'F-proc',
  };
  return (final ? F : B)[role];
}
