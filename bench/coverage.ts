// Benchmark: how much of every text-layer disclosure in ../shared/corpus/real and corpus/wide is read
// and checked. Per document: standard tables expected / found / usable, identities checked, and
// amount tokens on table pages read into table cells vs the same pages of `pdftotext -layout`.
// A table page: one holding a detected table, or one where pdftotext prints ≥ 3 lines carrying ≥ 2
// amounts (a table we may have missed). Amount token: a number with decimals or thousands separators
// (years, codes and page numbers are not amounts). Multiset recall, as scripts/recall-vs-pdftotext.mjs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { loadPdfjsForNode } from '../lib/pdf/node';
import { documentFromPdf, checkDocument } from '../lib/engine';
import type { DisclosureDocument } from '../lib/model/types';
import { median, pdfsUnder } from './support/files';

/** The final account's cross-table identities (lib/rules/support/cross-table-cells.ts: X8–X11). */
const FINAL_IDENTITIES = ['X8', 'X9', 'X10', 'X11'];
const COMPUTED = new Set(['pass', 'rounding', 'fail', 'warn']);

const AMOUNT = /-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+\.\d+/g;
const tokens = (s: string): string[] => s.match(AMOUNT) ?? [];
/** A disclosure printing at least this many of its standard set is complete (K1's threshold). */
const COMPLETE = 5;

function countMap(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of list) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

function cellTokensByPage(doc: DisclosureDocument): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const t of doc.tables) {
    for (const row of [...t.rows, ...(t.repeatedHeaders ?? []).flatMap((h) => h.rows)]) {
      for (const c of row) {
        const p = c.page ?? t.page;
        out.set(p, [...(out.get(p) ?? []), ...tokens(c.text)]);
      }
    }
  }
  return out;
}

function tokenRecall(file: string, doc: DisclosureDocument): { hit: number; ref: number; pages: number } {
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .split('\f');
  const cells = cellTokensByPage(doc);
  let hit = 0,
    ref = 0,
    n = 0;
  pages.forEach((text, i) => {
    const page = i + 1;
    const tabular = text.split('\n').filter((l) => tokens(l).length >= 2).length >= 3;
    if (!cells.has(page) && !tabular) return;
    n++;
    const mine = countMap(cells.get(page) ?? []);
    for (const [t, k] of countMap(tokens(text))) {
      ref += k;
      hit += Math.min(k, mine.get(t) ?? 0);
    }
  });
  return { hit, ref, pages: n };
}

export async function run(repo: string) {
  const roots = ['real', 'wide'].map((d) => resolve(repo, '../shared/corpus', d));
  const { pdfjs, assets } = await loadPdfjsForNode();
  const files = roots.flatMap(pdfsUnder).filter((f) => !basename(f).startsWith('NEG_'));
  const rows: string[] = [];
  const docs: Record<string, unknown>[] = [];
  let hit = 0,
    ref = 0;
  const completeIds: number[] = [];
  const completeBudgetIds: number[] = [];
  const finals: string[] = [];
  let complete = 0,
    completeAllUsable = 0,
    skipped = 0;
  for (const file of files) {
    const name = relative(resolve(repo, '../shared/corpus'), file);
    let model: DisclosureDocument;
    try {
      model = await documentFromPdf(pdfjs, new Uint8Array(readFileSync(file)), assets, { format: 'pdf', path: file });
    } catch {
      skipped++;
      continue;
    }
    if (!model.info.textLayer || model.info.kind === 'other') {
      skipped++;
      continue;
    }
    const report = checkDocument(model, { lang: 'en' });
    const c = report.coverage!;
    const r = tokenRecall(file, model);
    hit += r.hit;
    ref += r.ref;
    const isComplete = c.expected > 0 && c.found >= COMPLETE;
    if (isComplete) {
      complete++;
      completeIds.push(c.identities);
      if (model.info.kind.endsWith('budget')) completeBudgetIds.push(c.identities);
      if (c.usable === c.expected) completeAllUsable++;
    }
    // Per final account: how many of X8–X11 were computed, by rule.
    const finalIds = model.info.kind.endsWith('final')
      ? Object.fromEntries(
          FINAL_IDENTITIES.map((id) => [id, report.findings.filter((f) => f.rule === id && COMPUTED.has(f.status)).length]),
        )
      : null;
    if (finalIds) {
      const total = Object.values(finalIds).reduce((a, b) => a + b, 0);
      finals.push(`${name}: ${total} (${FINAL_IDENTITIES.map((id) => `${id} ${finalIds[id]}`).join(', ')})`);
    }
    const notUsable = c.tables.filter((t) => t.state !== 'usable' && t.state !== 'empty').map((t) => `${t.id}:${t.state}`);
    docs.push({
      file: name,
      kind: model.info.kind,
      expected: c.expected,
      found: c.found,
      usable: c.usable,
      identities: c.identities,
      listed: c.listed ?? null,
      final_cross_table_identities: finalIds,
      complete: isComplete,
      tokens_ref: r.ref,
      tokens_in_cells: r.hit,
      table_pages: r.pages,
      not_usable: notUsable,
    });
    const pct = r.ref ? ((100 * r.hit) / r.ref).toFixed(2) : '  -  ';
    rows.push(
      `${name.slice(0, 58).padEnd(58)} ${model.info.kind.padEnd(11)} ${String(c.expected).padStart(3)} ${String(c.found).padStart(3)} ${String(c.usable).padStart(3)} ${String(c.identities).padStart(6)} ${String(r.ref).padStart(6)} ${pct.padStart(7)}%  ${notUsable.join(' ')}`,
    );
  }
  const table = `${'document'.padEnd(58)} ${'kind'.padEnd(11)} exp fnd use   idty tokens  inCells  not usable\n${rows.join('\n')}`;
  return {
    documents: docs.length,
    skipped_no_text_or_not_disclosure: skipped,
    complete_disclosures: complete,
    complete_with_every_standard_table_usable: completeAllUsable,
    amount_tokens_on_table_pages: ref,
    amount_tokens_read_into_cells_pct: Number(((100 * hit) / ref).toFixed(3)),
    complete_budgets: completeBudgetIds.length,
    complete_budgets_under_150_identities: completeBudgetIds.filter((n) => n < 150).length,
    median_identities_complete_budgets: completeBudgetIds.length ? median(completeBudgetIds) : null,
    median_identities_complete: completeIds.length ? median(completeIds) : null,
    final_accounts: finals.length,
    final_cross_table_identities: finals,
    docs,
    table: `${table}\n\nfinal accounts: cross-table identities computed (X8–X11)\n${finals.join('\n')}`,
  };
}
