// A comparison as text, Markdown, CSV or JSON (schema "dlens.compare/1").
import type { Lang } from '../rules';
import type { Comparison } from './index';
import type { AlignedItem } from './align';
import { csvCell } from '../report';
import stringWidth from 'string-width';
import { LARGE_CHANGE_PERCENT } from './align';
import { lineName, roleName, word } from './words';

export const COMPARE_SCHEMA = 'dlens.compare/1';
export type CompareFormat = 'text' | 'json' | 'csv' | 'md';

const CSV_HEADER = [
  'key',
  'role',
  'code',
  'prior_code',
  'name',
  'prior_name',
  'merged_into',
  'match',
  'unit',
  'prior',
  'current',
  'delta',
  'percent',
  'prior_page',
  'current_page',
];

function itemCells(i: AlignedItem): (string | number | null | undefined)[] {
  return [
    i.key,
    i.role,
    i.code,
    i.priorCode,
    i.name,
    i.priorName,
    i.mergedInto,
    i.match,
    i.unit,
    i.prior,
    i.current,
    i.delta,
    i.percent,
    i.priorValue?.page,
    i.currentValue?.page,
  ];
}

const pct = (p: string | null) => (p === null ? '' : `${Number(p) > 0 ? '+' : ''}${p}%`);
const signed = (d: string | null) => (d === null ? '' : d.startsWith('-') || Number(d) === 0 ? d : `+${d}`);

function headline(c: Comparison, lang: Lang): string[] {
  const s = c.summary;
  const m = s.matches;
  const recoded = c.items.filter((i) => i.priorCode).length;
  const merged = c.items.filter((i) => i.mergedInto).length;
  return [
    `${word('prior', lang)}: ${s.prior}`,
    `${word('current', lang)}: ${s.current}`,
    ...s.applies.map((a) => `${a.rule} ${word(a.applies ? 'applies' : 'notApplies', lang)} — ${a.why}`),
    word('aligned', lang, {
      code: m.code,
      recoded,
      merged,
      name: m.name,
      fuzzy: m.fuzzy,
      appeared: m.appeared,
      disappeared: m.disappeared,
    }),
    word('statements', lang, { claims: s.c1.claims, computable: s.c1.computable, agree: s.c1.pass + s.c1.rounding, fail: s.c1.fail }),
  ];
}

/** What the last column says about a line: new, vanished (or merged), recoded, renamed, large change. */
function notes(i: AlignedItem, lang: Lang): string {
  const out: string[] = [];
  if (i.match === 'appeared') out.push(word('appeared', lang));
  if (i.match === 'disappeared') out.push(i.mergedInto ? word('merged', lang, { into: i.mergedInto }) : word('disappeared', lang));
  if (i.priorCode) out.push(word('recoded', lang, { from: i.priorCode, to: i.code ?? '' }));
  else if (i.match === 'fuzzy') out.push(word('fuzzy', lang));
  if (i.priorName) out.push(word('renamed', lang, { name: i.priorName }));
  if (isLarge(i)) out.push(word('large', lang));
  return out.join('；');
}

const isLarge = (i: AlignedItem) => i.percent !== null && Math.abs(Number(i.percent)) >= LARGE_CHANGE_PERCENT;

function marker(i: AlignedItem): string {
  if (i.match === 'appeared') return '+';
  if (i.match === 'disappeared') return '−';
  if (i.priorCode || i.match === 'fuzzy' || i.match === 'moved') return '~';
  return isLarge(i) ? '!' : ' ';
}

/** Columns padded by display width (a CJK character takes two terminal cells). */
function table(rows: string[][], right: boolean[]): string[] {
  const widths = rows[0].map((_, k) => Math.max(...rows.map((r) => stringWidth(r[k]))));
  return rows.map((r) =>
    r
      .map((cell, k) => {
        const pad = ' '.repeat(widths[k] - stringWidth(cell));
        return k === r.length - 1 ? cell : right[k] ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

function text(c: Comparison, lang: Lang): string {
  const lines = headline(c, lang);
  // Lines 0 in both years (the 收支总表 lists every 类) and new lines that are 0 are counted, not printed.
  const zero = (v: string | null) => v !== null && Number(v) === 0;
  const bothZero = c.items.filter((i) => zero(i.prior) && zero(i.current));
  const newZero = c.items.filter((i) => i.prior === null && zero(i.current));
  const shown = c.items.filter((i) => !bothZero.includes(i) && !newZero.includes(i));
  const roles = [...new Set(shown.map((i) => i.role))];
  const header = word('columns', lang).split('|');
  for (const role of roles) {
    lines.push('', `[${roleName(role, lang)}]`);
    const rows = [
      ['', ...header],
      ...shown
        .filter((i) => i.role === role)
        .map((i) => [
          marker(i),
          `${i.code ? i.code + ' ' : ''}${lineName(i.name, i.total, lang)}`,
          i.prior ?? '—',
          i.current ?? '—',
          i.unit,
          signed(i.delta),
          pct(i.percent),
          notes(i, lang),
        ]),
    ];
    lines.push(...table(rows, [false, false, true, true, false, true, true, false]));
  }
  if (bothZero.length || newZero.length) lines.push('', word('bothZero', lang, { n: bothZero.length, m: newZero.length }));
  if (c.findings.length) lines.push('', `[${word('findings', lang)}]`);
  for (const f of c.findings) {
    lines.push(`${padWidth(word(f.status, lang), 12)} ${f.rule}  ${f.message}`);
    if (f.formula) lines.push(`${' '.repeat(17)}${f.formula}`);
  }
  return lines.join('\n') + '\n';
}

const padWidth = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - stringWidth(s)));

function markdown(c: Comparison, lang: Lang): string {
  const out = headline(c, lang).map((l) => `- ${l}`);
  // The text format's columns, markers (+ − ~ !) and notes, in the run's language.
  const [line, prior, current, , change, percent, note] = word('columns', lang).split('|');
  out.push('', `| | ${line} | ${prior} | ${current} | ${change} | ${percent} | ${note} |`, '|---|---|---:|---:|---:|---:|---|');
  for (const i of c.items)
    out.push(
      `| ${marker(i).trim()} | ${i.code ?? ''} ${lineName(i.name, i.total, lang)} | ${i.prior ?? '—'} | ${i.current ?? '—'} | ${i.delta ?? ''} | ${pct(i.percent)} | ${notes(i, lang)} |`,
    );
  out.push('', `| ${word('findingColumns', lang).split('|').join(' | ')} |`, '|---|---|---|');
  for (const f of c.findings) out.push(`| ${word(f.status, lang)} | ${f.rule} | ${f.message.replace(/\|/g, '\\|')} |`);
  return out.join('\n') + '\n';
}

export function formatComparison(c: Comparison, format: CompareFormat, lang: Lang): string {
  if (format === 'json') return JSON.stringify({ schema: COMPARE_SCHEMA, ...c }) + '\n';
  if (format === 'csv') return [CSV_HEADER.join(','), ...c.items.map((i) => itemCells(i).map(csvCell).join(','))].join('\n') + '\n';
  if (format === 'md') return markdown(c, lang);
  return text(c, lang);
}
