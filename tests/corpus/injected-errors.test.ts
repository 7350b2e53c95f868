// Injected errors (issue 4): alter one table cell at a time in the extracted models of corpus
// documents (seeded, random), and check that some identity turns into `fail` naming the altered
// cell or a total it feeds. Cells are drawn from those that take part in a passing identity.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../lib/engine';
import type { DisclosureDocument, Table } from '../../lib/model';
import { readDocument } from '../support/corpus';
import { CORPUS } from '../support/paths';

const DOCUMENTS = [
  'putuo-govbudgetchecker/putuo_sifaju_2026_dept_budget.pdf',
  'putuo-govbudgetchecker/putuo_zhengfuban_2025_dept_budget.pdf',
  'putuo-tianbaoxitong/putuo_caizhengju_2025_dept_budget.pdf',
  'cities-renwu/sh_shuiwuju_2026_budget.pdf',
  'cities-renwu/gz_tongjiju_2026_budget.pdf',
  'cities-renwu/cq_xuanchuanbu_2026_budget.pdf',
  'jiangsu-open-budget/js_rendaban_2019_budget_tables.pdf',
];
const MUTANTS_PER_DOCUMENT = 50;
const SEED = 20261126;

/** mulberry32: a small seeded PRNG so the mutant list is reproducible. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A typo a publisher could make: a digit changed, two digits swapped, or a value ×10. */
function mutate(text: string, r: () => number): string | null {
  const digits = [...text].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
  if (!digits.length) return null;
  const kind = Math.floor(r() * 3);
  const chars = [...text];
  if (kind === 0) {
    const i = digits[Math.floor(r() * Math.max(1, digits.length - 2))]; // not the last two (rounding)
    chars[i] = String((Number(chars[i]) + 1 + Math.floor(r() * 8)) % 10);
  } else if (kind === 1) {
    const k = Math.floor(r() * (digits.length - 1));
    const [i, j] = [digits[k], digits[k + 1]];
    if (chars[i] === chars[j]) return null;
    [chars[i], chars[j]] = [chars[j], chars[i]];
  } else {
    const plain = text.replace(/,/g, '');
    if (!/^-?\d+(\.\d+)?$/.test(plain)) return null;
    const d = plain.includes('.') ? plain.split('.')[1].length : 0;
    return (Number(plain) * 10).toFixed(d);
  }
  const out = chars.join('');
  return out === text ? null : out;
}

function withCell(doc: DisclosureDocument, table: Table, row: number, col: number, text: string): DisclosureDocument {
  const rows = table.rows.map((r, i) => (i === row ? r.map((c, j) => (j === col ? { ...c, text } : c)) : r));
  return { ...doc, tables: doc.tables.map((t) => (t === table ? { ...t, rows } : t)) };
}

describe('injected table errors', () => {
  it('turns altered cells into fails that name them', async () => {
    let total = 0;
    let caught = 0;
    let named = 0;
    const misses: string[] = [];
    const r = rng(SEED);
    for (const name of DOCUMENTS) {
      const doc = await readDocument(resolve(CORPUS, name));
      const base = checkDocument(doc, { lang: 'en' });
      // Cells that take part in a passing identity between or within tables.
      const covered = new Map<string, { table: string; row: number; col: number }>();
      for (const f of base.findings) {
        if (f.status !== 'pass' && f.status !== 'rounding') continue;
        for (const v of f.values)
          if (v.table !== undefined && v.row !== undefined && v.col !== undefined && Number(v.value) !== 0)
            covered.set(`${v.table}:${v.row}:${v.col}`, { table: v.table, row: v.row, col: v.col });
      }
      const cells = [...covered.values()];
      let made = 0;
      for (let attempt = 0; made < MUTANTS_PER_DOCUMENT && attempt < MUTANTS_PER_DOCUMENT * 4 && cells.length; attempt++) {
        const c = cells[Math.floor(r() * cells.length)];
        const table = doc.tables.find((t) => t.id === c.table)!;
        const original = table.rows[c.row][c.col].text;
        const text = mutate(original, r);
        if (!text) continue;
        made++;
        total++;
        const report = checkDocument(withCell(doc, table, c.row, c.col, text), { lang: 'en' });
        const fails = report.findings.filter((f) => f.status === 'fail');
        const naming = fails.filter((f) => f.values.some((v) => v.table === c.table && v.row === c.row && v.col === c.col));
        if (fails.length) caught++;
        if (naming.length) named++;
        else misses.push(`${name} ${c.table} r${c.row} c${c.col}: ${original} → ${text}${fails.length ? ' (a fail elsewhere)' : ''}`);
      }
    }
    console.log(`injected errors: ${total} mutants over ${DOCUMENTS.length} documents (seed ${SEED})`);
    console.log(`  some check fails: ${((caught / total) * 100).toFixed(1)}% (${caught}/${total})`);
    console.log(`  a fail names the altered cell: ${((named / total) * 100).toFixed(1)}% (${named}/${total})`);
    console.log(`  missed (first 15):\n    ${misses.slice(0, 15).join('\n    ')}`);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(named / total).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
