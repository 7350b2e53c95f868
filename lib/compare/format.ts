// A comparison as text, Markdown, CSV or JSON (schema "dlens.compare/1").
import type { Lang } from '../rules/types';
import type { Comparison } from './index';
import type { AlignedItem } from './align';
import { csvCell } from '../report/csv';

export const COMPARE_SCHEMA = 'dlens.compare/1';
export type CompareFormat = 'text' | 'json' | 'csv' | 'md';

const CSV_HEADER = ['key', 'role', 'code', 'name', 'prior_name', 'match', 'unit', 'prior', 'current', 'delta', 'percent', 'prior_page', 'current_page'];


function itemCells(i: AlignedItem): (string | number | null | undefined)[] {
  return [i.key, i.role, i.code, i.name, i.priorName, i.match, i.unit, i.prior, i.current, i.delta, i.percent, i.priorValue?.page, i.currentValue?.page];
}

const pct = (p: string | null) => (p === null ? '' : `${Number(p) > 0 ? '+' : ''}${p}%`);

function headline(c: Comparison, lang: Lang): string[] {
  const s = c.summary;
  const zh = lang === 'zh';
  const m = s.matches;
  return [
    `${zh ? '上年' : 'prior'}:   ${s.prior}`,
    `${zh ? '本年' : 'current'}: ${s.current}`,
    ...s.applies.map((a) => `${a.rule} ${a.applies ? (zh ? '适用' : 'applies') : (zh ? '不适用' : 'n/a')} — ${a.why}`),
    zh
      ? `对齐: 按编码 ${m.code}，科目调整 ${m.moved}，按名称 ${m.name}，模糊 ${m.fuzzy}；新增 ${m.appeared}，消失 ${m.disappeared}`
      : `aligned: ${m.code} by code, ${m.moved} moved, ${m.name} by name, ${m.fuzzy} fuzzy; ${m.appeared} appeared, ${m.disappeared} disappeared`,
    zh
      ? `"比上年"表述 ${s.c1.claims} 条，可核 ${s.c1.computable}，相符 ${s.c1.pass + s.c1.rounding}，不符 ${s.c1.fail}`
      : `"vs last year" statements: ${s.c1.claims}, computable ${s.c1.computable}, agree ${s.c1.pass + s.c1.rounding}, disagree ${s.c1.fail}`,
  ];
}

function text(c: Comparison, lang: Lang): string {
  const lines = headline(c, lang);
  lines.push('');
  let role = '';
  // Lines empty in both years (the 收支总表 lists every 类) are counted, not printed.
  const empty = c.items.filter((i) => i.prior !== null && i.current !== null && Number(i.prior) === 0 && Number(i.current) === 0);
  for (const i of c.items.filter((x) => !empty.includes(x))) {
    if (i.role !== role) { role = i.role; lines.push(`[${role}]`); }
    const name = `${i.code ? i.code + ' ' : ''}${i.name}${i.priorName ? ` (← ${i.priorName})` : ''}`;
    const mark = i.match === 'appeared' ? '+' : i.match === 'disappeared' ? '−' : i.match === 'fuzzy' || i.match === 'moved' ? '~' : ' ';
    lines.push(`${mark} ${name.padEnd(28)} ${(i.prior ?? '—').padStart(14)} → ${(i.current ?? '—').padStart(14)} ${i.unit}  ${i.delta ? (i.delta.startsWith('-') ? '' : '+') + i.delta : ''} ${pct(i.percent)}`.trimEnd());
  }
  if (empty.length) lines.push(lang === 'zh' ? `（另有 ${empty.length} 行两年均为 0，未列出）` : `(${empty.length} more lines are 0 in both years)`);
  lines.push('');
  for (const f of c.findings) {
    lines.push(`${f.status.padEnd(12)} ${f.rule}  ${f.message}`);
    if (f.formula) lines.push(`             ${f.formula}`);
  }
  return lines.join('\n') + '\n';
}

function markdown(c: Comparison, lang: Lang): string {
  const out = headline(c, lang).map((l) => `- ${l}`);
  out.push('', '| | item | prior | current | Δ | % |', '|---|---|---:|---:|---:|---:|');
  for (const i of c.items) out.push(`| ${i.match} | ${i.code ?? ''} ${i.name} | ${i.prior ?? '—'} | ${i.current ?? '—'} | ${i.delta ?? ''} | ${pct(i.percent)} |`);
  out.push('', '| status | rule | finding |', '|---|---|---|');
  for (const f of c.findings) out.push(`| ${f.status} | ${f.rule} | ${f.message.replace(/\|/g, '\\|')} |`);
  return out.join('\n') + '\n';
}

export function formatComparison(c: Comparison, format: CompareFormat, lang: Lang): string {
  if (format === 'json') return JSON.stringify({ schema: COMPARE_SCHEMA, ...c }) + '\n';
  if (format === 'csv') return [CSV_HEADER.join(','), ...c.items.map((i) => itemCells(i).map(csvCell).join(','))].join('\n') + '\n';
  if (format === 'md') return markdown(c, lang);
  return text(c, lang);
}
