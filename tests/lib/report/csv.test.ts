// CSV output never carries a live spreadsheet formula from a document's text (CSV injection).
import { describe, expect, it } from 'vitest';
import { csvCell, formatCsv } from '../../../lib/report/csv';
import { analyzeText } from '../../../lib/engine';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+cmd|calc', "'+cmd|calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises %j', (input, out) => expect(csvCell(input)).toBe(out));

  it.each([
    ['-12.50', '-12.50'],
    ['+3%', '+3%'],
    ['-1,234.56', '"-1,234.56"'],
    ['普通文本', '普通文本'],
    ['a,b', '"a,b"'],
  ])('leaves %j alone', (input, out) => expect(csvCell(input)).toBe(out));
});

describe('check --format csv', () => {
  it('neutralises a formula that reached a finding from the document', () => {
    const report = analyzeText(
      '某市某局\n2025年度部门预算公开说明\n（三公经费 机关运行经费 政府采购 名词解释 基本支出 项目支出 一般公共预算 财政拨款）\n收入预算100.00万元，其中：财政拨款60.00万元，其他收入50.00万元。',
    );
    expect(report.findings.length).toBeGreaterThan(0);
    // A label or message copied from a hostile page (the document's words reach both).
    report.findings[0] = {
      ...report.findings[0],
      message: '=HYPERLINK("http://evil.example","ok")',
      values: report.findings[0].values.map((v) => ({ ...v, label: '@SUM(1+1)' })),
    };
    const csv = formatCsv(report);
    const fields = csv
      .split('\n')
      .slice(1)
      .flatMap((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/))
      .map((f) => f.replace(/^"/, ''));
    expect(fields.some((f) => f.startsWith("'=HYPERLINK"))).toBe(true);
    expect(fields.filter((f) => /^[=+@]/.test(f))).toEqual([]);
  });
});
