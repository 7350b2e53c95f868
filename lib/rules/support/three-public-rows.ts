// A 三公 table printed as rows (福州: "合计 / 1、因公出国（境）费用 / 2、公务接待费 / 3、公务用车购置及运行费 /
// 其中：（1）公务用车购置费 / （2）公务用车运行费" over a 预算数 column): its lines found by name.
import type { Row, TableView } from '../../tables';

export interface ThreePublicRows {
  total?: Row;
  trips?: Row;
  hospitality?: Row;
  vehicles?: Row;
  purchase?: Row;
  running?: Row;
}

const bare = (name: string) =>
  name
    .replace(/\s/g, '')
    .replace(/^其中[:：]?/, '')
    .replace(/^([一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(]\d+[)）])/, '')
    .replace(/[“”"]/g, '');

const LINES: [keyof ThreePublicRows, RegExp][] = [
  ['total', /^(合计|总计|三公经费(合计|小计)?)$/],
  ['trips', /^因公出国（?\(?境）?\)?费用?$/],
  ['hospitality', /^公务接待费$/],
  ['vehicles', /^公务用车(购置及运行(维护)?)费$/],
  ['purchase', /^公务用车购置费?$/],
  ['running', /^公务用车运行(维护)?费$/],
];

/** The lines of a 三公 table printed as rows, each found once by name; {} when the table is not such a list. */
export function threePublicRows(view: TableView): ThreePublicRows {
  if (view.blocks.length !== 1 || view.blocks[0].label < 0) return {};
  const out: ThreePublicRows = {};
  for (const row of view.rows) {
    const name = bare(row.name);
    const hits = LINES.filter(([, re]) => re.test(name));
    if (hits.length !== 1) continue;
    const [key] = hits[0];
    if (out[key]) return {}; // a line printed twice (per unit, per year): not one list
    out[key] = row;
  }
  return out.trips && out.hospitality && out.vehicles ? out : {};
}
