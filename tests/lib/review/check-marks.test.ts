// dlens check --marks: a reader's marks on a real budget, in the terminal and in every export.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dlens } from '../../support/cli';
import { CORPUS } from '../../support/paths';
import { CSV_HEADER } from '../../../lib/report';

const PDF = resolve(CORPUS, 'cities-renwu/cc_xinfangju_2026_budget.pdf');
const dir = mkdtempSync(join(tmpdir(), 'dlens-marks-'));
const file = (name: string, data: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof data === 'string' ? data : JSON.stringify(data));
  return p;
};
const marks = file('marks.json', {
  schema: 'dlens.marks/1',
  marks: [
    { key: 'N1|p6,17|1682.76元;1682.76', kind: 'confirmed', note: '元 printed for 万元, see p.6', date: '2026-12-06' },
    { key: 'W9|p99|1.00;2.00', kind: 'false-alarm', date: '2026-12-01', rule: 'W9', message: 'a finding no longer reported' },
  ],
});

describe('dlens check --marks', () => {
  it('prints the mark under its finding and lists the orphaned one', () => {
    const r = dlens(['check', PDF, '--marks', marks, '--lang', 'en', '--no-passes']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/N1 .*\n(?:.*\n){0,3}\s+mark: confirmed 2026-12-06: 元 printed for 万元, see p\.6/);
    expect(r.stdout).toMatch(/marked findings this check no longer reports\n\s+\[false alarm\] W9 a finding no longer reported/);
  });

  it('JSON carries the mark on the finding (dlens.check/1, optional field) and the orphans', () => {
    const r = JSON.parse(dlens(['check', PDF, '--marks', marks, '--format', 'json']).stdout);
    expect(r.schema).toBe('dlens.check/1');
    const marked = r.findings.filter((f: { mark?: unknown }) => f.mark);
    expect(marked.map((f: { rule: string; mark: unknown }) => [f.rule, f.mark])).toEqual([
      ['N1', { kind: 'confirmed', note: '元 printed for 万元, see p.6', date: '2026-12-06' }],
    ]);
    expect(r.orphanedMarks).toHaveLength(1);
  });

  it('CSV has the mark and mark note columns; Markdown a mark column and the counts', () => {
    const csv = dlens(['check', PDF, '--marks', marks, '--format', 'csv']).stdout.trim().split('\n');
    expect(csv[0]).toBe(CSV_HEADER.join(','));
    expect(csv[0].endsWith(',mark,mark note')).toBe(true);
    expect(csv.filter((l) => l.endsWith(',confirmed,"元 printed for 万元, see p.6"'))).toHaveLength(1);
    const md = dlens(['check', PDF, '--marks', marks, '--format', 'md']).stdout;
    expect(md).toContain('- 读者标记: 已核实 1 · 误报 0 · 已问询 0');
    expect(md).toMatch(/\| N1 \|.*\| 已核实 2026-12-06：元 printed for 万元, see p\.6 \|/);
    expect(md).toContain('## 以下标记的问题在本次检查中已不存在');
  });

  it.each([
    ['missing.json', /^dlens: cannot read marks file .*missing\.json: ENOENT\n$/],
    [file('bad.json', '{not json'), /^dlens: .*bad\.json: not JSON \(.*\)\n$/],
    [
      file('check.json', { schema: 'dlens.check/1', findings: [] }),
      /^dlens: .*check\.json: not a marks file \(schema is "dlens\.check\/1", expected "dlens\.marks\/1"\)\n$/,
    ],
    [
      file('kind.json', { schema: 'dlens.marks/1', marks: [{ key: 'k', kind: 'maybe', date: '2026-12-06' }] }),
      /marks\[0\]\.kind must be one of/,
    ],
  ])('a bad marks file (%s): one line, exit 2', (path, msg) => {
    const r = dlens(['check', PDF, '--marks', path.includes('/') ? path : join(dir, path)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(msg);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});
