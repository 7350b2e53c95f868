// H3: dates that cannot be right for the document's year: a 2026 budget compared "比2026年预算",
// a 2024 final account "截至2023年12月31日", a budget's assets dated in its own year or later.
import type { Rule } from './types';
import type { FindingDraft } from './support/sum-finding';
import { textFinding } from './support/text-finding';
import type { Messages } from './support/message';

const MESSAGES: Messages = {
  compare: {
    zh: '{year}年度{kind}却与“{frame}”比较：比较年份应早于本年度',
    en: 'A {year} {kindEn} compares with "{frame}"; the comparison year must be earlier',
  },
  asOfFinal: {
    zh: '{year}年度决算的资产截止日期写作“{text}”，应为{year}年12月31日',
    en: 'A {year} final account dates its assets "{text}"; it should be 31 Dec {year}',
  },
  title: { zh: '{year}年度{kind}中出现“{text}”，年度不符', en: 'A {year} {kindEn} contains "{text}", naming another year' },
  asOfBudget: {
    zh: '{year}年度预算的资产截止日期写作“{text}”，不应晚于上年末',
    en: 'A {year} budget dates its assets "{text}"; it cannot be later than the end of the previous year',
  },
};

/** "…2023年度部门决算情况说明" inside a 2024 document: a title naming another year. */
const OWN_TITLE = /(20\d{2})\s*年度?\s*(?:部门|单位)\s*(?:综合)?\s*(预算|决算)/g;
const FRAME = /(?:与|比|较|同)\s*(20\d{2})\s*年度?(?:年初)?(?:预算|决算)?/g;
const AS_OF = /截至\s*(20\d{2})\s*年\s*12\s*月\s*31\s*日/g;

const rule: Rule = {
  meta: {
    id: 'H3',
    kind: 'hygiene',
    description: { zh: '比较年份、截止日期与文件年度不符', en: "Comparison years and cut-off dates that contradict the document's year" },
    messages: MESSAGES,
  },
  check(ctx) {
    const { year, kind } = ctx.doc.info;
    if (!year) return [];
    const final = kind.endsWith('final');
    const out: FindingDraft[] = [];
    const data = { year: String(year), kind: final ? '决算' : '预算', kindEn: final ? 'final account' : 'budget' };
    ctx.doc.blocks.forEach((b, bi) => {
      const cited = [...b.text.matchAll(/《[^》]*》/g)].map((m) => [m.index!, m.index! + m[0].length]);
      const inCitation = (at: number) => cited.some(([s, e]) => at > s && at < e);
      for (const m of b.text.matchAll(FRAME)) {
        if (Number(m[1]) >= year && !inCitation(m.index!))
          out.push(textFinding(ctx.doc, 'H3', 'warn', 'compare', { ...data, frame: m[0] }, bi, m.index!, m.index! + m[0].length));
      }
      for (const m of b.text.matchAll(OWN_TITLE)) {
        const sameKind = (m[2] === '决算') === final;
        // "2021年部门预算中…由部门代编": a reason citing what last year's budget held, not a wrong year.
        const citesContent = /^\s*(?:中|里|内|时)/.test(b.text.slice(m.index! + m[0].length));
        if (sameKind && !citesContent && !inCitation(m.index!) && Number(m[1]) !== year)
          out.push(textFinding(ctx.doc, 'H3', 'warn', 'title', { ...data, text: m[0] }, bi, m.index!, m.index! + m[0].length));
      }
      for (const m of b.text.matchAll(AS_OF)) {
        const y = Number(m[1]);
        const bad = final ? y !== year : y >= year;
        if (bad)
          out.push(
            textFinding(
              ctx.doc,
              'H3',
              'warn',
              final ? 'asOfFinal' : 'asOfBudget',
              { ...data, text: m[0] },
              bi,
              m.index!,
              m.index! + m[0].length,
            ),
          );
      }
    });
    return out;
  },
};
export default rule;
