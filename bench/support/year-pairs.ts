// Every year pair of ../shared/corpus/real and ../shared/corpus/wide, found from the ledger's truth
// (what each document is, read from the document): consecutive budgets, a budget and the final account
// of its year, consecutive final accounts — of the same issuing body and kind (部门 with 部门, 单位 with
// 单位). Bodies match on normalised names ("深圳市财政局（本级）" is "深圳市财政局", "中国共产党X委员会"
// is "中共X委"). A year printed as a narrative file and a tables file is one document, joined with "+"
// (narrative first).
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readLedger, type LedgerFile } from './ledger';

export interface YearPair {
  name: string; // "js_rendaban_2017_budget.pdf → js_rendaban_2018_budget.pdf"
  type: 'budget→budget' | 'budget→final' | 'final→final';
  prior: string; // corpus-relative paths, "+"-joined
  current: string;
}

interface Doc {
  file: LedgerFile;
  bodies: string[];
  year: number;
  scope: string;
  final: boolean;
}

function ledgerFiles(ledgerDir: string, sub: string): LedgerFile[] {
  return readdirSync(join(ledgerDir, sub), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.tsv'))
    .map((e) => readLedger(ledgerDir, relative(ledgerDir, join(e.parentPath, e.name)).replace(/\.tsv$/, ''))!)
    .filter(Boolean);
}

/** The documents of one body, year and kind: a narrative+tables file each, or one narrative joined with its tables. */
function versions(docs: Doc[]): string[] {
  const whole = docs.filter((d) => d.file.truth.holds === 'narrative+tables').map((d) => d.file.doc);
  const text = docs.filter((d) => d.file.truth.holds === 'narrative').map((d) => d.file.doc);
  const tables = docs.filter((d) => d.file.truth.holds === 'tables').map((d) => d.file.doc);
  const joined = text.length === 1 && tables.length === 1 ? [`${text[0]}+${tables[0]}`] : [...text, ...tables];
  return [...whole, ...joined];
}

const CORPORA = ['real', 'wide'];

/** One spelling per body: no spaces, no "（本级）/（汇总）" scope note, the party's short form. */
export function bodyName(name: string): string {
  return name
    .replace(/[\s\u3000]+/g, '')
    .replace(/[（(](本级|汇总|机关|本部)[)）]$/, '')
    .replace(/^中国共产党(.+?)委员会/, '中共$1委');
}

const short = (spec: string) =>
  spec
    .split('+')
    .map((x) => x.split('/').pop())
    .join('+');

/** The documents of each body and scope (部门 / 单位), from both corpora's truth. */
function bodyGroups(repo: string): Doc[][] {
  const ledgerDir = resolve(repo, 'bench/ledger');
  const docs: Doc[] = CORPORA.flatMap((sub) => ledgerFiles(ledgerDir, sub)).flatMap((file) => {
    const m = /^(dept|unit)-(budget|final)$/.exec(file.truth.kind);
    const year = Number(file.truth.year);
    if (!m || !year || !file.truth.body) return [];
    return [{ file, bodies: file.truth.body.split('|').map(bodyName), year, scope: m[1], final: m[2] === 'final' }];
  });
  const sameBody = (a: Doc, b: Doc) => a.bodies.some((x) => b.bodies.includes(x));
  const groups = new Map<string, Doc[]>();
  for (const d of docs) {
    const key =
      [...groups.keys()].find((k) => groups.get(k)!.some((x) => sameBody(x, d) && x.scope === d.scope)) ?? `${d.bodies[0]}|${d.scope}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()];
}

export function yearPairs(repo: string): YearPair[] {
  const out: YearPair[] = [];
  for (const group of bodyGroups(repo)) {
    const at = (year: number, final: boolean) => versions(group.filter((d) => d.year === year && d.final === final));
    for (const year of [...new Set(group.map((d) => d.year))].sort()) {
      const add = (type: YearPair['type'], prior: string[], current: string[]) => {
        for (const p of prior) for (const c of current) out.push({ type, prior: p, current: c, name: `${short(p)} → ${short(c)}` });
      };
      add('budget→budget', at(year, false), at(year + 1, false));
      add('budget→final', at(year, false), at(year, true));
      add('final→final', at(year, true), at(year + 1, true));
    }
  }
  return out.sort((a, b) => a.type.localeCompare(b.type) || a.name.localeCompare(b.name));
}

/** Every final account of the corpora with what its body's other documents are: why C2 or C3 has no pair. */
export function finalsWithoutPair(repo: string): string[] {
  const out: string[] = [];
  for (const group of bodyGroups(repo)) {
    for (const d of group.filter((x) => x.final)) {
      const has = (year: number, final: boolean) => group.some((x) => x.year === year && x.final === final);
      if ((has(d.year - 1, true) || has(d.year + 1, true)) && has(d.year, false)) continue;
      const others = group.filter((x) => x !== d).map((x) => `${x.file.truth.kind} ${x.year} ${x.file.doc.split('/').pop()}`);
      out.push(
        `${d.file.doc} (${d.bodies[0]}, ${d.scope}-final ${d.year}): ` +
          [
            !has(d.year - 1, true) && !has(d.year + 1, true) ? `no ${d.year - 1} or ${d.year + 1} final` : '',
            !has(d.year, false) ? `no ${d.year} budget` : '',
          ]
            .filter(Boolean)
            .join(', ') +
          `; the body's other documents: ${others.join(', ') || 'none'}`,
      );
    }
  }
  return out.sort();
}
