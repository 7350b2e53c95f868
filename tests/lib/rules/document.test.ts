// K1 (the standard tables are all there) and G1 (the document's own glossary against the reference).
import { built, real, ruleTable, text } from '../../support/rule-tester';
import { realDocument } from '../../support/corpus';

const UNIT_PDF = 'putuo-tianbaoxitong/putuo_shehuifuliyuan_2024_unit_budget.pdf';

ruleTable('K1', {
  valid: [
    { name: 'the 8 standard tables of a unit budget', doc: real(UNIT_PDF) },
    // The 2019 决算 set had eight tables: none names the 国有资本经营 fund, and no 国资 table is asked for.
    { name: 'the eight-table 决算 of 佛山 轨道交通局 2019', doc: real('cities-renwu/fs_guidaojiaotong_2019_final.pdf') },
  ],
  invalid: [
    {
      name: 'the same budget without its 三公 table',
      doc: built('unit budget less its 三公 table', async () => {
        const doc = structuredClone(await realDocument(UNIT_PDF));
        doc.tables = doc.tables.filter((t) => !/三公/.test(t.title));
        return doc;
      }),
      status: 'warn',
    },
  ],
});

ruleTable('G1', {
  valid: [
    {
      name: 'the current 科目 name',
      doc: text('名词解释\n1.社会保障和就业支出（类）行政事业单位养老支出（款）：反映用于离退休人员的支出。'),
      quiet: true,
    },
  ],
  invalid: [
    {
      name: 'a 科目 name replaced years ago',
      doc: text('名词解释\n1.社会保障和就业支出（类）行政事业单位离退休（款）：反映用于离退休人员的支出。'),
      status: 'warn',
      messageId: 'outdated',
      texts: ['行政事业单位离退休'],
    },
  ],
});
