// Clean variants raise nothing: every table of the corpus's complete budgets is printed again with
// one decimal fewer, each cell rounded on its own (parts and totals alike), so sums hold only within
// the rounding interval. Where an identity held exactly in the original, its printed figures are
// exact figures, rounded once as a publisher rounds them: it must not fail in the variant. (Where it
// held only within rounding, rounding again compounds two roundings, which no publisher prints.)
// The same variant with one total moved beyond its interval must fail.
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../lib/amount';
import { checkDocument } from '../../lib/engine';
import type { DisclosureDocument } from '../../lib/model';
import type { Finding } from '../../lib/rules';
import { cellAmount, tableViews } from '../../lib/tables';
import { realCorpusDocuments } from '../support/corpus';
import { CORPUS, hasShared } from '../support/paths';

/** A complete budget prints at least this many of the standard roles. */
const MIN_ROLES = 7;

/** "1,253.18" → "1,253.2": the value rounded half-up to `places` decimals, separators kept. */
function printedTo(text: string, places: number): string | null {
  const a = cellAmount(text);
  if (!a || a.unit === '%' || a.decimals <= places) return null;
  const v = a.value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const fixed = v.abs().toFixed(places);
  const [int, frac] = fixed.split('.');
  const grouped = /,/.test(text) ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return `${v.isNegative() ? '-' : ''}${grouped}${frac ? '.' + frac : ''}`;
}

/** The table printed with one decimal fewer than its column's precision ("1514331.7" in a column of
 *  two-decimal cells already stands for 1514331.70, a trailing zero dropped). */
function variant(doc: DisclosureDocument): DisclosureDocument {
  const copy: DisclosureDocument = structuredClone(doc);
  for (const t of copy.tables) {
    const width = Math.max(0, ...t.rows.map((r) => r.length));
    for (let c = 0; c < width; c++) {
      const places = Math.max(0, ...t.rows.map((r) => cellAmount(r[c]?.text ?? '')?.decimals ?? 0));
      if (places < 1) continue;
      for (const row of t.rows) {
        const r = row[c] && printedTo(row[c].text, places - 1);
        if (r) row[c].text = r;
      }
    }
  }
  return copy;
}

const cells = (f: Finding) =>
  f.values
    .filter((v) => v.table)
    .map((v) => `${v.table}:${v.row}:${v.col}`)
    .sort()
    .join('|');
const key = (f: Finding) => `${f.rule}|${cells(f) || f.evidence[0]?.text.slice(0, 40)}`;
const fails = (fs: Finding[]) => fs.filter((f) => f.status === 'fail');

describe.skipIf(!hasShared)('clean variants: every table one decimal fewer', async () => {
  const complete: { name: string; doc: DisclosureDocument }[] = [];
  for (const { path, doc } of await realCorpusDocuments()) {
    if (!/\.pdf$/i.test(path) || /MODIFIED|SCANNED|NEG_/.test(path)) continue;
    if (!doc?.info.textLayer || doc.info.kind === 'other') continue;
    const roles = new Set(
      tableViews(doc)
        .map((v) => v.role)
        .filter(Boolean),
    );
    if (roles.size >= MIN_ROLES) complete.push({ name: relative(CORPUS, path), doc });
  }

  it('finds the complete budgets of the corpus', () => {
    expect(complete.length).toBeGreaterThanOrEqual(10);
  });

  for (const { name, doc } of complete) {
    it(`${name}: no new fail, and a total moved beyond its interval fails`, () => {
      const exact = new Set(
        checkDocument(doc, { lang: 'en' })
          .findings.filter((f) => f.status === 'pass' && cells(f))
          .map(key),
      );
      const v = variant(doc);
      const report = checkDocument(v, { lang: 'en' });
      expect(exact.size).toBeGreaterThan(0);
      expect(
        fails(report.findings)
          .filter((f) => exact.has(key(f)))
          .map((f) => `${f.rule}: ${f.message}`),
      ).toEqual([]);

      // A passing sum over several cells of the variant, its total moved by more than the interval; taken
      // from the table with the most passing sums (a misprint stands out there, see plausibility.ts).
      const held = report.findings.filter(
        (f) =>
          /^W\d+$/.test(f.rule) &&
          (f.status === 'pass' || f.status === 'rounding') &&
          f.values.length >= 3 &&
          f.values[0].table &&
          cellAmount(f.values[0].text) &&
          !cellAmount(f.values[0].text)!.value.isZero() &&
          f.values.slice(1).some((p) => !cellAmount(p.text)?.value.isZero()),
      );
      const support = (t?: string) => held.filter((f) => f.values[0].table === t).length;
      const sum = [...held].sort((a, b) => support(b.values[0].table) - support(a.values[0].table))[0]!;
      expect(sum, 'a complete budget has a passing sum over three or more cells to move').toBeDefined();
      const total = sum.values[0];
      const cell = v.tables.find((t) => t.id === total.table)!.rows[total.row!][total.col!];
      const a = cellAmount(cell.text)!;
      // Beyond the sum's rounding interval (half a unit of each printed figure, a part printed with fewer
      // decimals counting its own), whatever the difference already was.
      const interval = sum.values.reduce(
        (s, x) => s.plus(new Decimal(10).pow(-(cellAmount(x.text)?.decimals ?? 0)).div(2)),
        new Decimal(0),
      );
      const step = interval.times(2).plus(new Decimal(10).pow(-a.decimals)).toDecimalPlaces(a.decimals, Decimal.ROUND_UP);
      cell.text = a.value.plus(step).toFixed(a.decimals);
      const moved = checkDocument(structuredClone(v), { lang: 'en' });
      expect(
        moved.findings.some(
          (f) => f.status === 'fail' && f.values.some((x) => x.table === total.table && x.row === total.row && x.col === total.col),
        ),
      ).toBe(true);
    });
  }
});
