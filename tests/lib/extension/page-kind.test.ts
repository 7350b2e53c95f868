// The page overlay's classifier on the real corpus pages and the project's sample page.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { budgetAttachments, classifyPage, hasDisclosureWording } from '../../../lib/extension/page-kind';

const REPO = path.resolve(__dirname, '../../..');
const CITIES = path.resolve(REPO, '../shared/corpus/real/cities-renwu');
const load = (file: string) => parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
const BASE = 'https://budget.example.gov.cn/a/b/page.html';

describe('classifyPage', () => {
  it('sample-budget.html is a disclosure (budget wording and amount tables)', () => {
    expect(classifyPage(load(path.join(REPO, 'assets/samples/sample-budget.html')), BASE)).toBe('disclosure');
  });

  it('cq_fagaiwei landing page links its five budget PDFs', () => {
    const doc = load(path.join(CITIES, 'cq_fagaiwei_2026_budget_landing.html'));
    expect(classifyPage(doc, BASE)).toBe('landing');
    const urls = budgetAttachments(doc, BASE).map((a) => a.url);
    expect(urls).toContain('https://budget.example.gov.cn/a/b/P020260302346748437806.pdf');
    expect(urls.filter((u) => u.endsWith('.pdf')).length).toBeGreaterThanOrEqual(5);
  });

  it('cq_caizhengju landing page: the attachment is only in a downloadFj(...) onclick', () => {
    const doc = load(path.join(CITIES, 'cq_caizhengju_2026_unit_budget_landing.html'));
    expect(classifyPage(doc, BASE)).toBe('landing');
    expect(budgetAttachments(doc, BASE).map((a) => a.url)).toEqual(['https://budget.example.gov.cn/a/b/W020260302356020551996.pdf']);
  });

  it('NEG_ 政府信息公开目录 page is left alone although it mentions 预算、决算 and links .doc forms', () => {
    expect(classifyPage(load(path.join(CITIES, 'NEG_jn_gonganju_xxgk_index.html')), BASE)).toBe('other');
  });
});

describe('a disclosure published as an article (wide corpus w77)', () => {
  const W77 = path.resolve(REPO, '../shared/corpus/wide/w77_郑州_2015年郑州市国土资源局部门预算公开情况说明.html');
  it('has no amount table, but budget wording: the overlay asks the engine (dlens check reads it as a dept-budget)', () => {
    const doc = load(W77);
    expect(classifyPage(doc, BASE)).not.toBe('disclosure');
    expect(hasDisclosureWording(doc)).toBe(true);
  });
  it('the NEG_ 政府信息公开目录 page has no budget wording: the engine is not even asked', () => {
    expect(hasDisclosureWording(load(path.join(CITIES, 'NEG_jn_gonganju_xxgk_index.html')))).toBe(false);
  });
});
