// The HTML model is plain data: the overlay sends it to the background (structured clone) and the
// library stores it, so it must carry no functions and keep blocks and tables in order.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../lib/html';
import { REPO } from '../../support/paths';

describe('documentFromHtml', () => {
  const html = readFileSync(resolve(REPO, 'assets/samples/sample-budget.html'), 'utf8');
  const doc = documentFromHtml(parseHTML(html).document, { format: 'html', path: 'sample-budget.html' });

  it('reads the sample page into blocks and titled tables', () => {
    expect(doc.info.kind).toBe('dept-budget');
    expect(doc.blocks.length).toBeGreaterThan(10);
    expect(doc.tables.length).toBeGreaterThan(3);
    expect(doc.tables.every((t) => t.title)).toBe(true);
  });

  it('is plain data: a structured clone equals it', () => {
    expect(Object.keys(doc.blocks)).not.toContain('push');
    expect(Object.keys(doc.tables)).not.toContain('push');
    expect(structuredClone(doc)).toEqual(doc);
  });
});
