import { describe, expect, it } from 'vitest';
import {
  libraryKey,
  libraryFromJson,
  libraryToJson,
  manualCandidates,
  normDepartment,
  pairingsFor,
  fromBase64,
  toBase64,
  type LibraryEntry,
  PAGE_CHECKED,
  parsePageChecked,
  pageEntry,
  sameAddress,
  metaOf,
  storeKey,
  foreignPrior,
  entryFor,
} from '../../../lib/extension/library';
import { isGovUrl } from '../../../lib/extension/gov-matches';
import type { DocKind } from '../../../lib/model/types';

const entry = (department: string | undefined, kind: DocKind, year: number, extra: Partial<LibraryEntry> = {}): LibraryEntry => ({
  key: libraryKey({ department, kind, year }, `${department}-${year}.pdf`),
  department,
  kind,
  year,
  sourceName: `${department}-${year}.pdf`,
  checkedAt: '2026-01-01T00:00:00.000Z',
  summary: { pass: 1, rounding: 0, fail: 0, warn: 0, unverifiable: 0 },
  findings: [],
  model: { source: { format: 'pdf' }, info: { kind, year, department, pages: 1, textLayer: true }, blocks: [], tables: [] },
  ...extra,
});

describe('library keys', () => {
  it('keys by normalised department, kind and year; re-checking a document gives the same key', () => {
    expect(libraryKey({ department: '江苏省人民检察院 ', kind: 'dept-budget', year: 2018 }, 'a.pdf')).toBe(
      '江苏省人民检察院|dept-budget|2018',
    );
    expect(libraryKey({ department: '江苏省人民检察院', kind: 'dept-budget', year: 2018 }, 'b.pdf')).toBe(
      '江苏省人民检察院|dept-budget|2018',
    );
    expect(normDepartment('深圳市财政局（本级）')).toBe('深圳市财政局');
  });

  it('without a department, keys by source name so two unknown documents do not collide', () => {
    expect(libraryKey({ kind: 'dept-budget', year: 2018 }, 'x.pdf')).not.toBe(libraryKey({ kind: 'dept-budget', year: 2018 }, 'y.pdf'));
  });
});

describe('pairing', () => {
  const b17 = entry('江苏省人大常委会办公厅', 'dept-budget', 2017);
  const b18 = entry('江苏省人大常委会办公厅', 'dept-budget', 2018);
  const f18 = entry('江苏省人大常委会办公厅', 'dept-final', 2018);
  const f17 = entry('江苏省人大常委会办公厅', 'dept-final', 2017);
  const other = entry('江苏省人民检察院', 'dept-budget', 2017);

  it("a budget pairs with last year's budget of the same department, not a final account or another department", () => {
    expect(pairingsFor(b18, [b17, f17, other, b18]).map((p) => [p.prior.key, p.relation])).toEqual([[b17.key, 'last-year']]);
    expect(pairingsFor(b18, [f17, other])).toEqual([]);
  });

  it("a final account pairs with last year's final account and with its own year's budget (C3)", () => {
    expect(pairingsFor(f18, [b17, b18, f17]).map((p) => [p.prior.key, p.relation])).toEqual([
      [f17.key, 'last-year'],
      [b18.key, 'same-year-budget'],
    ]);
  });

  it('a manual choice wins; a stale one falls back to automatic pairing', () => {
    expect(pairingsFor({ ...b18, priorKey: other.key }, [b17, other]).map((p) => p.relation)).toEqual(['manual']);
    expect(pairingsFor({ ...b18, priorKey: 'gone' }, [b17]).map((p) => p.relation)).toEqual(['last-year']);
  });

  it('no department or year: nothing automatic, but every other document can be chosen by hand', () => {
    const unknown = entry(undefined, 'dept-budget', 2018);
    expect(pairingsFor(unknown, [b17, other])).toEqual([]);
    expect(manualCandidates(b18, [other, f18, b17, b18]).map((e) => e.key)).toEqual([b17.key, f18.key, other.key]);
  });
});

describe('provenance', () => {
  const gov = 'https://czj.example.gov.cn';
  const forged = 'https://forged.example.gov.cn';
  it('an entry records the origin and sha256 of what was read; a local file has no origin', () => {
    const b = entry('a', 'dept-budget', 2018);
    const report = { document: b.model.info, summary: b.summary, findings: [] };
    const e = entryFor(report, b.model, { url: `${gov}/x/2018.pdf?id=1`, name: '2018.pdf', sha256: 'ab12' }, new Date(0));
    expect([e.origin, e.sha256]).toEqual([gov, 'ab12']);
    expect(entryFor(report, b.model, { name: '2018.pdf' }, new Date(0)).origin).toBeUndefined();
  });

  it('a document from another origin never replaces the entry stored under its key: both are kept', () => {
    const key = '江苏省人大常委会办公厅|dept-budget|2017';
    expect(storeKey({ key, origin: gov }, undefined)).toBe(key);
    expect(storeKey({ key, origin: gov }, { origin: gov })).toBe(key);
    expect(storeKey({ key, origin: forged }, { origin: gov })).toBe(`${key}|forged.example.gov.cn`);
    // An entry stored before origins were recorded: its address tells.
    expect(storeKey({ key, origin: forged }, { sourceUrl: `${gov}/a.pdf` })).toBe(`${key}|forged.example.gov.cn`);
    // A local file replaces a downloaded entry only when it is the same bytes (its kept copy).
    expect(storeKey({ key, sha256: 'aa' }, { origin: gov, sha256: 'bb' })).toBe(`${key}|local`);
    expect(storeKey({ key, sha256: 'aa' }, { origin: gov, sha256: 'aa' })).toBe(key);
  });

  it("automatic pairing prefers last year's document from the same origin, and flags one from elsewhere", () => {
    const cur = entry('江苏省人大常委会办公厅', 'dept-budget', 2018, { origin: gov });
    const fake = entry('江苏省人大常委会办公厅', 'dept-budget', 2017, { origin: forged, key: 'k|forged' });
    const real = entry('江苏省人大常委会办公厅', 'dept-budget', 2017, { origin: gov });
    expect(pairingsFor(cur, [fake, real, cur])[0].prior.key).toBe(real.key);
    expect(pairingsFor(cur, [real, fake, cur])[0].prior.key).toBe(real.key);
    expect(foreignPrior(cur, fake)).toBe(true);
    expect(foreignPrior(cur, real)).toBe(false);
    expect(foreignPrior(cur, { origin: undefined })).toBe(false);
  });
});

describe('export / import', () => {
  it('round-trips entries, PDF bytes included', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    const e = entry('江苏省人民检察院', 'dept-budget', 2018, { bytes, priorKey: 'x' });
    const back = libraryFromJson(libraryToJson([e, entry('a', 'dept-final', 2017)]));
    expect(back).toHaveLength(2);
    expect(back[0]).toEqual(e);
    expect(back[1].bytes).toBeUndefined();
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });

  it('refuses what is not a library file, in one line', () => {
    expect(() => libraryFromJson('{')).toThrow('not a JSON file');
    expect(() => libraryFromJson('{"schema":"dlens.check/1"}')).toThrow('not a dlens.library/1 file');
    expect(() => libraryFromJson('{"schema":"dlens.library/1","entries":[{"key":"k"}]}')).toThrow(/^entry 1 \(k\) refused: /);
  });

  const file = (...entries: unknown[]) => JSON.stringify({ schema: 'dlens.library/1', entries });
  const good = () =>
    JSON.parse(libraryToJson([entry('江苏省人民检察院', 'dept-budget', 2018, { sourceUrl: 'https://a.gov.cn/x.pdf' })])).entries[0];

  it('refuses an entry of the wrong type in one line naming it, and returns nothing of the file', () => {
    const bad = { ...good(), key: 'evil', department: { toString: 1 } };
    const err = (() => {
      try {
        libraryFromJson(file(good(), bad));
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(err).toMatch(/^entry 2 \(evil\) refused: department: /);
    expect(err).not.toContain('\n');
    expect(() => libraryFromJson(file({ ...good(), summary: { ...good().summary, fail: -1 } }))).toThrow(/^entry 1 .*summary\.fail/);
    expect(() => libraryFromJson(file({ ...good(), findings: [{ rule: 'N1', status: 'owned' }] }))).toThrow(/findings\.0\.status/);
  });

  it('accepts only http(s) links', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'chrome-extension://x/viewer.html', 'https:evil']) {
      expect(() => libraryFromJson(file({ ...good(), sourceUrl: url })), url).toThrow(/^entry 1 .*sourceUrl/);
    }
    expect(libraryFromJson(file(good()))[0].sourceUrl).toBe('https://a.gov.cn/x.pdf');
  });
});

describe('a page checked by the overlay', () => {
  const model = {
    source: { format: 'html' as const, path: 'x' },
    info: { kind: 'dept-budget' as DocKind, year: 2025, department: '云溪市数据资源管理局', pages: 1, textLayer: true },
    blocks: [],
    tables: [],
  };
  const msg = {
    type: PAGE_CHECKED,
    url: 'http://budget.example.gov.cn/a.html#t3',
    checkedAt: '2026-01-02T03:04:05.000Z',
    title: '云溪市数据资源管理局2025年度部门预算',
    summary: { pass: 1, rounding: 0, fail: 2, warn: 0, unverifiable: 1 },
    findings: [],
    model,
  };

  it('accepts a well-formed message and makes an html entry keyed like a PDF of the same document', () => {
    const m = parsePageChecked(msg)!;
    expect(m).not.toBeNull();
    const e = pageEntry(m);
    expect(e.key).toBe('云溪市数据资源管理局|dept-budget|2025');
    expect(e).toMatchObject({
      format: 'html',
      sourceUrl: 'http://budget.example.gov.cn/a.html',
      year: 2025,
      kind: 'dept-budget',
      checkedAt: msg.checkedAt,
    });
    expect(metaOf(e)).not.toHaveProperty('model');
  });

  it('refuses anything else: other types, bad counts, non-disclosures, PDFs, odd URLs', () => {
    for (const bad of [
      null,
      'x',
      { ...msg, type: 'open-viewer' },
      { ...msg, summary: { ...msg.summary, pass: -1 } },
      { ...msg, model: { ...model, info: { ...model.info, kind: 'other' } } },
      { ...msg, model: { ...model, source: { format: 'pdf' } } },
      { ...msg, url: 'javascript:alert(1)' },
      { ...msg, checkedAt: 'yesterday' },
      { ...msg, findings: [{ rule: 'N2', status: 'great' }] },
    ])
      expect(parsePageChecked(bad)).toBeNull();
  });

  it('the sender must be on the page the message names; only government hosts count', () => {
    expect(sameAddress('http://a.gov.cn/p.html#x', 'http://a.gov.cn/p.html')).toBe(true);
    expect(sameAddress('http://a.gov.cn/p.html', 'http://a.gov.cn/q.html')).toBe(false);
    expect(sameAddress('http://a.gov.cn/p.html', undefined)).toBe(false);
    expect(isGovUrl('http://budget.example.gov.cn:8080/x')).toBe(true);
    expect(isGovUrl('https://www.gov.hk/')).toBe(true);
    expect(isGovUrl('https://a.gov.cn.evil.example/')).toBe(false);
    expect(isGovUrl('chrome-extension://abc/viewer.html')).toBe(false);
    expect(isGovUrl('https://evil.example/?u=x.gov.cn')).toBe(false);
  });
});
