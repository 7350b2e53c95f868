import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../lib/model';
import { identifyDocument } from '../../../lib/model/identity';

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
