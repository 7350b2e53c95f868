// checkDocument run again on the same model (the extension's language switch, a different
// profile): each run is what a run on a fresh model gives — no run sees another run's words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../lib/html';
import { checkDocument } from '../../../lib/engine';
import { REPO } from '../../support/paths';

describe('checkDocument on one model, several times', () => {
  const html = readFileSync(resolve(REPO, 'assets/samples/sample-budget.html'), 'utf8');
  const doc = documentFromHtml(parseHTML(html).document, { format: 'html', path: 'sample-budget.html' });
  const fresh = (opts: Parameters<typeof checkDocument>[1]) => JSON.stringify(checkDocument(structuredClone(doc), opts));

  it('zh, en, strict, zh: each as on a fresh model', () => {
    for (const opts of [{ lang: 'zh' }, { lang: 'en' }, { lang: 'en', profile: 'strict' }, { lang: 'zh' }] as const) {
      expect(JSON.stringify(checkDocument(doc, opts)), JSON.stringify(opts)).toBe(fresh(opts));
    }
  });

  it('the table identities shared between rules (W4 from the summary outline) are worded per language', () => {
    const zh = checkDocument(doc, { lang: 'zh' }).findings.find((f) => f.rule === 'W4')!;
    const en = checkDocument(doc, { lang: 'en' }).findings.find((f) => f.id === zh.id)!;
    expect(en.message).toMatch(/parts add up to/);
    expect(zh.message).not.toMatch(/parts add up to/);
  });
});
