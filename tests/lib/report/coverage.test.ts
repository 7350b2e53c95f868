// Coverage is part of every report: a tables file says how many standard tables it read and how
// many identities it checked; the narrative-only half of a split publication says it holds no
// standard tables and how many its contents page lists, instead of looking clean.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dlens } from '../../support/cli';
import { CORPUS, hasShared } from '../../support/paths';
import { unreadablePages } from '../../../lib/report/coverage';
import { documentFromText } from '../../../lib/model/from-text';

describe.skipIf(!hasShared)('coverage block', () => {
  it('reports tables read and identities checked on a tables file (北京市司法局 2026)', () => {
    const path = join(CORPUS, 'cities-renwu/bj_sifaju_2026_budget_tables.pdf');
    const json = JSON.parse(dlens(['check', path, '--format', 'json', '--lang', 'en']).stdout);
    const c = json.coverage;
    expect([c.expected, c.found, c.usable]).toEqual([8, 8, 8]);
    expect(c.tables.find((t: { id: string }) => t.id === 'B07').state).toBe('empty');
    expect(c.tables.find((t: { id: string }) => t.id === 'B03').identities).toBeGreaterThan(100);
    expect(c.identities).toBeGreaterThanOrEqual(150);
    expect(json.headline).toBe(`8 of 8 standard tables readable (8 found); ${c.identities} table identities checked`);
  });

  it('says a narrative-only file holds no standard tables and what its contents page lists', () => {
    const path = join(CORPUS, 'cities-renwu/bj_sifaju_2026_budget_text.pdf');
    const out = dlens(['check', path, '--lang', 'en']).stdout;
    // Its 目录 lists 一、收支总表 … 十三、部门整体支出绩效目标表 (p. 2); the tables are published in another file.
    expect(out.split('\n')[2]).toBe('  this file holds no standard tables; its contents page lists 13; 0 table identities checked');
    expect(out).toMatch(/B01 +income and expenditure summary: not found/);
    const md = dlens(['check', path, '--lang', 'en', '--format', 'md']).stdout;
    expect(md).toContain('- coverage: this file holds no standard tables; its contents page lists 13');
  });
});

describe.skipIf(!hasShared)('the standard set of a final account', () => {
  const coverage = (file: string) => JSON.parse(dlens(['check', join(CORPUS, file), '--format', 'json']).stdout).coverage;

  it('expects no 国资 table from a 决算 whose tables never name that fund (佛山市轨道交通局 2019: 表1–表8)', () => {
    const c = coverage('cities-renwu/fs_guidaojiaotong_2019_final.pdf');
    expect([c.expected, c.found, c.usable]).toEqual([8, 8, 8]);
    expect(c.tables.map((t: { id: string }) => t.id)).not.toContain('F9');
    // 表4 runs over pages 12–14 and is read as one table.
    expect(c.tables.find((t: { id: string }) => t.id === 'F4')).toMatchObject({ state: 'usable', pages: [12, 13, 14] });
  });

  it('still expects it where the fund is named (普陀区财政局 2024: 国有资本经营 income line and column)', () => {
    const c = coverage('putuo-govbudgetchecker/putuo_caizhengju_2024_final.pdf');
    expect([c.expected, c.found, c.usable]).toEqual([9, 9, 9]);
    expect(c.tables.find((t: { id: string }) => t.id === 'F9').state).not.toBe('missing');
  });
});

describe('unreadable text layers', () => {
  it('flags a page whose text is private-use glyphs, not one of ordinary text', () => {
    const doc = documentFromText(`${'\ue001\ue002\ue003\ue004'.repeat(10)}\n`, { format: 'txt' });
    expect(unreadablePages(doc)).toEqual([1]);
    expect(unreadablePages(documentFromText('本部门2026年收入预算1,234.56万元，比上年增加12.3万元。', { format: 'txt' }))).toEqual([]);
  });
});
