import { describe, expect, it } from 'vitest';
import { isPageNumber, removeRunningText, type PageLines } from '../../../lib/layout/headers';
import { makeLine } from '../../../lib/layout/lines';

const line = (text: string, page: number, top: number, x0 = 100) =>
  makeLine([{ text, fontSize: 10, bbox: [x0, top, x0 + 10 * text.length, top + 10] }], page);

describe('page numbers', () => {
  it('recognises the usual forms', () => {
    for (const t of ['- 3 -', '─ 12 ─', '第 3 页', '第3页 共20页', '3/20', '7']) expect(isPageNumber(t)).toBe(true);
    for (const t of ['表2', '2026年', '1,234.00', '一、']) expect(isPageNumber(t)).toBe(false);
  });
});

describe('removeRunningText', () => {
  const pages: PageLines[] = [1, 2, 3, 4].map((n) => ({
    page: n,
    height: 800,
    lines: [
      line('某某局2026年部门预算', n, 20),
      line(`表${n}`, n, 40, 500),
      line('正文', n, 300),
      line(`- ${n} -`, n, 770),
      line('合计', n, 760, 100),
      line(`${n * 10}`, n, 760, 300),
    ],
  }));
  const kept = removeRunningText(pages).map((p) => p.lines.map((l) => l.text));
  it('drops the repeated header and the page numbers', () => {
    for (const texts of kept) {
      expect(texts).not.toContain('某某局2026年部门预算');
      expect(texts.some((t) => /^- \d -$/.test(t))).toBe(false);
    }
  });
  it('keeps table labels, body text and a lone number that shares its line', () => {
    expect(kept[1]).toEqual(['表2', '正文', '合计', '20']);
  });
});
