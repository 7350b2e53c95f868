import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PdfError, type PageContent, type TextRun } from '../../../lib/pdf';
import { extractBytes, extractFile, realPdf } from './corpus';

const PUTUO_SIFAJU = realPdf('putuo-govbudgetchecker/putuo_sifaju_2026_dept_budget.pdf');
const JS_RENDABAN_TABLES = realPdf('jiangsu-open-budget/js_rendaban_2019_budget_tables.pdf');
const CS_SCAN = realPdf('cities-renwu/cs_jiaojing_2026_budget_SCANNED.pdf');
const YT_SHENJIJU = realPdf('cities-renwu/yt_shenjiju_2026_budget.pdf');

const find = (page: PageContent, text: string): TextRun | undefined => page.runs.find((r) => r.text === text);
const inside = (r: TextRun, p: PageContent) =>
  r.bbox[0] >= 0 && r.bbox[1] >= 0 && r.bbox[2] <= p.width && r.bbox[3] <= p.height && r.bbox[0] < r.bbox[2] && r.bbox[1] < r.bbox[3];

async function expectPdfError(p: Promise<unknown>, kind: PdfError['kind'], message: RegExp) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PdfError);
  expect((err as PdfError).kind).toBe(kind);
  expect((err as PdfError).message).toMatch(message);
  expect((err as PdfError).message).not.toContain('\n');
}

describe('putuo-sifaju-2026 (WPS, landscape, 元 tables)', () => {
  it('reads a narrative sentence as one run, on its page, inside the page box', async () => {
    const c = await extractFile(PUTUO_SIFAJU, { pages: [4, 4] });
    expect(c.textLayer).toBe(true);
    const [page] = c.pages;
    expect(page.page).toBe(4);
    expect(page.width).toBeCloseTo(842, 0);
    const run = find(page, '上海市普陀区司法局是主管本区司法和法制工作的区政府工作部门，主要职责是：');
    expect(run).toBeDefined();
    expect(inside(run!, page)).toBe(true);
    const heading = find(page, '上海市普陀区司法局主要职能')!;
    expect(heading.fontSize).toBeGreaterThan(run!.fontSize);
    expect(heading.bbox[3]).toBeLessThan(run!.bbox[1]); // heading above the sentence (y down)
  });

  it('keeps amounts apart from the neighbouring cell text and finds the ruling', async () => {
    const [page] = (await extractFile(PUTUO_SIFAJU, { pages: [10, 10] })).pages;
    const amounts = page.runs.filter((r) => r.text === '96,282,213.44');
    expect(amounts.length).toBe(4); // 财政拨款收入, 一般公共预算, 收入总计, 支出总计
    for (const a of amounts) expect(inside(a, page)).toBe(true);
    expect(find(page, '一、公共安全支出')).toBeDefined();
    expect(find(page, '87,267,272.44')).toBeDefined();
    expect(page.rules.filter((r) => r.orient === 'h').length).toBeGreaterThanOrEqual(10);
    expect(page.rules.filter((r) => r.orient === 'v').length).toBeGreaterThanOrEqual(3);
    for (const r of page.rules) expect(r.x0 <= r.x1 && r.y0 <= r.y1).toBe(true);
  });

  it('reports the blank page after the table of contents as a page without runs', async () => {
    const c = await extractFile(PUTUO_SIFAJU, { pages: [3, 3] });
    expect(c.pages.map((p) => p.runs.length)).toEqual([0]);
    expect(c.textLayer).toBe(false);
  });
});

describe('js-rendaban-2019 tables (/Rotate 90)', () => {
  it('returns rotated pages upright, in displayed coordinates', async () => {
    const c = await extractFile(JS_RENDABAN_TABLES, { pages: [2, 2] });
    const [page] = c.pages;
    expect(page.rotation).toBe(90);
    expect(page.width).toBeGreaterThan(page.height);
    expect(page.runs.filter((r) => r.vertical).length).toBe(0);
    const title = find(page, '收入预算总表')!;
    const total = find(page, '18,330.37')!;
    const label = find(page, '收入总计')!;
    expect(title.bbox[1]).toBeLessThan(label.bbox[1]);
    expect(total.bbox[0]).toBeGreaterThan(label.bbox[2]); // value right of its label
    expect(Math.abs(total.bbox[3] - label.bbox[3])).toBeLessThan(2); // same row
    expect(inside(total, page)).toBe(true);
    expect(page.rules.length).toBeGreaterThan(10);
  });
});

describe('letter-spacing', () => {
  it('joins 目 录 and 本 年 支 出 合 计 but keeps ruled 类 / 款 / 项 apart', async () => {
    const c = await extractFile(YT_SHENJIJU, { pages: [2, 9] });
    const texts = (n: number) => c.pages.find((p) => p.page === n)!.runs.map((r) => r.text);
    expect(texts(2)).toContain('目录');
    expect(texts(8)).toContain('本年支出合计');
    expect(texts(8)).toContain('本年收入合计');
    expect(texts(9)).toEqual(expect.arrayContaining(['类', '款', '项']));
  });
});

describe('scans and broken input', () => {
  it('a scan has no text layer and is not an error', async () => {
    const c = await extractFile(CS_SCAN);
    expect(c.textLayer).toBe(false);
    expect(c.pages.length).toBeGreaterThan(0);
  });

  const dir = mkdtempSync(join(tmpdir(), 'dlens-pdf-'));
  const bytes = readFileSync(PUTUO_SIFAJU);

  it('zero bytes → empty', async () => {
    await expectPdfError(extractBytes(new Uint8Array(0)), 'empty', /empty/);
  });
  it('non-PDF bytes → not-pdf', async () => {
    await expectPdfError(extractBytes(new TextEncoder().encode('<html><body>预算</body></html>')), 'not-pdf', /not a PDF/);
  });
  it('a truncated copy → corrupt', async () => {
    const path = join(dir, 'truncated.pdf');
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectPdfError(extractFile(path), 'corrupt', /damaged or truncated/);
  });

  let qpdf = true;
  try {
    execFileSync('qpdf', ['--version']);
  } catch {
    qpdf = false;
  }
  describe.skipIf(!qpdf)('encrypted (made with qpdf)', () => {
    const enc = join(dir, 'encrypted.pdf');
    if (qpdf) execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', PUTUO_SIFAJU, enc]);
    it('without a password → password required', async () => {
      await expectPdfError(extractFile(enc), 'password', /password required/);
    });
    it('with a wrong password → wrong password', async () => {
      await expectPdfError(extractFile(enc, { password: 'nope' }), 'password', /wrong password/);
    });
    it('with the right password → the same text', async () => {
      const c = await extractFile(enc, { password: 'secret', pages: [4, 4] });
      expect(c.info.encrypted).toBe(true);
      expect(c.pages[0].runs.some((r) => r.text.startsWith('上海市普陀区司法局是主管本区司法'))).toBe(true);
    });
  });
});

describe('options', () => {
  it('honours an abort signal', async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(extractFile(PUTUO_SIFAJU, { signal: ctl.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
  it('clamps the page range to the document', async () => {
    const c = await extractFile(PUTUO_SIFAJU, { pages: [22, 99] });
    expect(c.pages.map((p) => p.page)).toEqual([22, 23]);
  });
});
