// What the ledger says about a run: precision per rule and status over labelled findings, what is
// not labelled yet, `real` findings no longer reported, fails the ledger does not know, and how
// often the engine names a document's kind, year and issuing body as the ledger's truth does.
import type { Entry, LedgerFile, LedgerFinding } from './ledger';

export interface DocResult {
  doc: string;
  line: {
    findings?: LedgerFinding[];
    document?: { kind: string; year?: number; department?: string; textLayer?: boolean };
    error?: { kind: string; message: string };
  };
  flags: { key: string; f: LedgerFinding }[];
  /** Every finding's status by key (a real finding may now be `unverifiable` or a demoted rule's `note`). */
  statuses?: Map<string, string>;
  ledger?: LedgerFile;
}

interface Tally {
  real: number;
  false: number;
  unclear: number;
  unlabelled: number;
}
const tally = (): Tally => ({ real: 0, false: 0, unclear: 0, unlabelled: 0 });

/** real / (real + false); unclear counted apart (and as false in `strict`). */
export function precision(t: Tally): { precision: number | null; strict: number | null } {
  const labelled = t.real + t.false;
  return {
    precision: labelled ? t.real / labelled : null,
    strict: labelled + t.unclear ? t.real / (labelled + t.unclear) : null,
  };
}

const norm = (s: string) => s.replace(/\s+/g, '').replace(/[（(](本级|汇总|机关|本部)[)）]$/, '');

export function truthMatches(truth: string, engine: string | undefined): boolean {
  const alternatives = truth
    .split('|')
    .map((s) => norm(s))
    .filter((s, i, a) => s || a.length === 1);
  return alternatives.includes(norm(engine ?? ''));
}

export function compareLedger(results: DocResult[]) {
  const byRule = new Map<string, Tally>();
  const total = { fail: tally(), warn: tally() };
  const unlabelled: string[] = [];
  const unknownFails: string[] = [];
  const lostReal: string[] = [];
  const demotedReal: string[] = [];
  const falseNow: string[] = [];
  const truthRows: string[] = [];
  const truth = { documents: 0, read: 0, kind: 0, year: 0, body: 0, disclosures: 0 };

  for (const r of results) {
    const entries = new Map<string, Entry>((r.ledger?.entries ?? []).map((e) => [e.key, e]));
    const now = new Set(r.flags.map((x) => x.key));
    for (const { key, f } of r.flags) {
      const status = f.status as 'fail' | 'warn';
      const e = entries.get(key);
      const label = e?.label ?? '?';
      const slot = label === '?' ? 'unlabelled' : label;
      const rt = byRule.get(`${f.rule} ${status}`) ?? tally();
      rt[slot]++;
      byRule.set(`${f.rule} ${status}`, rt);
      total[status][slot]++;
      if (label === '?') unlabelled.push(`${r.doc}\t${key}`);
      if (!e && status === 'fail') unknownFails.push(`${r.doc}\t${key}\t${f.message.slice(0, 120)}`);
    }
    for (const e of r.ledger?.entries ?? []) {
      if (e.label !== 'real' || now.has(e.key)) continue;
      const status = r.statuses?.get(e.key);
      (status === 'note' || status === 'unverifiable' ? demotedReal : lostReal).push(
        `${r.doc}\t${e.key}\t${status ?? 'not reported'}\t${e.reason}`,
      );
    }
    for (const { key, f } of r.flags)
      if (entries.get(key)?.label === 'false') falseNow.push(`${f.status}\t${r.doc}\t${key}\t${entries.get(key)!.reason.slice(0, 100)}`);

    truth.documents++;
    const t = r.ledger?.truth;
    if (!t || t.note.startsWith('?')) continue;
    truth.read++;
    if (['not-disclosure'].includes(t.holds) || t.kind === 'other') continue;
    truth.disclosures++;
    const d = r.line.document;
    const ok = {
      kind: truthMatches(t.kind, d?.kind),
      year: truthMatches(t.year, d?.year === undefined ? '' : String(d.year)),
      body: truthMatches(t.body, d?.department),
    };
    for (const k of ['kind', 'year', 'body'] as const) if (ok[k]) truth[k]++;
    if (!ok.kind || !ok.year || !ok.body)
      truthRows.push(
        `${r.doc}\t${ok.kind ? '' : `kind ${d?.kind}≠${t.kind} `}${ok.year ? '' : `year ${d?.year}≠${t.year} `}${ok.body ? '' : `body ${d?.department}≠${t.body}`}`,
      );
  }

  const pct = (x: number | null) => (x === null ? '   —  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
  const row = (name: string, t: Tally) => {
    const p = precision(t);
    return `${name.padEnd(12)} ${String(t.real).padStart(5)} ${String(t.false).padStart(5)} ${String(t.unclear).padStart(7)} ${String(t.unlabelled).padStart(10)}   ${pct(p.precision)}  ${pct(p.strict)}`;
  };
  const rules = [...byRule.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  const share = (n: number) => (truth.disclosures ? `${n}/${truth.disclosures} (${((n / truth.disclosures) * 100).toFixed(1)}%)` : '—');
  const text = [
    `ledger: ${results.length} documents, ${truth.read} with their truth read`,
    '',
    `${'rule'.padEnd(12)}  real false unclear unlabelled   precision strict`,
    ...rules.map(([k, t]) => row(k, t)),
    row('ALL fail', total.fail),
    row('ALL warn', total.warn),
    '',
    `document truth over ${truth.disclosures} read disclosures: kind ${share(truth.kind)}, year ${share(truth.year)}, issuing body ${share(truth.body)}`,
    ...truthRows.map((r) => `  ${r}`),
    '',
    `unlabelled fails and warns: ${unlabelled.length}`,
    `fails the ledger does not know: ${unknownFails.length}`,
    ...unknownFails.slice(0, 40).map((r) => `  ${r}`),
    `findings labelled real no longer reported: ${lostReal.length}`,
    ...lostReal.map((r) => `  ${r}`),
    `findings labelled real now reported only as unverifiable or as a note (demoted rule): ${demotedReal.length}`,
    ...demotedReal.map((r) => `  ${r}`),
    '',
    `false alarms still reported: ${falseNow.length}`,
    ...falseNow.sort().map((r) => `  ${r}`),
  ].join('\n');
  const json = {
    documents: results.length,
    fail: { ...total.fail, ...precision(total.fail) },
    warn: { ...total.warn, ...precision(total.warn) },
    rules: Object.fromEntries(rules.map(([k, t]) => [k, { ...t, ...precision(t) }])),
    truth,
    truthMismatches: truthRows,
    unlabelled,
    unknownFails,
    lostReal,
    demotedReal,
    falseNow,
  };
  return { text, json, unlabelled, unknownFails, lostReal, demotedReal, total };
}
