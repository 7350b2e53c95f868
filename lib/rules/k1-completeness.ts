// K1: the standard tables a disclosure must publish are there (domain.md §A.2/A.3), and a table
// printed without data carries its 空表说明 (and a table that says it is empty has no figures).
import { tableViews, unreadCell, namesSoeFund, STANDARD_SET, ROLE_NAMES, ROLE_NAMES_EN, type TableRole, type TableView } from '../tables';
import type { DisclosureDocument, Table } from '../model';
import type { Rule } from './types';
import type { Messages } from './support/message';
import type { FindingDraft } from './support/sum-finding';

/** Cells holding digits that were not read as amounts: the table is unreadable, not empty. */
function unreadable(v: TableView): boolean {
  const amountCols = v.columns.filter((c) => c.kind === 'amount').map((c) => c.index);
  return v.rows.some((r) => amountCols.some((c) => unreadCell(v.table.rows[r.index]?.[c]?.text ?? '', r.values[c])));
}

const REQUIRED = STANDARD_SET;
const NAMES = ROLE_NAMES;
const NAMES_EN = ROLE_NAMES_EN;
/** Words naming what a table covers, for finding a note about it in the narrative. */
const TOPIC: Partial<Record<TableRole, RegExp>> = {
  fund: /政府性基金/,
  soe: /国有资本经营/,
  'three-public': /三公/,
  'gpb-basic': /基本支出|一般公共预算/,
  'gpb-expenditure': /一般公共预算/,
  projects: /项目支出/,
  procurement: /政府采购/,
};
const ABSENT =
  /没有|未安排|未使用|不涉及|空表|为零|(?<![\d.])0(?:\.0+)?\s*万?元|为\s*0(?![.\d])|无(?:此|该|相关)?[^，。；]{0,12}(?:收支|支出|收入|预算|经费|安排|拨款)/;

/** The narrative says the table's subject is nil ("本部门无政府性基金预算支出", "…为0", "已公开空表"). */
export function narrativeNote(doc: DisclosureDocument, role: TableRole): string | undefined {
  const topic = TOPIC[role];
  let note: string | undefined;
  for (const b of doc.blocks) {
    for (const sentence of b.text.replace(/\s+/g, '').split(/[。；;]/)) {
      if (/空表/.test(sentence) && (!topic || topic.test(sentence) || /以下|下列|部分|表格/.test(sentence))) return sentence;
      if (!topic?.test(sentence)) continue;
      const about = sentence.slice(sentence.search(topic));
      // The narrative gives the topic a non-zero figure ("年初预算为0.95万元"): an empty table is then unexplained.
      if (NONZERO_MONEY.test(about) && !/比|较|增加|减少|下降|增长/.test(about)) return undefined;
      if (ABSENT.test(about)) note ??= sentence;
    }
  }
  return note;
}

const NONZERO_MONEY = /(?<![\d.])(?:0\.\d*[1-9]|[1-9][\d,]*(?:\.\d+)?)\s*万?元/;

const squash = (t: string) => t.replace(/[\s\d]+|上年|本年|当年|年/g, '');

/** A 报表目录's "是否空表" column, when the table is that directory. */
function emptyColumn(t: Table): number | undefined {
  return t.rows
    .slice(0, 3)
    .map((r) => r.findIndex((c) => /是否空表/.test(c.text.replace(/\s/g, ''))))
    .find((i) => i >= 0);
}

/** Tables a 报表目录 marks empty ("是否空表：是 | 公开空表理由：不涉及"), by their listed names. */
export function listedAsEmpty(doc: DisclosureDocument): string[] {
  const names: string[] = [];
  for (const t of doc.tables) {
    const header = emptyColumn(t);
    if (header === undefined) continue;
    for (const r of t.rows) if (/^是$/.test(r[header]?.text.trim() ?? '')) names.push(squash(r.map((c) => c.text).join('')));
  }
  return names;
}

function listedEmpty(doc: DisclosureDocument, title: string): boolean {
  const core = squash(title)
    .replace(/^表[一二三四五六七八九十]*/, '')
    .replace(/[（(].*$/, '');
  return core.length >= 4 && listedAsEmpty(doc).some((n) => n.includes(core) || core.includes(n.replace(/^表[一二三四五六七八九十]*/, '')));
}

/** Running prose (sentences ending in 。) beyond table titles: the file carries its 情况说明. */
export function hasNarrative(doc: DisclosureDocument): boolean {
  return doc.blocks.reduce((n, b) => n + (/。/.test(b.text) ? b.text.length : 0), 0) >= 600;
}

/** Only a document that prints most of its set is judged on the rest (split text/table files are not). */
export const MIN_TABLES_FOR_COMPLETENESS = 5;

const MESSAGES: Messages = {
  missing: { zh: '未找到标准报表：{missing}', en: 'Standard tables not found: {missing}' },
  complete: { zh: '{n} 张标准报表齐全', en: 'All {n} standard tables are present' },
  saysEmpty: { zh: '{title}注明“{note}”，但表中有数字', en: '{title} says it is empty ("{note}") but prints figures' },
  noNote: { zh: '{name}没有数据，也没有空表说明', en: '{name} has no figures and no note saying why' },
  tablesOnly: {
    zh: '{name}没有数据；本文件只有表格，空表说明可能在另行公开的情况说明中，无法核实',
    en: '{name} has no figures; this file holds tables only, so a note may be in the separately published narrative — not verifiable',
  },
};

const rule: Rule = {
  meta: {
    id: 'K1',
    kind: 'soft',
    description: {
      zh: '公开的标准报表齐全；无数据的表附空表说明，注明为空的表没有数据',
      en: 'The standard tables are all published; a table without data says why, and a table said to be empty has no figures',
    },
    messages: MESSAGES,
  },
  check(ctx) {
    const views = tableViews(ctx.doc);
    const out: FindingDraft[] = [];
    const present = new Set(views.map((v) => v.role).filter(Boolean));
    // A final account whose tables never name the 国有资本经营 fund follows the eight-table 决算 set.
    const set = REQUIRED[ctx.doc.info.kind.endsWith('final') ? 'final' : 'budget'].filter((r) => r !== 'soe' || namesSoeFund(ctx.doc));
    const found = set.filter((r) => present.has(r)).length;
    const base = { formula: '', values: [], expected: null, actual: null, difference: null, tolerance: null };
    if (found >= MIN_TABLES_FOR_COMPLETENESS) {
      const missing = set.filter((r) => !present.has(r));
      out.push({
        ...base,
        rule: 'K1',
        status: missing.length ? 'warn' : 'pass',
        messageId: missing.length ? 'missing' : 'complete',
        data: { n: set.length, missing: { zh: missing.map((r) => NAMES[r]).join('、'), en: missing.map((r) => NAMES_EN[r]).join(', ') } },
        evidence: [
          {
            page: 1,
            text: views
              .map((v) => v.table.title)
              .filter(Boolean)
              .join(' / ')
              .slice(0, 300),
          },
        ],
      });
    }
    for (const v of views) {
      if (emptyColumn(v.table) !== undefined) continue; // the 报表目录 itself
      const figures = v.rows.some((r) => r.values.some((a) => a && !a.value.isZero()));
      const evidence = [{ page: v.table.page, text: `${v.table.title} ${v.table.emptyNote ?? ''}`.trim(), bbox: v.table.bbox }];
      // "此表如无数字则表示…" only says what an empty table would mean: it does not say this one is empty.
      const conditional = /如无|若无|如果|如为空|如没有/.test(v.table.emptyNote ?? '');
      if (v.table.emptyNote && figures && !conditional) {
        out.push({
          ...base,
          rule: 'K1',
          status: 'warn',
          evidence,
          messageId: 'saysEmpty',
          data: { title: v.table.title, note: v.table.emptyNote.slice(0, 30) },
        });
      } else if (
        !figures &&
        v.role &&
        set.includes(v.role) &&
        !v.table.emptyNote &&
        !unreadable(v) &&
        !narrativeNote(ctx.doc, v.role) &&
        !listedEmpty(ctx.doc, v.table.title)
      ) {
        // A tables-only file (its 情况说明 published apart) cannot hold the explanation: it may be in the other file.
        const name = v.table.title || { zh: NAMES[v.role], en: NAMES_EN[v.role] };
        out.push(
          hasNarrative(ctx.doc)
            ? { ...base, rule: 'K1', status: 'warn', evidence, messageId: 'noNote', data: { name } }
            : { ...base, rule: 'K1', status: 'unverifiable', evidence, messageId: 'tablesOnly', data: { name } },
        );
      }
    }
    return out;
  },
};
export default rule;
