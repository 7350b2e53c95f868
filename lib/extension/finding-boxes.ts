// Where to draw each finding on a PDF: one box per number it used (the values' bboxes; a number
// wrapped over a line break, one per line), or the evidence box when no value has one. Severe
// statuses come last so they paint on top.
import type { BBox } from '../model';
import type { Finding, Status } from '../rules';

export interface PlacedBox {
  finding: string;
  status: Status;
  page: number;
  bbox: BBox;
  /** True for the first box of this finding on this page (it carries the full text label). */
  first: boolean;
}

const PAINT_ORDER: Record<Status, number> = { note: -1, pass: 0, rounding: 1, unverifiable: 2, warn: 3, fail: 4 };

export function findingBoxesByPage(findings: Finding[]): Map<number, PlacedBox[]> {
  const byPage = new Map<number, PlacedBox[]>();
  const sorted = [...findings].sort((a, b) => PAINT_ORDER[a.status] - PAINT_ORDER[b.status]);
  for (const f of sorted) {
    const anchors = f.values.some((v) => v.bbox) ? f.values : f.evidence;
    const seen = new Set<number>();
    for (const a of anchors) {
      if (!a.bbox) continue;
      const list = byPage.get(a.page) ?? [];
      for (const bbox of a.boxes ?? [a.bbox]) {
        list.push({ finding: f.id, status: f.status, page: a.page, bbox, first: !seen.has(a.page) });
        seen.add(a.page);
      }
      byPage.set(a.page, list);
    }
  }
  return byPage;
}

/** The first place a finding points at, for scrolling to it. */
export function firstAnchor(f: Finding): { page: number; bbox?: BBox } | null {
  return f.values.find((v) => v.bbox) ?? f.evidence.find((e) => e.bbox) ?? f.values[0] ?? f.evidence[0] ?? null;
}
