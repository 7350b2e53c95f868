// A disclosure's own 名词解释, parsed and compared with the reference: the seed document (a 2018
// city-office budget whose entry 1 still says 省级财政) and corpus documents from each level.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithReference, createGlossary, describeContradiction, parseDocumentGlossary } from '../../../lib/glossary';
import type { Block } from '../../../lib/model';

const SHARED = path.resolve(__dirname, '../../../../shared');
const SEED = readFileSync(path.join(SHARED, 'seed/000_dbc8ed1467b6d47b.txt'), 'utf8');
const SEED_ENTRIES = 35;
/** Share of the distinct terms in the corpus documents' own glossaries that must find a reference
 * entry or code by exact, alias or code match (not fuzzy). */
const MIN_CORPUS_TERMS_RESOLVED = 0.9;
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const pdfText = (rel: string) =>
  execFileSync('pdftotext', [path.join(SHARED, 'corpus/real', rel), '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

describe('seed document 名词解释 (盘锦市人民政府办公室 2018)', () => {
  const entries = parseDocumentGlossary(SEED);
  const glossary = createGlossary();

  it('parses all 35 numbered entries, in order, with offsets into the text', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(entries.map((e) => e.n)).toEqual(Array.from({ length: SEED_ENTRIES }, (_, i) => i + 1));
    expect(entries[0]).toMatchObject({ n: 1, term: '财政拨款收入', definition: '指省级财政当年拨付的资金。' });
    for (const e of entries) expect(SEED.slice(e.start, e.end)).toContain(e.term);
    expect(entries[31].term).toBe('国土资源气象等支出（类）国土资源事务（款）其他国土资源事务支出（项）'); // "32. " has a space
    expect(entries[34].term).toBe('机关运行经费');
  });

  it('detects the 省级 residue in a city document, and only there', () => {
    const flagged = entries.filter((e) =>
      compareWithReference(e, { level: 'city', year: 2018 }, glossary).contradictions.some((c) => c.kind === 'government-level'),
    );
    expect(flagged.map((e) => e.n)).toEqual([1]);
    const c = compareWithReference(entries[0], { level: 'city', year: 2018 }, glossary);
    expect(c.reference?.id).toBe('fiscal-appropriation-income');
    expect(c.contradictions[0]).toMatchObject({ kind: 'government-level', said: 'province', expected: 'city', quote: '省级财政' });
    expect(entries[0].definition.slice(c.contradictions[0].kind === 'government-level' ? c.contradictions[0].start : 0)).toMatch(
      /^省级财政/,
    );
    expect(describeContradiction(c.contradictions[0]).zh).toContain('省级财政');
    // The same words in a province document are right.
    expect(compareWithReference(entries[0], { level: 'province' }, glossary).contradictions).toEqual([]);
  });

  it('resolves the entries that explain function codes by name path', () => {
    const codes = entries.map((e) => compareWithReference(e, { level: 'city', year: 2018 }, glossary).codes[0]?.code);
    expect(codes[14]).toBe('2010601'); // 15. 一般公共服务（类）财政事务（款）行政运行（项）
    expect(codes[17]).toBe('2010605'); // 18. …财政国库业务（项）
    expect(codes[23]).toBe('2080501'); // 24. …行政事业单位离退休（款）归口管理的行政单位离退休（项）
    expect(codes[32]).toBe('2210201'); // 33. 住房保障（类）住房改革（款）住房公积金（项）
    expect(codes[33]).toBe('2299999'); // 34. 其他支出（类）其他支出（款）其他支出（项）
    const pathEntries = entries.filter((e) => /（类）/.test(e.term));
    const resolved = pathEntries.filter((e) => compareWithReference(e, { year: 2018 }, glossary).codes.length);
    expect(resolved.length).toBe(pathEntries.length);
  });

  it('flags a 类 name the catalogue had replaced by the document year', () => {
    // 32. 国土资源气象等支出（类）: 220 was 国土海洋气象等支出 from 2014 (domain notes §A.5).
    const c = compareWithReference(entries[31], { level: 'city', year: 2018 }, glossary);
    expect(c.contradictions).toContainEqual(expect.objectContaining({ kind: 'outdated-name', code: '220', current: '国土海洋气象等支出' }));
    // 资源勘探信息等支出 was still current in 2018.
    expect(compareWithReference(entries[29], { year: 2018 }, glossary).contradictions).toEqual([]);
  });

  it('reads blocks as well as text, with the page of each entry', () => {
    const blocks: Block[] = SEED.split('\n').map((text, i) => ({ kind: 'paragraph', text, page: i < 300 ? 1 : 2, spans: [] }));
    const fromBlocks = parseDocumentGlossary(blocks);
    expect(fromBlocks.map((e) => e.term)).toEqual(entries.map((e) => e.term));
    expect(fromBlocks[0].page).toBeGreaterThan(0);
  });
});

describe.skipIf(!hasPdftotext)('corpus documents’ 名词解释', () => {
  const glossary = createGlossary();
  const levelFlags = (rel: string, level: 'province' | 'city' | 'county', department = '') =>
    parseDocumentGlossary(pdfText(rel)).flatMap((e) =>
      compareWithReference(e, { level, department }, glossary).contradictions.filter((c) => c.kind === 'government-level'),
    );

  it('parses numbered entries in Chinese numerals across page breaks (gz_tongjiju_2026)', () => {
    const entries = parseDocumentGlossary(pdfText('cities-renwu/gz_tongjiju_2026_budget.pdf'));
    expect(entries.map((e) => e.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(entries[0].term).toBe('财政拨款收入');
    expect(entries[9].term).toBe('“三公”经费');
  });

  it('joins a term that wraps before its colon (sz_shenjiju_2026)', () => {
    const entries = parseDocumentGlossary(pdfText('cities-renwu/sz_shenjiju_2026_budget.pdf'));
    expect(entries.find((e) => e.n === 9)?.term).toBe('一般公共服务支出(类)审计事务(款)一般行政管理事务(项)');
    const codes = entries.map((e) => compareWithReference(e, {}, glossary).codes[0]?.code).filter(Boolean);
    expect(codes).toEqual(expect.arrayContaining(['2010801', '2010802', '2010850', '2210201', '2210202', '2210203']));
  });

  it(`explains ≥ ${MIN_CORPUS_TERMS_RESOLVED * 100} % of the terms the corpus documents define themselves`, () => {
    const root = path.join(SHARED, 'corpus/real');
    const terms = new Map<string, string>();
    for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(path.join(root, dir.name)).filter((f) => f.endsWith('.pdf') && !/NEG_|SCANNED|MODIFIED/.test(f))) {
        for (const e of parseDocumentGlossary(pdfText(`${dir.name}/${file}`))) terms.set(e.term.replace(/\s+/g, ''), file);
      }
    }
    const unresolved = [...terms].filter(([t]) => {
      const top = glossary.lookup(t, { limit: 1 })[0];
      return !top || top.matchedBy === 'fuzzy';
    });
    const share = 1 - unresolved.length / terms.size;
    console.log(
      `corpus glossary terms explained: ${(share * 100).toFixed(1)} % of ${terms.size} distinct terms; not: ${unresolved.map(([t, f]) => `${t} (${f})`).join(', ')}`,
    );
    expect(terms.size).toBeGreaterThan(80);
    expect(share).toBeGreaterThanOrEqual(MIN_CORPUS_TERMS_RESOLVED);
  });

  it('raises no level contradiction where the level words are the document’s own', () => {
    expect(levelFlags('jiangsu-open-budget/js_rendaban_2018_budget.pdf', 'province')).toEqual([]);
    expect(levelFlags('cities-renwu/gz_tongjiju_2026_budget.pdf', 'city')).toEqual([]);
    expect(levelFlags('putuo-govbudgetchecker/putuo_caizhengju_2024_final.pdf', 'county')).toEqual([]);
    // Shanghai is a province-level municipality whose own finance is 市级.
    expect(levelFlags('cities-renwu/sh_shuiwuju_2026_budget.pdf', 'province', '上海市水务局')).toEqual([]);
    expect(levelFlags('cities-renwu/sh_shuiwuju_2026_budget.pdf', 'county', '上海市普陀区水务局').length).toBeGreaterThan(0);
  });
});
