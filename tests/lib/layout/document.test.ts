// Text layout on real documents: paragraphs, headings, spans, running text, table regions.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, type BuiltDocument } from '../../../lib/layout/document';
import { rangeAnchors } from '../../../lib/layout/spans';
import type { Block, Table } from '../../../lib/model/types';
import type { PdfContent } from '../../../lib/pdf';
import { extractFile, realPdf } from '../pdf/corpus';

const PUTUO_SIFAJU = realPdf('putuo-govbudgetchecker/putuo_sifaju_2026_dept_budget.pdf');
const JS_RENDABAN_TEXT = realPdf('jiangsu-open-budget/js_rendaban_2019_budget_text.pdf');
const SZ_SHENJIJU = realPdf('cities-renwu/sz_shenjiju_2026_budget.pdf');
const ZH_SHANGWUJU = realPdf('cities-renwu/zh_shangwuju_2026_budget.pdf');

const blockWith = (doc: BuiltDocument, text: string): Block | undefined => doc.blocks.find((b) => b.text.includes(text));

describe('putuo-sifaju-2026', () => {
  let content: PdfContent;
  let doc: BuiltDocument;
  beforeAll(async () => {
    content = await extractFile(PUTUO_SIFAJU);
    doc = buildDocument(content);
  });

  it('keeps the wrong-direction sentence of the inspection checklist in one block on page 9', () => {
    const quote = '2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%';
    const b = blockWith(doc, quote)!;
    expect(b).toBeDefined();
    expect(b.page).toBe(9);
    expect(b.kind).toBe('item');
    expect(b.text.startsWith('6、公共安全支出（204类）')).toBe(true);
  });

  it('maps a number inside a block back to a box on its page', () => {
    const b = blockWith(doc, '43269.3万元')!;
    const start = b.text.indexOf('43269.3');
    const [anchor, ...rest] = rangeAnchors(b, start, start + '43269.3'.length);
    expect(rest).toEqual([]);
    expect(anchor.page).toBe(9);
    const page = content.pages[8];
    const [x0, top, x1, bottom] = anchor.bbox!;
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(page.width);
    expect(x1 - x0).toBeGreaterThan(15); // about 7 narrow characters at 12 pt
    expect(x1 - x0).toBeLessThan(60);
    const run = page.runs.find((r) => r.text.includes('43269.3'))!;
    expect(top).toBe(run.bbox[1]);
    expect(bottom).toBe(run.bbox[3]);
    expect(x0).toBeGreaterThanOrEqual(run.bbox[0]);
    expect(x1).toBeLessThanOrEqual(run.bbox[2]);
  });

  it('joins a paragraph whose number was wrapped to the next line, without a space', () => {
    const b = blockWith(doc, '2025年当年预算执行数为118.46万元')!;
    expect(b).toBeDefined();
    expect(b.text.startsWith('3、公共安全支出')).toBe(true);
    const lines = new Set(b.spans.map((s) => s.bbox![1]));
    expect(lines.size).toBeGreaterThanOrEqual(2);
    for (const s of b.spans) expect(b.text.slice(s.start, s.end).length).toBe(s.end - s.start);
  });

  it('classifies headings and numbered items', () => {
    expect(blockWith(doc, '上海市普陀区司法局主要职能')?.kind).toBe('heading');
    expect(doc.blocks.find((b) => b.text === '目录')?.kind).toBe('heading');
    expect(doc.blocks.find((b) => b.text === '一、2026年“三公”经费预算情况说明')?.kind).toBe('heading');
    expect(blockWith(doc, '（一）贯彻执行国家和本市有关司法行政工作')?.kind).toBe('item');
    const twoPart = blockWith(doc, '（二）承担区委全面依法治区委员会办公室日常工作')!;
    expect(twoPart.text).toContain('中长期规划建议'); // two printed lines, one item
  });

  it('does not cut a narrative paragraph into two at a page break or a table title', () => {
    expect(doc.blocks.some((b) => b.text.startsWith('单位：元2026'))).toBe(false);
  });
});

describe('running headers, footers and page numbers', () => {
  it('drops "─ 1 ─" page numbers (js-rendaban-2019 text)', async () => {
    const doc = buildDocument(await extractFile(JS_RENDABAN_TEXT));
    expect(doc.blocks.filter((b) => /^[─-]\s*\d+\s*[─-]$/.test(b.text))).toEqual([]);
    expect(blockWith(doc, '江苏省人大常委会办公厅2019年度收入、支出预算总计18330.37万元')?.page).toBe(9);
  });
  it('drops a running header repeated on every page (sz-shenjiju-2026) but keeps the cover title', async () => {
    const doc = buildDocument(await extractFile(SZ_SHENJIJU));
    expect(doc.blocks.filter((b) => b.text.includes('苏州市审计局 2026 年度部门预算公开'))).toEqual([]);
    expect(doc.blocks[0].text).toBe('2026 年度苏州市审计局部门预算公开');
  });
});

describe('paragraph ends that geometry alone does not show', () => {
  it('ragged right margins do not cut sentences (cc-xinfangju-2026 p19)', async () => {
    const doc = buildDocument(await extractFile(realPdf('cities-renwu/cc_xinfangju_2026_budget.pdf'), { pages: [17, 20] }));
    const b = blockWith(doc, '截止2025年12月31日，固定资产账上共有机动车3辆。本单位固定资产总量为4295.98万元，房屋和构筑物3773.63万元')!;
    expect(b?.page).toBe(19);
    expect(b.text.endsWith('固定资产总额的0.26%。')).toBe(true);
  });
  it('a full-width section heading is not joined to its indented first line (hz-sifaju-2026 p5)', async () => {
    const doc = buildDocument(await extractFile(realPdf('cities-renwu/hz_sifaju_2026_budget.pdf'), { pages: [4, 6] }));
    const i = doc.blocks.findIndex((b) => b.text === '（四）财政拨款收支预算情况的总体说明（详见表 4）');
    expect(doc.blocks[i]?.kind).toBe('heading');
    expect(doc.blocks[i + 1].text.startsWith('2026 年财政拨款收支总预算 91,842.80 万元。')).toBe(true);
  });
});

describe('justified lines with letter-spaced digits (zh-shangwuju-2026)', () => {
  it('reads "6 6 , 3 0 7 . 9 8" as 66,307.98 inside its sentence', async () => {
    const doc = buildDocument(await extractFile(ZH_SHANGWUJU, { pages: [30, 30] }));
    expect(blockWith(doc, '2026年本部门收入预算66,307.98万元，比上年增加12,616.73万元')?.page).toBe(30);
  });
});

describe('table regions', () => {
  it('keeps text inside a detected table out of the narrative blocks', async () => {
    const content = await extractFile(PUTUO_SIFAJU, { pages: [10, 10] });
    // A stand-in detector: one table covering the ruled area of the page.
    const h = content.pages[0].rules.filter((r) => r.orient === 'h');
    const region: [number, number, number, number] = [
      Math.min(...h.map((r) => r.x0)),
      Math.min(...h.map((r) => r.y0)),
      Math.max(...h.map((r) => r.x1)),
      Math.max(...h.map((r) => r.y1)),
    ];
    const detectTables = (): Table[] => [
      { id: 'x', page: 10, title: '', unit: '', bbox: region, rows: [[{ text: 'cell', page: 10, bbox: region }]] },
    ];
    const without = buildDocument(content);
    const withTable = buildDocument(content, { detectTables });
    expect(without.blocks.some((b) => b.text.includes('96,282,213.44'))).toBe(true);
    expect(withTable.blocks.some((b) => b.text.includes('96,282,213.44'))).toBe(false);
    expect(withTable.blocks.map((b) => b.text)).toContain('2026年部门财务收支预算总表'); // the title is above the rules
    expect(withTable.tables.map((t) => t.id)).toEqual(['t1']);
  });

  it('a scan gives no blocks and no text layer', async () => {
    const doc = buildDocument(await extractFile(realPdf('cities-renwu/cs_jiaojing_2026_budget_SCANNED.pdf')));
    expect(doc.textLayer).toBe(false);
    expect(doc.blocks).toEqual([]);
    expect(doc.pages.length).toBeGreaterThan(0);
  });
});
