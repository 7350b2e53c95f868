// Parser cases drawn from domain.md §B (number forms) — each row: printed text → value, decimals, unit, kind.
import { describe, expect, it } from 'vitest';
import { parseCell, scanAmounts, isAmount, isEmptyCell } from '../../../lib/amount';

type Row = [string, string, number, string, string, string?];

// [cell text, value, decimals, unit, kind, malformed?]
const CELLS: Row[] = [
  ['2116.76', '2116.76', 2, '', 'none'],
  ['1,253.18', '1253.18', 2, '', 'none'],
  ['91,016,775.35', '91016775.35', 2, '', 'none'],
  ['２１１６．７６', '2116.76', 2, '', 'none'],
  ['１，２５３．１８', '1253.18', 2, '', 'none'],
  ['1，253.18', '1253.18', 2, '', 'none'],
  ['2 116.76', '2116.76', 2, '', 'none'],
  ['29,569.515638', '29569.515638', 6, '', 'none'],
  ['0', '0', 0, '', 'none'],
  ['0.00', '0', 2, '', 'none'],
  ['5.00', '5', 2, '', 'none'],
  ['5.0', '5', 1, '', 'none'],
  ['20', '20', 0, '', 'none'],
  ['-12.5', '-12.5', 1, '', 'none'],
  ['−12.5', '-12.5', 1, '', 'none'],
  ['－12.5', '-12.5', 1, '', 'none'],
  ['(12.5)', '-12.5', 1, '', 'none'],
  ['（12.5）', '-12.5', 1, '', 'none'],
  ['（1,234.00）', '-1234', 2, '', 'none'],
  ['+3.20', '3.2', 2, '', 'none'],
  [' 813.52 ', '813.52', 2, '', 'none'],
  ['813.52万元', '813.52', 2, '万元', 'money'],
  ['20万元', '20', 0, '万元', 'money'],
  ['1.2亿元', '1.2', 1, '亿元', 'money'],
  ['300千元', '300', 0, '千元', 'money'],
  ['5000元', '5000', 0, '元', 'money'],
  ['13%', '13', 0, '%', 'percent'],
  ['13.03％', '13.03', 2, '%', 'percent'],
  ['８.８%', '8.8', 1, '%', 'percent'],
  ['2.5个百分点', '2.5', 1, '百分点', 'points'],
  ['1.2倍', '1.2', 1, '倍', 'times'],
  ['27个', '27', 0, '个', 'count'],
  ['1辆', '1', 0, '辆', 'count'],
  ['7162.50平方米', '7162.5', 2, '平方米', 'count'],
  ['9.0.万元', '9', 1, '万元', 'money', 'double-point'],
  ['0万云', '0', 0, '万元', 'money', 'unit-typo'],
  ['5.万元', '5', 0, '万元', 'money', 'trailing-point'],
  ['一千二百', '1200', 0, '', 'none'],
  ['两千', '2000', 0, '', 'none'],
  ['十二', '12', 0, '', 'none'],
  ['一千零五', '1005', 0, '', 'none'],
  ['三万五千', '35000', 0, '', 'none'],
  ['零', '0', 0, '', 'none'],
  ['〇', '0', 0, '', 'none'],
  ['一点五', '1.5', 1, '', 'none'],
];

const EMPTY = ['', '-', '—', '——', '－', '/', '／', '–', '  ', '--'];
const LABELS = ['合计', '一般公共服务支出', '201', '科目编码', '项目', '单位：万元', '（一）', 'abc', '2021年'];

describe('parseCell: numbers', () => {
  it.each(CELLS)('%s', (text, value, decimals, unit, kind, malformed) => {
    const a = parseCell(text);
    expect(isAmount(a)).toBe(true);
    if (!isAmount(a)) return;
    expect(a.value.toString()).toBe(value);
    expect(a.decimals).toBe(decimals);
    expect(a.unit).toBe(unit);
    expect(a.kind).toBe(kind);
    expect(a.malformed).toBe(malformed);
  });
});

describe('parseCell: empty-cell tokens keep their text and are not zero', () => {
  it.each(EMPTY)('%j', (text) => {
    const a = parseCell(text);
    expect(isEmptyCell(a)).toBe(true);
    expect(a && 'text' in a ? a.text : null).toBe(text);
  });
});

describe('parseCell: labels are not numbers', () => {
  it.each(LABELS.filter((l) => l !== '201'))('%s', (text) => {
    expect(parseCell(text)).toBeNull();
  });
  it('a bare code parses as a number without unit (the table layer decides it is a code)', () => {
    const a = parseCell('201');
    expect(isAmount(a) && a.kind).toBe('none');
  });
});

// [sentence, expected amounts as "text|value|unit|kind"]
const SENTENCES: [string, string[]][] = [
  ['收入预算2116.76万元。', ['2116.76万元|2116.76|万元|money']],
  ['其中，工资福利支出1253.18万元，商品和服务支出813.52万元，', ['1253.18万元|1253.18|万元|money', '813.52万元|813.52|万元|money']],
  ['收入增加244.08万元，增长13%，原因是调入人员。', ['244.08万元|244.08|万元|money', '13%|13|%|percent']],
  ['比2017年预算减少78.56万元，下降8.8%', ['78.56万元|78.56|万元|money', '8.8%|8.8|%|percent']],
  ['设置27个内设机构', ['27个|27|个|count']],
  ['共有车辆1辆（一般公务用车1辆，其他用车0辆）', ['1辆|1|辆|count', '1辆|1|辆|count', '0辆|0|辆|count']],
  ['房屋面积7162.50平方米，价值1909.50万元', ['7162.50平方米|7162.5|平方米|count', '1909.50万元|1909.5|万元|money']],
  ['邮电费9.0.万元、差旅费24.00万元', ['9.0.万元|9|万元|money', '24.00万元|24|万元|money']],
  ['公务用车购置费0万云，', ['0万云|0|万元|money']],
  ['增长百分之十三', ['百分之十三|13|%|percent']],
  ['安排两千万元', ['两千万元|20000000|元|money']],
  ['资金一千二百万元', ['一千二百万元|12000000|元|money']],
  ['减少一台车辆', ['一台|1|台|count']],
  ['下降2.5个百分点', ['2.5个百分点|2.5|百分点|points']],
  ['增长1.2倍', ['1.2倍|1.2|倍|times']],
  ['截至2017年12月31日，资产总额2109.14万元', ['2109.14万元|2109.14|万元|money']],
  ['（盘财预发[2018]15号）', []],
  ['第一部分 概况', []],
  ['一、部门主要职责', []],
  ['一般公共预算拨款', []],
  ['1.收入预算2116.76万元', ['2116.76万元|2116.76|万元|money']],
  ['３，２５６．１８万元', ['３，２５６．１８万元|3256.18|万元|money']],
  ['分别为5，100万元', ['5|5||none', '100万元|100|万元|money']],
  ['总额91,016,775.35元', ['91,016,775.35元|91016775.35|元|money']],
  ['约3万余元', ['3万余元|3|万元|money']],
  ['增长-5%', ['-5%|-5|%|percent']],
  ['１２．５％', ['１２．５％|12.5|%|percent']],
  ['P0202603001.pdf', []],
  ['“三公”经费预算支出5.00万元', ['5.00万元|5|万元|money']],
  ['完成预算的98.5%', ['98.5%|98.5|%|percent']],
  ['为2024年度决算数', []],
  ['共1个项目', ['1个|1|个|count']],
  ['52.6亿元', ['52.6亿元|52.6|亿元|money']],
];

describe('scanAmounts: numbers in running text', () => {
  it.each(SENTENCES)('%s', (sentence, expected) => {
    const got = scanAmounts(sentence).map((a) => {
      const unit = a.chinese && a.kind === 'money' ? '元' : a.unit;
      const value =
        a.chinese && a.kind === 'money'
          ? a.value.times(a.unit === '万元' ? 1e4 : a.unit === '亿元' ? 1e8 : 1).toString()
          : a.value.toString();
      return `${a.text}|${value}|${unit}|${a.kind}`;
    });
    expect(got).toEqual(expected);
  });

  it('offsets point at the printed number', () => {
    const s = '其中：办公费51.46万元、邮电费9.0.万元';
    for (const a of scanAmounts(s)) expect(s.slice(a.start, a.end)).toBe(a.text);
  });
  it('flags the doubled point and the 云 typo as malformed, keeping their values', () => {
    const [a] = scanAmounts('邮电费9.0.万元');
    expect(a.malformed).toBe('double-point');
    expect(a.raw).toBe('9.0.');
    const [b] = scanAmounts('购置费0万云');
    expect(b.malformed).toBe('unit-typo');
  });
  it('approximate amounts are marked', () => {
    expect(scanAmounts('近5万元')[0].approx).toBe(true);
    expect(scanAmounts('3万余元')[0].approx).toBe(true);
    expect(scanAmounts('5万元')[0].approx).toBeUndefined();
  });
});
