// Year over year on a web page (the overlay's tab): the sample disclosure page against an edited
// copy of itself as last year's page, and the corpus's one real HTML disclosure (w77) against a
// copy of itself as 2014 — the corpora hold no earlier year of either page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../lib/html';
import { compareDocuments } from '../../../lib/compare';
import type { DisclosureDocument } from '../../../lib/model/types';
import { compareWithPriors, OPEN_PRIOR, parseOpenPrior } from '../../../lib/extension/page-yoy';
import { yoyRows } from '../../../lib/extension/yoy';
import type { LibraryMeta } from '../../../lib/extension/library';
import { REPO, SHARED, hasShared } from '../../support/paths';
import { priorCopyOfSample, priorCopyOfW77, W77 } from '../../support/page-priors';

const model = (html: string, path: string): DisclosureDocument =>
  documentFromHtml(parseHTML(html).document as unknown as Document, { format: 'html', path });
/** As the model travels from the background's IndexedDB to the overlay: plain JSON data. */
const viaMessage = (d: DisclosureDocument): DisclosureDocument => JSON.parse(JSON.stringify(d));
const metaOf = (d: DisclosureDocument): LibraryMeta => ({
  key: `${d.info.department}|${d.info.kind}|${d.info.year}`,
  department: d.info.department,
  kind: d.info.kind,
  year: d.info.year,
  sourceName: d.source.path ?? '',
  checkedAt: '2026-01-01T00:00:00.000Z',
  summary: { pass: 0, rounding: 0, fail: 0, warn: 0, unverifiable: 0 },
  format: 'html',
});

describe('year over year on the sample page', () => {
  const html = readFileSync(resolve(REPO, 'assets/samples/sample-budget.html'), 'utf8');
  const current = model(html, 'sample-budget.html');
  const prior = model(priorCopyOfSample(html), 'sample-2024.html');

  it('the page pairs with last year’s page and gets the C-findings `check --prior` gives, in both languages', () => {
    expect([prior.info.year, current.info.year]).toEqual([2024, 2025]);
    const yoy = compareWithPriors(current, [{ pairing: { prior: metaOf(prior), relation: 'last-year' }, model: viaMessage(prior) }]);
    const direct = compareDocuments(prior, current);
    expect(yoy.langError).toBeNull();
    expect(yoy.pairs).toHaveLength(1);
    expect(yoyRows(yoy.pairs[0].comparison.items).length).toBe(yoyRows(direct.items).length);
    expect(yoyRows(direct.items).length).toBeGreaterThan(100);
    const statuses = (fs: { status: string }[]) => fs.map((f) => f.status).sort();
    expect(statuses(yoy.findings.zh)).toEqual(statuses(direct.findings));
    // The one stated change with both years' figures: 机关运行经费 308.33, 比上年减少32.74 → 341.07 last year.
    expect(statuses(yoy.findings.zh)).toEqual(['pass', 'unverifiable', 'unverifiable', 'unverifiable', 'unverifiable']);
    expect(yoy.findings.en.map((f) => f.id)).toEqual(yoy.findings.zh.map((f) => f.id));
    expect(yoy.findings.en.find((f) => f.status === 'pass')!.message).toMatch(/[a-z]/);
    // The prior's numbers keep their label but have no place on this page.
    const pass = yoy.findings.zh.find((f) => f.status === 'pass')!;
    expect(pass.values.some((v) => v.text.includes('341.07') && !v.node && !v.bbox)).toBe(true);
    expect(pass.values.some((v) => v.text.includes('308.33') && !!v.node)).toBe(true);
  });
});

describe.skipIf(!hasShared)('year over year on the real HTML disclosure (w77)', () => {
  it('pairs with its 2014 copy; no line items (the page has its tables as attachments) and no stated change to check', () => {
    const html = readFileSync(resolve(SHARED, 'corpus/wide', W77), 'utf8');
    const current = model(html, W77);
    const prior = model(priorCopyOfW77(html), 'w77-2014.html');
    expect([prior.info.year, current.info.year]).toEqual([2014, 2015]);
    const yoy = compareWithPriors(current, [{ pairing: { prior: metaOf(prior), relation: 'last-year' }, model: viaMessage(prior) }]);
    expect(yoy.pairs).toHaveLength(1);
    expect(yoy.pairs[0].comparison.items).toEqual([]);
    expect(yoy.findings.zh).toEqual([]);
  });
});

describe('the overlay’s open-prior message', () => {
  it('is well formed only with a key; a page number is optional', () => {
    expect(parseOpenPrior({ type: OPEN_PRIOR, key: 'a|dept-budget|2024', page: 3 })).toEqual({ key: 'a|dept-budget|2024', page: 3 });
    expect(parseOpenPrior({ type: OPEN_PRIOR, key: 'a|dept-budget|2024', page: -1 })).toEqual({ key: 'a|dept-budget|2024', page: null });
    expect(parseOpenPrior({ type: OPEN_PRIOR, key: '' })).toBeNull();
    expect(parseOpenPrior({ type: 'open-viewer', key: 'x' })).toBeNull();
    expect(parseOpenPrior(null)).toBeNull();
  });
});
