// Marking terms on a live HTML page (the sample disclosure, in linkedom): running text only, the
// page's text and the element paths findings point at unchanged, and unmarking restores the page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createGlossary } from '../../../lib/glossary';
import { analyzeHtml } from '../../../lib/engine';
import { resolveNodePath } from '../../../lib/html';
import { markPage, unmarkPage } from '../../../components/glossary/page-marks';
import { TERM_TAG } from '../../../components/glossary/mark-dom';

const SAMPLE = path.resolve(__dirname, '../../../assets/samples/sample-budget.html');

describe('markPage on the sample disclosure', () => {
  const { document } = parseHTML(readFileSync(SAMPLE, 'utf8'));
  const glossary = createGlossary();
  const report = analyzeHtml(document as unknown as Document, { format: 'html' });
  const anchored = report.findings.flatMap((f) => [...f.values, ...f.evidence]).filter((a) => a.node);
  const textOf = (p: string) => resolveNodePath(document as unknown as Document, p)?.textContent;
  const before = new Map(anchored.map((a) => [a.node!, textOf(a.node!)]));
  const html = document.body.innerHTML;
  const text = document.body.textContent;
  const counts = markPage(document as unknown as Document, glossary);
  const marks = [...document.querySelectorAll(TERM_TAG)];

  it('marks terms in paragraphs, never in tables', () => {
    expect(marks.length).toBeGreaterThan(50);
    expect(document.querySelectorAll(`table ${TERM_TAG}`).length).toBe(0);
    const basic = marks.filter((m) => m.getAttribute('data-entry') === 'basic-expenditure');
    expect(basic.some((m) => m.parentElement?.textContent?.startsWith('3.按支出性质分，基本支出2096.30万元'))).toBe(true);
    expect(counts.get('basic-expenditure')).toBe(basic.length);
    // Every mark is reachable from the keyboard (each lies in one text node here).
    expect(marks.every((m) => m.getAttribute('tabindex') === '0')).toBe(true);
  });

  it('changes neither the text nor the element paths the findings point at', () => {
    expect(anchored.length).toBeGreaterThan(0);
    expect(document.body.textContent).toBe(text);
    for (const [p, t] of before) expect(textOf(p)).toBe(t);
  });

  it('unmarking gives the page back as it was', () => {
    unmarkPage(document as unknown as Document);
    expect(document.querySelectorAll(TERM_TAG).length).toBe(0);
    expect(document.body.innerHTML).toBe(html);
  });
});
