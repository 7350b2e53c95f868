// The year-over-year tab's data on the Jiangsu 人大办公厅 2017 → 2018 budgets, from a model that
// went through structured cloning (as it does through IndexedDB and the worker).
import { beforeAll, describe, expect, it } from 'vitest';
import { compareDocuments, withFindings, type Comparison } from '../../../lib/compare';
import { forCurrentDocument, rowFlag, yoyRows } from '../../../lib/extension/yoy';
import { entryFor } from '../../../lib/extension/library';
import { pairingsFor } from '../../../lib/extension/library';
import { checkDocument } from '../../../lib/engine';
import type { DisclosureDocument } from '../../../lib/model/types';
import { loadJoined } from '../compare/load';

let prior: DisclosureDocument;
let current: DisclosureDocument;
let direct: Comparison;

beforeAll(async () => {
  [prior, current] = await Promise.all([loadJoined('js_rendaban_2017_budget.pdf'), loadJoined('js_rendaban_2018_budget.pdf')]);
  direct = compareDocuments(prior, current);
}, 120_000);

describe('year over year in the extension', () => {
  it('a structured-cloned model compares exactly as the original', () => {
    const cloned = compareDocuments(structuredClone(prior), structuredClone(current));
    expect(JSON.stringify(cloned)).toBe(JSON.stringify(direct));
    expect(direct.summary.c1).toMatchObject({ claims: 29, computable: 29, pass: 29 }); // 18 changes, 11 持平
  });

  it('the two years pair automatically once both are in the library', () => {
    const now = new Date('2026-01-01');
    const a = entryFor(checkDocument(prior), prior, { name: 'js_rendaban_2017_budget.pdf' }, now);
    const b = entryFor(checkDocument(current), current, { name: 'js_rendaban_2018_budget.pdf' }, now);
    expect(b.key).toBe('江苏省人大常委会办公厅|dept-budget|2018');
    expect(pairingsFor(b, [a, b]).map((p) => p.prior.key)).toEqual([a.key]);
  });

  it('rows leave out lines at 0 in both years and flag large changes and new or gone lines', () => {
    const rows = yoyRows(direct.items);
    expect(rows.length).toBeGreaterThan(50);
    // Lines blank in both years are not aligned at all (lib/compare/align.ts); printed zeros would be left out here.
    expect(rows.length).toBeLessThanOrEqual(direct.items.length);
    expect(rows.every((r) => !(Number(r.item.prior) === 0 && Number(r.item.current) === 0))).toBe(true);
    const by = (code: string) => rows.find((r) => r.item.role === 'expenditure' && r.item.code === code)!;
    expect(by('2010101').flag).toBe('large'); // +40.18%
    expect(by('2010102').flag).toBe(''); // −5.2%
    expect(rows.some((r) => r.flag === 'appeared') && rows.some((r) => r.flag === 'disappeared')).toBe(true);
    expect(rowFlag({ ...by('2010102').item, match: 'moved' })).toBe('moved');
    // Each table role is one block of rows (its new and vanished lines included).
    const starts = rows.filter((r, i) => i === 0 || rows[i - 1].item.role !== r.item.role).map((r) => r.item.role);
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('C-findings keep boxes only for numbers of the current document, and are counted in the report', () => {
    const shown = forCurrentDocument(direct.findings, prior);
    const c1 = shown.find((f) => f.rule === 'C1')!;
    expect(c1.values.filter((v) => v.label.startsWith('2017')).every((v) => !v.bbox)).toBe(true);
    expect(c1.values.some((v) => v.label.startsWith('2018') && v.bbox)).toBe(true);
    const report = checkDocument(current);
    const merged = withFindings(report, shown);
    expect(merged.summary.pass).toBe(report.summary.pass + 29);
    expect(merged.findings).toHaveLength(report.findings.length + direct.findings.length);
  });
});
