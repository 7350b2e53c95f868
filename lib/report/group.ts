// Findings grouped the way a reader scans them: by table (or "narrative"), then by page.
import type { Finding } from '../rules';
import type { CheckReport } from './schema';

export interface FindingGroup {
  key: string; // table id or "narrative"
  title: string;
  findings: Finding[];
}

export function groupFindings(report: CheckReport, narrativeTitle: string, tableTitles: Record<string, string> = {}): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of report.findings) {
    const key = f.table ?? 'narrative';
    if (!groups.has(key))
      groups.set(key, { key, title: key === 'narrative' ? narrativeTitle : (f.tableTitle ?? tableTitles[key] ?? key), findings: [] });
    groups.get(key)!.findings.push(f);
  }
  return [...groups.values()];
}
