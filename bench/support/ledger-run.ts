// npm run ledger [-- --update] [--from FILE] [--keep FILE]: checks every document of
// ../shared/corpus/real and ../shared/corpus/wide with the built CLI, matches each fail and warn to
// its ledger row (bench/ledger/<doc>.tsv) and prints precision per rule, what is not yet labelled,
// the `real` findings no longer reported and document-truth accuracy. Writes bench/results/ledger.json.
// --update adds rows ("?") for findings the ledger does not know yet and creates missing files.
import { spawn, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareLedger, type DocResult } from './ledger-stats';
import { DEMOTED } from '../../lib/rules';
import { docName, findingKeys, isFlag, readLedger, writeLedger, type LedgerFile, type LedgerFinding } from './ledger';

export interface CheckLine {
  source: { path: string };
  document?: { kind: string; year?: number; department?: string; textLayer?: boolean };
  findings?: LedgerFinding[];
  error?: { kind: string; message: string };
}

const checkArgs = (repo: string, folders: string[], extraArgs: string[]) => [
  resolve(repo, 'bin/dlens.mjs'),
  'check',
  ...folders,
  '--format',
  'json',
  '--jobs',
  String(cpus().length),
  ...extraArgs,
];
const SPAWN = (repo: string) => ({ cwd: repo, env: { ...process.env, NO_COLOR: '1' } });

function parseLines(status: number | null, stdout: string, stderr: string): CheckLine[] {
  if (status !== 0 && status !== 1 && status !== 3) throw new Error(`dlens check exited ${status}: ${stderr.slice(0, 500)}`);
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as CheckLine);
}

export function checkCorpus(repo: string, folders: string[], extraArgs: string[] = []): CheckLine[] {
  const r = spawnSync(process.execPath, checkArgs(repo, folders, extraArgs), {
    ...SPAWN(repo),
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  return parseLines(r.status, r.stdout, r.stderr);
}

/** checkCorpus without blocking the caller (the CLI's workers run beside it). */
export function checkCorpusAsync(repo: string, folders: string[], extraArgs: string[] = []): Promise<CheckLine[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, checkArgs(repo, folders, extraArgs), SPAWN(repo));
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', fail);
    child.on('close', (code) => {
      try {
        done(parseLines(code, Buffer.concat(out).toString('utf8'), Buffer.concat(err).toString('utf8')));
      } catch (e) {
        fail(e);
      }
    });
  });
}

export function docResults(lines: CheckLine[], corpusDir: string, ledgerDir: string): DocResult[] {
  return lines.map((line) => {
    const doc = docName(corpusDir, resolve(line.source.path));
    const findings = line.findings ?? [];
    const keys = findingKeys(findings);
    const flags = findings.map((f, i) => ({ key: keys[i], f })).filter((x) => isFlag(x.f.status));
    const statuses = new Map(findings.map((f, i) => [keys[i], f.status]));
    return { doc, line, flags, statuses, ledger: readLedger(ledgerDir, doc) };
  });
}

/** Adds "?" rows for unknown findings; creates a file (truth drafted from the engine, marked unread). */
function update(results: DocResult[], ledgerDir: string): number {
  let added = 0;
  for (const r of results) {
    const file: LedgerFile = r.ledger ?? {
      doc: r.doc,
      truth: {
        kind: r.line.document?.kind ?? '',
        year: String(r.line.document?.year ?? ''),
        body: r.line.document?.department ?? '',
        holds: r.line.error?.kind === 'not-disclosure' ? 'not-disclosure' : r.line.document?.textLayer === false ? 'scan' : '',
        note: '? drafted from the engine, not yet read',
      },
      entries: [],
    };
    const known = new Set(file.entries.map((e) => e.key));
    const fresh = r.flags.filter(({ key }) => !known.has(key));
    for (const { key, f } of fresh)
      file.entries.push({ label: '?', rule: f.rule, status: f.status, key, reason: '', message: f.message.slice(0, 200) });
    added += fresh.length;
    if (!r.ledger || fresh.length) writeLedger(ledgerDir, file); // only the files that change
  }
  return added;
}

export async function main(repo: string, argv: string[]): Promise<number> {
  const corpusDir = resolve(repo, '../shared/corpus');
  const ledgerDir = resolve(repo, 'bench/ledger');
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const from = arg('--from');
  const keep = arg('--keep');
  const lines: CheckLine[] = from
    ? readFileSync(from, 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
    : checkCorpus(repo, [resolve(corpusDir, 'real'), resolve(corpusDir, 'wide')]);
  if (keep) writeFileSync(keep, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  let results = docResults(lines, corpusDir, ledgerDir);
  if (argv.includes('--update')) {
    const n = update(results, ledgerDir);
    console.log(`ledger: ${n} new rows written ("?" until labelled)`);
    results = docResults(lines, corpusDir, ledgerDir);
  }
  const report = compareLedger(results);
  const demoted = Object.entries(DEMOTED).map(([id, why]) => `  ${id}: ${why}`);
  report.text += `\n\nrules demoted to \`note\` until precise enough (lib/rules/support/run.ts DEMOTED): ${demoted.length}\n${demoted.join('\n')}`;
  console.log(report.text);
  mkdirSync(resolve(repo, 'bench/results'), { recursive: true });
  writeFileSync(
    resolve(repo, 'bench/results/ledger.json'),
    JSON.stringify({ bench: 'ledger', date: new Date().toISOString(), ...report.json, demoted: DEMOTED }, null, 2) + '\n',
  );
  writeFileSync(resolve(repo, 'bench/results/ledger.txt'), report.text + '\n');
  return 0;
}
