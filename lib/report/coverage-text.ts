// The coverage block in words: a headline ("2 of 8 standard tables readable; 10 identities
// checked") and one line per standard table, plus what was not checked and why.
import type { Lang } from '../rules';
import { ROLE_NAMES, ROLE_NAMES_EN } from '../tables';
import type { Coverage, NotChecked, TableCoverage, TableState } from './coverage';
import { pageLabel } from './i18n';

const STATE: Record<TableState, Record<Lang, string>> = {
  usable: { zh: '可读', en: 'readable' },
  empty: { zh: '空表', en: 'empty' },
  partial: { zh: '部分可读', en: 'partly readable' },
  unreadable: { zh: '数字无法读取', en: 'numbers unreadable' },
  missing: { zh: '未找到', en: 'not found' },
};

export function coverageHeadline(c: Coverage, lang: Lang): string {
  const zh = lang === 'zh';
  if (c.expected && !c.found) {
    const listed = c.listed ? (zh ? `；其目录列出 ${c.listed} 张表` : `; its contents page lists ${c.listed}`) : '';
    return zh
      ? `本文件没有标准报表${listed}；核对了 ${c.identities} 个表内等式`
      : `this file holds no standard tables${listed}; ${c.identities} table identities checked`;
  }
  if (!c.expected)
    return zh
      ? `核对了 ${c.identities} 个表格等式（此类文件无固定标准报表）`
      : `${c.identities} table identities checked (no fixed standard table set for this kind)`;
  return zh
    ? `${c.expected} 张标准报表中 ${c.usable} 张可读（找到 ${c.found} 张）；核对了 ${c.identities} 个表格等式`
    : `${c.usable} of ${c.expected} standard tables readable (${c.found} found); ${c.identities} table identities checked`;
}

function tableLine(t: TableCoverage, lang: Lang): string {
  const zh = lang === 'zh';
  const name = zh ? ROLE_NAMES[t.role] : ROLE_NAMES_EN[t.role];
  if (t.state === 'missing') return `${t.id.padEnd(4)} ${name}: ${STATE.missing[lang]}`;
  const [first, last] = [t.pages[0], t.pages[t.pages.length - 1]];
  const span = first === last ? pageLabel(first, lang) : zh ? `第${first}–${last}页` : `pp. ${first}–${last}`;
  const pages = t.pages.length ? ` (${span})` : '';
  const counts = zh
    ? `${t.amounts} 个数字${t.unread ? `，${t.unread} 个未能读取` : ''}，${t.identities} 个等式`
    : `${t.amounts} amounts${t.unread ? `, ${t.unread} unread` : ''}, ${t.identities} identities`;
  return `${t.id.padEnd(4)} ${name}${pages}: ${STATE[t.state][lang]} · ${counts}`;
}

function notCheckedLine(n: NotChecked, lang: Lang): string | null {
  const zh = lang === 'zh';
  const pages = n.pages?.length ? n.pages.slice(0, 8).join(', ') + (n.pages.length > 8 ? ' …' : '') : '';
  switch (n.reason) {
    case 'unreadable-pages':
      return zh
        ? `第 ${pages} 页文字无法解码（字体未映射到 Unicode），未核对`
        : `pages ${pages}: text does not decode (fonts map to no Unicode), not checked`;
    case 'unreadable-cells':
      return zh
        ? `${n.table}：${n.count} 个含数字的单元格未能读取为金额，相关等式未核对`
        : `${n.table}: ${n.count} cells with digits not read as amounts; identities using them not checked`;
    case 'unverifiable':
      return zh ? `${n.count} 项检查无法核实（原因见各条）` : `${n.count} checks unverifiable (reasons given with each)`;
    case 'no-standard-set':
      return zh
        ? '此类文件没有固定的标准报表，只核对找到的表格'
        : 'this kind of document has no fixed standard table set; only the tables found are checked';
    default:
      return null; // a missing table is on its own line
  }
}

/** The coverage block as lines, without indentation. */
export function coverageLines(c: Coverage, lang: Lang): string[] {
  const zh = lang === 'zh';
  const lines = c.tables.map((t) => tableLine(t, lang));
  if (c.otherTables) lines.push(zh ? `其他表格 ${c.otherTables} 张` : `${c.otherTables} other tables`);
  const not = c.notChecked.map((n) => notCheckedLine(n, lang)).filter((l): l is string => !!l);
  if (not.length) lines.push(zh ? '未核对：' : 'not checked:', ...not.map((l) => `  ${l}`));
  return lines;
}
