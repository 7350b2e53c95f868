// C1–C3 compare two documents (lib/compare runs them): valid pairs hold, a changed figure breaks them.
import { compareDocuments } from '../../../lib/compare';
import type { DisclosureDocument, Table } from '../../../lib/model/types';
import { applyEdits, pairTable } from '../../support/rule-tester';
import { REAL, SERIES, loadJoined } from '../compare/load';

const compare = (a: DisclosureDocument, b: DisclosureDocument) => compareDocuments(a, b);
const rendaban = (year: number) => () => loadJoined(SERIES.rendaban[year]);
const PUTUO_FINAL = () => loadJoined('putuo_caizhengju_2024_final.pdf', `${REAL}/putuo-govbudgetchecker`);
const PUTUO_BUDGET = () => loadJoined('putuo_caizhengju_2025_dept_budget.pdf', `${REAL}/putuo-tianbaoxitong`);

/** The same document as next year's (its year moved on), with one cell of a matching row set. */
function nextYear(doc: DisclosureDocument, rowText: string, col: number, text: string): DisclosureDocument {
  const setCell = (t: Table): Table => ({
    ...t,
    rows: t.rows.map((row) =>
      row.some((c) => c.text.replace(/\s/g, '') === rowText) ? row.map((c, i) => (i === col ? { ...c, text } : c)) : row,
    ),
  });
  return { ...doc, info: { ...doc.info, year: (doc.info.year ?? 0) + 1 }, tables: doc.tables.map(setCell) };
}

/** The budget's own general-budget table relabelled as a final account's 年初预算 column (C3's counterpart). */
function asFinal(budget: DisclosureDocument, housing: string): DisclosureDocument {
  const relabel = (t: Table): Table => ({
    ...t,
    rows: t.rows.map((r, i) =>
      i < 3
        ? r.map((c) => ({ ...c, text: c.text.replace(/^合计$/, '年初预算数') }))
        : r.map((c, j) => (j === 4 && r.some((x) => x.text.replace(/\s/g, '') === '住房公积金') ? { ...c, text: housing } : c)),
    ),
  });
  return {
    ...budget,
    info: { ...budget.info, kind: 'dept-final' },
    tables: budget.tables.map((t) => (/一般公共预算支出功能分类/.test(t.title) ? relabel(t) : t)),
  };
}

pairTable(
  'C1',
  {
    valid: [{ name: '江苏 人大办公厅 2017 → 2018', prior: rendaban(2017), current: rendaban(2018) }],
    invalid: [
      {
        name: '2018 says 项目支出 grew by 490 (printed 480)',
        prior: rendaban(2017),
        current: async () => applyEdits(await rendaban(2018)(), { 'p21:增加480万': '增加490万' }),
        status: 'fail',
        messageId: 'fail',
        label: /项目支出预算数/,
      },
    ],
  },
  compare,
);

pairTable(
  'C2',
  {
    valid: [
      {
        name: "普陀 财政局 2024 final → a 2025 copy opening with 2024's closing",
        prior: PUTUO_FINAL,
        current: async () => nextYear(await PUTUO_FINAL(), '年初结转和结余', 1, '55.34'),
      },
    ],
    invalid: [
      {
        name: "the 2025 copy opening with 49.14, not 2024's closing 55.34",
        prior: PUTUO_FINAL,
        current: async () => nextYear(await PUTUO_FINAL(), '年初结转和结余', 1, '49.14'),
        status: 'fail',
        messageId: 'fail',
        label: /结转/,
      },
    ],
  },
  compare,
);

pairTable(
  'C3',
  {
    valid: [
      {
        name: '普陀 财政局 2025 budget → its 年初预算 column in a final account',
        prior: PUTUO_BUDGET,
        current: async () => asFinal(await PUTUO_BUDGET(), '2049197.00'),
      },
    ],
    invalid: [
      {
        name: "the final's 年初预算 for 住房公积金 changed",
        prior: PUTUO_BUDGET,
        current: async () => asFinal(await PUTUO_BUDGET(), '2049198'),
        status: 'fail',
        messageId: 'fail',
        label: /住房公积金/,
      },
    ],
  },
  compare,
);
