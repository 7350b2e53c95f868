// Glossary marks as the extension makes them: pdf.js text items of real disclosures (read the way
// the viewer reads them), terms split over items, where each term appears, the document's own
// 名词解释, the cards, and the time to index a 40-page document.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createGlossary } from '../../../lib/glossary';
import {
  documentDefinitions,
  joinPieces,
  linesAsBlocks,
  markPieces,
  searchCards,
  termCard,
  termPages,
} from '../../../lib/extension/glossary-marks';
import { loadPdfjsForNode } from '../../../lib/pdf/node';

const SHARED = path.resolve(__dirname, '../../../../shared');
const CORPUS = path.join(SHARED, 'corpus/real');
const SEED = readFileSync(path.join(SHARED, 'seed/000_dbc8ed1467b6d47b.txt'), 'utf8');
const PUTUO = 'putuo-govbudgetchecker/putuo_sifaju_2026_dept_budget.pdf';
const GZ = 'cities-renwu/gz_xinfangju_2026_budget.pdf';
const HZ = 'cities-renwu/hz_sifaju_2026_budget.pdf';
/** Brief: marking the terms of a 30-page document takes ≤ 100 ms (here a 40-page one). */
// The brief's budget is 100 ms for a ~30-page document; that is measured by
// `node scripts/bench-glossary.mjs` (a benchmark). Here the bound only catches a slow path (an
// index rebuilt per term, say) on a busy machine.
const MAX_INDEX_MS = 2_000;

type Items = { str: string; hasEOL?: boolean }[];

/** Every page's text items, as the viewer gets them from pdf.js. */
async function pdfItems(rel: string): Promise<Items[]> {
  const { pdfjs, assets } = await loadPdfjsForNode();
  const data = new Uint8Array(readFileSync(path.join(CORPUS, rel)));
  const doc = await (pdfjs as any).getDocument({ data, ...assets, isEvalSupported: false }).promise;
  const pages: Items[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const items = (await (await doc.getPage(n)).getTextContent()).items as Items;
    pages.push(items.filter((it) => 'str' in it));
  }
  await doc.destroy();
  return pages;
}

const glossary = createGlossary();
const strs = (pages: Items[]) => pages.map((items) => items.map((it) => it.str));
const docs: Record<string, Items[]> = {};

beforeAll(async () => {
  for (const rel of [PUTUO, GZ, HZ]) docs[rel] = await pdfItems(rel);
});

describe('joinPieces', () => {
  it('joins spaced-out CJK across pieces and keeps numbers apart', () => {
    const j = joinPieces(['部 门', '预算', '56.78', '2010301', '行政运行']);
    expect(j.text).toBe('部门预算56.78\n2010301行政运行');
    expect([j.piece[1], j.offset[1]]).toEqual([0, 2]); // 门 is char 2 of piece 0
    expect(j.piece[j.text.indexOf('\n')]).toBe(-1);
  });
});

describe('markPieces on real text items', () => {
  it('splits every mark back onto the items it covers, character for character', () => {
    for (const rel of [PUTUO, GZ]) {
      for (const pieces of strs(docs[rel])) {
        const joined = joinPieces(pieces).text;
        const marks = glossary.findTerms(joined);
        const made = markPieces(glossary, pieces);
        expect(new Set(made.map((m) => m.mark)).size).toBe(marks.length);
        marks.forEach((m, i) => {
          const printed = made
            .filter((p) => p.mark === i)
            .map((p) => pieces[p.piece].slice(p.start, p.end))
            .join('');
          expect(printed.replace(/[\s\u3000]/g, '')).toBe(joined.slice(m.start, m.end).replace(/\n/g, ''));
          expect(made.find((p) => p.mark === i)?.entryId).toBe(m.entryId);
        });
      }
    }
  });

  it('marks 基本支出 and the three-public-costs term on putuo_sifaju p. 7 (名词解释)', () => {
    const pieces = strs(docs[PUTUO])[6];
    const ids = new Set(markPieces(glossary, pieces).map((m) => m.entryId));
    expect(ids).toContain('basic-expenditure');
    expect(ids).toContain('three-public-costs');
    expect(ids).toContain('fiscal-appropriation-income');
  });

  it('marks a term printed over several items (gz_xinfangju wraps terms across lines)', () => {
    const split = strs(docs[GZ]).flatMap((pieces) => {
      const made = markPieces(glossary, pieces);
      return made.filter((m, i) => made.some((o, j) => j !== i && o.mark === m.mark));
    });
    expect(split.length).toBeGreaterThan(0);
  });
});

describe('termPages', () => {
  it('lists the pages where each term appears (putuo_sifaju)', () => {
    const where = termPages(glossary, strs(docs[PUTUO]));
    expect(where.get('basic-expenditure')).toEqual(expect.arrayContaining([2, 7, 8]));
    expect(where.get('code:2040601')).toEqual([8]); // 司法行政运行, in the function table
    for (const pages of where.values()) expect([...pages].sort((a, b) => a - b)).toEqual(pages);
  });
});

describe('documentDefinitions', () => {
  it('reads putuo_sifaju’s 名词解释 (p. 7) and keys it by reference entry', () => {
    const own = documentDefinitions(glossary, linesAsBlocks(docs[PUTUO]), { year: 2026 });
    expect(own.size).toBeGreaterThanOrEqual(8);
    expect(own.get('basic-expenditure')).toMatchObject({ term: '基本支出预算', page: 7 });
    expect(own.get('basic-expenditure')?.definition).toMatch(/^是区级预算主管部门.*人员经费和公用经费两部分。$/);
    expect(own.get('three-public-costs')?.term).toBe('“三公”经费');
  });

  it('reads gz_xinfangju’s, where a term carries its synonym in brackets', () => {
    const own = documentDefinitions(glossary, linesAsBlocks(docs[GZ]), { year: 2026 });
    expect(own.get('agency-operating-costs')).toMatchObject({ term: '行政经费（机关运行经费）', page: 24 });
    expect(own.get('basic-expenditure')?.page).toBe(24);
  });

  it('carries the contradictions with the reference: the seed’s 省级 residue in a city document', () => {
    const own = documentDefinitions(glossary, SEED, { level: 'city', year: 2018 });
    expect(own.get('fiscal-appropriation-income')?.notes[0]?.zh).toContain('省级财政');
    expect(own.get('basic-expenditure')?.notes).toEqual([]);
  });
});

describe('cards', () => {
  it('a code card carries its 类 › 款 › 项 path', () => {
    const card = termCard(glossary, 'code:2010301', { year: 2026 })!;
    expect(card.codePath?.map((s) => `${s.code} ${s.name}`)).toEqual([
      '201 一般公共服务支出',
      '20103 政府办公厅（室）及相关机构事务',
      '2010301 行政运行',
    ]);
    expect(card.zh).toContain('行政运行');
  });

  it('a term card joins the reference, the document’s own definition and the pages', () => {
    const ctx = {
      year: 2026,
      own: documentDefinitions(glossary, linesAsBlocks(docs[PUTUO])),
      pages: termPages(glossary, strs(docs[PUTUO])),
    };
    const card = termCard(glossary, 'basic-expenditure', ctx)!;
    expect(card.zh).toContain('人员经费');
    expect(card.en).toMatch(/staff costs/);
    expect(card.own?.page).toBe(7);
    expect(card.pages).toContain(7);
    expect(termCard(glossary, 'no-such-term')).toBeUndefined();
  });

  it('the look-up box finds terms and codes', () => {
    expect(searchCards(glossary, '基本支出')[0].id).toBe('basic-expenditure');
    expect(searchCards(glossary, '201 03 01')[0].id).toBe('code:2010301');
    expect(searchCards(glossary, '   ')).toEqual([]);
  });
});

describe('speed', () => {
  it(`indexes every term of a 40-page disclosure without a slow path (hz_sifaju_2026)`, () => {
    const pages = docs[HZ];
    expect(pages.length).toBeGreaterThanOrEqual(30);
    termPages(glossary, strs(pages)); // warm-up (JIT)
    const t0 = performance.now();
    const where = termPages(glossary, strs(pages));
    const own = documentDefinitions(glossary, linesAsBlocks(pages));
    const ms = performance.now() - t0;
    console.log(`[glossary-marks] ${HZ}: ${pages.length} pages, ${where.size} terms, ${own.size} own definitions in ${ms.toFixed(1)} ms`);
    expect(where.size).toBeGreaterThan(30);
    expect(ms).toBeLessThanOrEqual(MAX_INDEX_MS);
  });
});
