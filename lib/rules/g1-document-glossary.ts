// G1: the document's own 名词解释 against the reference glossary: a government level that cannot be
// right (a city document saying money comes from 省级财政), 科目 names the catalogue had already
// replaced, and entries explaining function codes that appear in none of the document's tables.
import { compareWithReference, parseDocumentGlossary } from '../glossary';
import { tableViews } from '../tables';
import type { Rule } from './types';
import type { FindingDraft } from './support/sum-finding';
import type { Messages } from './support/message';

const MESSAGES: Messages = {
  level: {
    zh: '名词解释“{term}”称资金来自“{quote}”，但这是{own}文件',
    en: 'The glossary entry "{term}" says the money comes from "{quote}", but this is a {ownEn} document',
  },
  outdated: {
    zh: '名词解释“{term}”用的科目名称“{said}”在{year}年已改为“{current}”',
    en: 'The glossary entry "{term}" uses "{said}", renamed "{current}" by {year}',
  },
  foreignCode: {
    zh: '名词解释“{term}”解释的科目 {code} 不在本文件任何表格中（疑为其他部门模板的残留）',
    en: 'The glossary entry "{term}" explains code {code}, which appears in none of this document\'s tables (left over from another department\'s template?)',
  },
};

const LEVEL_ZH = { province: '省级', city: '市级', county: '区县级' } as const;
const LEVEL_EN = { province: 'province-level', city: 'city-level', county: 'county-level' } as const;

const rule: Rule = {
  meta: {
    id: 'G1',
    kind: 'soft',
    description: {
      zh: '文件自身的名词解释与参考释义不矛盾：政府层级、已更名的科目名称、表格中不存在的科目',
      en: "The document's own glossary agrees with the reference: government level, renamed classification names, codes absent from its tables",
    },
    messages: MESSAGES,
  },
  check(ctx) {
    const { level, year, department } = ctx.doc.info;
    const entries = parseDocumentGlossary(ctx.doc.blocks);
    const tableCodes = new Set(tableViews(ctx.doc).flatMap((v) => v.rows.map((r) => r.code).filter(Boolean) as string[]));
    const out: FindingDraft[] = [];
    const evidence = (e: (typeof entries)[number]) => [{ page: e.page ?? 1, text: `${e.term}：${e.definition}`.slice(0, 160) }];
    for (const e of entries) {
      const cmp = compareWithReference(e, { level, year, department });
      for (const c of cmp.contradictions) {
        const data =
          c.kind === 'government-level'
            ? { term: e.term, quote: c.quote, own: LEVEL_ZH[c.expected], ownEn: LEVEL_EN[c.expected] }
            : { term: e.term, said: c.said, current: c.current, year: String(c.year) };
        out.push({
          rule: 'G1',
          status: 'warn',
          messageId: c.kind === 'government-level' ? 'level' : 'outdated',
          data: data,
          formula: '',
          values: [{ label: e.term, text: c.kind === 'government-level' ? c.quote : c.said, value: null, unit: '', page: e.page ?? 1 }],
          expected: null,
          actual: null,
          difference: null,
          tolerance: null,
          evidence: evidence(e),
        });
      }
      // Codes explained but printed in no table: only meaningful when the tables carry codes.
      if (tableCodes.size >= 5) {
        for (const code of cmp.codes.map((r) => r.code).filter((c) => c.length >= 5 && c.startsWith('2'))) {
          if (![...tableCodes].some((t) => t.startsWith(code) || (code.startsWith(t) && t.length >= 5))) {
            out.push({
              rule: 'G1',
              status: 'warn',
              messageId: 'foreignCode',
              data: { term: e.term, code },
              formula: '',
              values: [{ label: e.term, text: code, value: null, unit: '', page: e.page ?? 1 }],
              expected: null,
              actual: null,
              difference: null,
              tolerance: null,
              evidence: evidence(e),
            });
          }
        }
      }
    }
    return out;
  },
};
export default rule;
