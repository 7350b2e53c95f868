// A finding's stable key: the ledger labels findings by it (bench/ledger) and a reader's marks are
// kept under it, so both survive a re-check as long as the finding itself is still there.

/** The part of a finding the key needs (a dlens.check/1 finding has all of it). */
export interface KeyedFinding {
  rule: string;
  values: { text: string; page: number }[];
  evidence: { page: number; text: string }[];
}

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Rule, pages and the printed numbers it used, never a running index, so that it survives changes
 * elsewhere in the document. Findings without numbers (K1, SCAN) are keyed by the start of their
 * evidence text.
 */
export function baseKey(f: KeyedFinding): string {
  const pages = [...new Set([...f.values.map((v) => v.page), ...f.evidence.map((e) => e.page)])].sort((a, b) => a - b);
  const nums = f.values.map((v) => squash(v.text)).filter(Boolean);
  const what =
    nums.length > 6
      ? `${nums.slice(0, 4).join(';')};…${nums.length}`
      : nums.length
        ? nums.join(';')
        : `«${squash(f.evidence[0]?.text ?? '').slice(0, 24)}»`;
  return `${f.rule}|p${pages.join(',')}|${what}`.replace(/[\t\n\r]/g, ' ');
}

/** Keys of a document's findings, in order; a repeated key gets "#2", "#3"… */
export function findingKeys(findings: KeyedFinding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const k = baseKey(f);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  });
}
