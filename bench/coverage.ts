// Benchmark: how much of every text-layer disclosure in ../shared/corpus/real and corpus/wide is read
// and checked. Per document: standard tables expected / found / usable, identities checked, and
// amount tokens on table pages read into table cells vs the same pages of `pdftotext -layout`.
// A table page: one holding a detected table, or one where pdftotext prints ≥ 3 table-like lines of
// ≥ 2 amounts (a table we may have missed). Tokens, prose, and why a token is not in a cell:
// bench/support/amount-tokens.ts. Multiset recall, as scripts/recall-vs-pdftotext.mjs; the v1 figure
// (every token, narrative included, raw cell texts) is kept beside it for comparison.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { loadPdfjsForNode } from '../lib/pdf/node';
import { documentFromPdf, checkDocument } from '../lib/engine';
import type { DisclosureDocument } from '../lib/model/types';
import { median, pdfsUnder } from './support/files';
import { classify, cellTokensByPage, type Miss } from './support/amount-tokens';

/** The final account's cross-table identities (lib/rules/support/cross-table-cells.ts: X8–X11). */
const FINAL_IDENTITIES = ['X8', 'X9', 'X10', 'X11'];
const COMPUTED = new Set(['pass', 'rounding', 'fail', 'warn']);

/** A disclosure printing at least this many of its standard set is complete (K1's threshold). */
const COMPLETE = 5;

function tokenRecall(file: string, doc: DisclosureDocument) {
  const pages = execFileSync('pdftotext', ['-layout', file, '-'], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .split('\f');
  const cells = cellTokensByPage(doc);
  const tablePages = new Set(doc.tables.flatMap((t) => Array.from({ length: (t.pageEnd ?? t.page) - t.page + 1 }, (_, i) => t.page + i)));
  const sum = { hit: 0, ref: 0, hitV1: 0, refV1: 0, pages: 0 };
  const misses: { page: number; kind: Miss; token: string; line: string }[] = [];
  pages.forEach((text, i) => {
    const page = i + 1;
    const blockText = doc.blocks
      .filter((b) => b.page === page)
      .map((b) => b.text)
      .join('\n');
    const r = classify(text, cells.get(page) ?? { v1: [], v2: [], glued: [] }, tablePages.has(page) || cells.has(page), blockText);
    if (r.ref) sum.pages++;
    sum.hit += r.hit;
    sum.ref += r.ref;
    sum.hitV1 += r.hitV1;
    sum.refV1 += r.refV1;
    misses.push(...r.misses.map((m) => ({ page, ...m })));
  });
  return { ...sum, misses };
}

export async function run(repo: string) {
  const roots = ['real', 'wide'].map((d) => resolve(repo, '../shared/corpus', d));
  const { pdfjs, assets } = await loadPdfjsForNode();
  const files = roots.flatMap(pdfsUnder).filter((f) => !basename(f).startsWith('NEG_'));
  const rows: string[] = [];
  const docs: Record<string, unknown>[] = [];
  let hit = 0,
    ref = 0,
    hitV1 = 0,
    refV1 = 0;
  const missKinds: Record<string, number> = {};
  const missLists: { name: string; pct: number; misses: ReturnType<typeof tokenRecall>['misses'] }[] = [];
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
    hitV1 += r.hitV1;
    refV1 += r.refV1;
    for (const m of r.misses) missKinds[m.kind] = (missKinds[m.kind] ?? 0) + 1;
    if (r.refV1) missLists.push({ name, pct: r.hitV1 / r.refV1, misses: r.misses });
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
      tokens_ref_v1: r.refV1,
      tokens_in_cells_v1: r.hitV1,
      misses: Object.fromEntries([...new Set(r.misses.map((m) => m.kind))].map((k) => [k, r.misses.filter((m) => m.kind === k).length])),
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
    amount_tokens_on_table_pages_v1: refV1,
    amount_tokens_read_into_cells_pct_v1: Number(((100 * hitV1) / refV1).toFixed(3)),
    tokens_not_in_cells_by_kind: missKinds,
    complete_budgets: completeBudgetIds.length,
    complete_budgets_under_150_identities: completeBudgetIds.filter((n) => n < 150).length,
    median_identities_complete_budgets: completeBudgetIds.length ? median(completeBudgetIds) : null,
    median_identities_complete: completeIds.length ? median(completeIds) : null,
    final_accounts: finals.length,
    final_cross_table_identities: finals,
    docs,
    table: `${table}\n\nfinal accounts: cross-table identities computed (X8–X11)\n${finals.join('\n')}\n\n${missReport(missLists)}`,
  };
}

/** The amount tokens not in cells, by kind, of the 12 documents with the lowest v1 figure; table-like misses listed. */
function missReport(lists: { name: string; pct: number; misses: ReturnType<typeof tokenRecall>['misses'] }[]): string {
  const out = ['tokens not in cells: the 12 documents lowest under v1 (kinds: bench/support/amount-tokens.ts)'];
  for (const d of [...lists].sort((a, b) => a.pct - b.pct).slice(0, 12)) {
    const kinds = [...new Set(d.misses.map((m) => m.kind))].map((k) => `${k} ${d.misses.filter((m) => m.kind === k).length}`);
    out.push(`${d.name} (v1 ${(100 * d.pct).toFixed(2)}%): ${kinds.join(', ')}`);
    for (const m of d.misses.filter((x) => !x.kind.startsWith('prose')).slice(0, 8))
      out.push(`    p${m.page} ${m.kind} ${m.token}  | ${m.line.trim().replace(/\s+/g, ' ').slice(0, 90)}`);
  }
  return out.join('\n');
}
