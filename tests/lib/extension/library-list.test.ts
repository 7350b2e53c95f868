// The library page's list: search, filters, sort, the file-name column and the prior-page links.
import { describe, expect, it } from 'vitest';
import { entryPageHref, fileNameOf, filterChoices, queryEntries } from '../../../lib/extension/library-list';
import { libraryKey, type LibraryMeta } from '../../../lib/extension/library';
import type { DocKind } from '../../../lib/model/types';

const meta = (department: string, kind: DocKind, year: number, sourceUrl: string, extra: Partial<LibraryMeta> = {}): LibraryMeta => ({
  key: libraryKey({ department, kind, year }, sourceUrl),
  department,
  kind,
  year,
  sourceUrl,
  sourceName: decodeURIComponent(sourceUrl.slice(sourceUrl.lastIndexOf('/') + 1)),
  checkedAt: '2026-01-01T00:00:00.000Z',
  summary: { pass: 10, rounding: 0, fail: 0, warn: 0, unverifiable: 0 },
  ...extra,
});

// Names and addresses as the corpora's documents carry them.
const rendaban17 = meta('江苏省人大常委会办公厅', 'dept-budget', 2017, 'https://czt.jiangsu.gov.cn/js_rendaban_2017_budget.pdf', {
  checkedAt: '2026-03-01T10:00:00.000Z',
});
const rendaban18 = meta('江苏省人大常委会办公厅', 'dept-budget', 2018, 'https://czt.jiangsu.gov.cn/js_rendaban_2018_budget.pdf', {
  checkedAt: '2026-03-02T10:00:00.000Z',
  summary: { pass: 200, rounding: 1, fail: 0, warn: 2, unverifiable: 3 },
});
const xinfang = meta('广州市信访局', 'dept-budget', 2026, 'https://www.gz.gov.cn/gz_xinfangju_2026_budget.pdf', {
  checkedAt: '2026-02-01T10:00:00.000Z',
  summary: { pass: 120, rounding: 0, fail: 2, warn: 1, unverifiable: 4 },
});
const putuo = meta('上海市普陀区财政局', 'dept-final', 2024, 'https://www.shpt.gov.cn/putuo_caizhengju_2024_final.pdf', {
  checkedAt: '2026-01-15T10:00:00.000Z',
  summary: { pass: 80, rounding: 0, fail: 5, warn: 0, unverifiable: 1 },
});
const page = meta(
  '郑州市国土资源局',
  'dept-budget',
  2015,
  'http://www.zhengzhou.gov.cn/zwgk/2015/%E9%83%A8%E9%97%A8%E9%A2%84%E7%AE%97.html',
  { format: 'html', sourceName: '郑州市国土资源局2015年度部门预算公开情况说明' },
);
const all = [xinfang, rendaban18, page, putuo, rendaban17];
const keys = (list: LibraryMeta[]) => list.map((e) => e.key);

describe('library list: search', () => {
  it('finds by department, file name, address and year; every word must occur', () => {
    expect(keys(queryEntries(all, { text: '人大' }))).toEqual(keys([rendaban18, rendaban17]));
    expect(keys(queryEntries(all, { text: 'XINFANGJU' }))).toEqual([xinfang.key]);
    expect(keys(queryEntries(all, { text: 'shpt.gov.cn' }))).toEqual([putuo.key]);
    expect(keys(queryEntries(all, { text: '人大 2017' }))).toEqual([rendaban17.key]);
    expect(keys(queryEntries(all, { text: '部门预算.html' }))).toEqual([page.key]);
    expect(queryEntries(all, { text: '人大 2026' })).toEqual([]);
    // The caller's words for an entry (the library page passes its kind's names).
    const kind = (e: LibraryMeta) => (e.kind === 'dept-final' ? '部门决算 dept. final account' : '部门预算 dept. budget');
    expect(keys(queryEntries(all, { text: '决算' }, new Map(), kind))).toEqual([putuo.key]);
    expect(keys(queryEntries(all, { text: 'final account' }, new Map(), kind))).toEqual([putuo.key]);
  });
});

describe('library list: filters', () => {
  it('by department, year and kind, and by has fails / has marks', () => {
    expect(keys(queryEntries(all, { department: '江苏省人大常委会办公厅' }))).toEqual(keys([rendaban18, rendaban17]));
    expect(keys(queryEntries(all, { year: 2018 }))).toEqual([rendaban18.key]);
    expect(keys(queryEntries(all, { kind: 'dept-final' }))).toEqual([putuo.key]);
    // Department order is the Chinese collation (pinyin): 广州 before 上海.
    expect(keys(queryEntries(all, { hasFails: true }))).toEqual(keys([xinfang, putuo]));
    const marks = new Map([[rendaban17.key, 2]]);
    expect(keys(queryEntries(all, { hasMarks: true }, marks))).toEqual([rendaban17.key]);
    expect(keys(queryEntries(all, { hasMarks: true, hasFails: true }, marks))).toEqual([]);
  });

  it('offers the stored departments, years (newest first) and kinds as choices', () => {
    expect(filterChoices(all)).toEqual({
      departments: [...new Set(all.map((e) => e.department!))].sort((a, b) => a.localeCompare(b, 'zh')),
      years: [2026, 2024, 2018, 2017, 2015],
      kinds: ['dept-budget', 'dept-final'],
    });
  });
});

describe('library list: sort', () => {
  it('by department (then newest year), year, check time or number of fails', () => {
    const dept = keys(queryEntries(all, {}));
    expect(dept.indexOf(rendaban18.key)).toBe(dept.indexOf(rendaban17.key) - 1);
    expect(keys(queryEntries(all, { sort: 'year' }))).toEqual(keys([xinfang, putuo, rendaban18, rendaban17, page]));
    expect(keys(queryEntries(all, { sort: 'checked' }))).toEqual(keys([rendaban18, rendaban17, xinfang, putuo, page]));
    expect(keys(queryEntries(all, { sort: 'fails' })).slice(0, 3)).toEqual(keys([putuo, xinfang, rendaban18]));
  });
});

describe('library list: file name and links to a page', () => {
  it('the file name is the last segment of the address, decoded; a local file keeps its own name', () => {
    expect(fileNameOf(rendaban17)).toBe('js_rendaban_2017_budget.pdf');
    expect(fileNameOf(page)).toBe('部门预算.html');
    expect(fileNameOf({ sourceName: 'local.pdf' })).toBe('local.pdf');
  });

  it('a page of a stored document opens from the kept PDF, else at its address with the launch key; a web page at its address', () => {
    const base = 'chrome-extension://abc/viewer.html';
    expect(entryPageHref(base, { ...rendaban17, hasBytes: true }, 9)).toBe(`${base}?library=${encodeURIComponent(rendaban17.key)}#page=9`);
    expect(entryPageHref(base, rendaban17, 9, 'k1')).toBe(`${base}?file=${encodeURIComponent(rendaban17.sourceUrl!)}&k=k1#page=9`);
    expect(entryPageHref(base, rendaban17, null, 'k1')).toBe(`${base}?file=${encodeURIComponent(rendaban17.sourceUrl!)}&k=k1`);
    expect(entryPageHref(base, page, 1)).toBe(page.sourceUrl);
    expect(entryPageHref(base, { ...rendaban17, sourceUrl: undefined }, 3)).toBeNull();
  });
});
