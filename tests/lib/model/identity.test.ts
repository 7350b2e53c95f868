import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../lib/model';
import { identifyDocument } from '../../../lib/model/identity';
import type { DisclosureDocument } from '../../../lib/model';
import { documentFromPdf } from '../../../lib/engine';
import { loadPdfjsForNode } from '../../../lib/pdf/node';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { SHARED, realPdf } from '../pdf/corpus';

const BODY = '收入支出预算总表\n“三公”经费\n机关运行经费\n政府采购\n名词解释\n财政拨款收入 100万元\n基本支出\n项目支出\n';

describe('identifyDocument', () => {
  it('reads the department before a title broken across two lines (Jiangsu 2018 cover)', () => {
    const doc = documentFromText(`江苏省人大常委会办公厅2018年度部门\n预算公开\n目录\n${BODY}`, { format: 'txt' });
    expect(identifyDocument(doc)).toMatchObject({
      year: 2018,
      kind: 'dept-budget',
      department: '江苏省人大常委会办公厅',
      level: 'province',
    });
  });

  it('still reads a title on one line', () => {
    const doc = documentFromText(`江苏省人民检察院2018年度部门预算公开\n目录\n${BODY}`, { format: 'txt' });
    expect(identifyDocument(doc)).toMatchObject({ year: 2018, department: '江苏省人民检察院' });
  });

  it('drops the qualifier 部门 after the name ("北京市信访办公室部门 2026 年度部门预算")', () => {
    const doc = documentFromText(`北京市信访办公室部门 2026 年度部门预算\n信息公开\n目录\n${BODY}`, { format: 'txt' });
    expect(identifyDocument(doc)).toMatchObject({ year: 2026, department: '北京市信访办公室' });
  });
});

const pdfDocument = async (path: string, pages?: [number, number]): Promise<DisclosureDocument> => {
  const { pdfjs, assets } = await loadPdfjsForNode();
  const bytes = new Uint8Array(await readFile(path));
  return documentFromPdf(pdfjs, bytes, { ...assets, ...(pages ? { pages } : {}) }, { format: 'pdf', path });
};

describe('identifyDocument on tables-only files (real pages)', () => {
  const BJ_TABLES = realPdf('cities-renwu/bj_sifaju_2026_budget_tables.pdf');
  const GZ_PERFORMANCE = resolve(SHARED, 'corpus/wide/w42_广州_2026年广州市生态环境局部门预算.pdf');

  it('reads year and body from the head of 预算13表 ("（2026年度）", "部门名称 | 北京市司法局"), the only place they are printed', async () => {
    const doc = await pdfDocument(BJ_TABLES);
    expect(doc.info).toMatchObject({ kind: 'dept-budget', year: 2026, department: '北京市司法局' });
    // Without p.47 nothing names them: none rather than a guess.
    const before = await pdfDocument(BJ_TABLES, [1, 46]);
    expect(before.info.kind).toBe('dept-budget');
    expect(before.info.year).toBeUndefined();
    expect(before.info.department).toBeUndefined();
  }, 60_000);

  it('reads a file of 项目支出绩效目标表 only as the department budget its title names', async () => {
    const doc = await pdfDocument(GZ_PERFORMANCE, [1, 2]);
    expect(doc.tables.map((t) => t.title)).toEqual(['广州市生态环境局2026年项目支出绩效目标表（含转移支付项目）']);
    expect(doc.info).toMatchObject({ kind: 'dept-budget', year: 2026, department: '广州市生态环境局' });
  }, 60_000);
});
