// Compares two `dlens check --format json` NDJSON runs finding by finding (npm run diff:findings -- A B):
// the proof that a refactor changed no finding. Fields named with --ignore (default: messageId) are left out.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const ignore = new Set((args.find((a) => a.startsWith('--ignore='))?.slice(9) ?? 'messageId').split(',').filter(Boolean));
const [a, b] = args.filter((x) => !x.startsWith('--'));
if (!a || !b) {
  console.error('usage: npm run diff:findings -- BEFORE.ndjson AFTER.ndjson [--ignore=messageId,…]');
  process.exit(2);
}
const load = (p) => {
  const out = new Map();
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line);
    const strip = (f) =>
      JSON.stringify(
        Object.fromEntries(
          Object.entries(f)
            .filter(([k]) => !ignore.has(k))
            .sort(([x], [y]) => (x < y ? -1 : 1)),
        ),
      );
    out.set(r.source?.path ?? r.path, { summary: JSON.stringify(r.summary ?? null), findings: (r.findings ?? []).map(strip) });
  }
  return out;
};
const before = load(a);
const after = load(b);
let docs = 0,
  findings = 0,
  changed = 0;
for (const key of new Set([...before.keys(), ...after.keys()])) {
  const x = before.get(key),
    y = after.get(key);
  docs++;
  findings += y?.findings.length ?? 0;
  if (!x || !y || x.summary !== y.summary || x.findings.join('\n') !== y.findings.join('\n')) {
    changed++;
    console.log(`changed: ${key}`);
  }
}
console.log(`${docs} documents, ${findings} findings after; ${changed} documents differ (ignoring ${[...ignore].join(', ') || 'nothing'})`);
process.exit(changed ? 1 : 0);
