// Whole-and-parts statements: "X万元。其中，a万元，b万元…", "X（其中a，b）", "如下：1.… 2.…".
import type { DisclosureDocument } from '../model/types';
import type { Sentence } from '../model/sentences';
import { inSentence, type Quantity } from './quantities';

export interface PartsClaim {
  whole: Quantity;
  parts: Quantity[];
  /** The word that introduced the parts ("其中", "分别为", "（", "如下"). */
  marker: string;
  /** True when the wording presents the list as exhaustive (分别为). */
  complete: boolean;
  sentence: number; // the sentence holding the parts (or the list heading)
}

const MARKER = /其中|包括|分别为|主要是|主要为|具体为|分项目如下|具体如下|如下/g;
const COMPLETE_MARKERS = new Set(['分别为']);
const LIST_MARKERS = new Set(['分项目如下', '具体如下', '如下']);

function sameKind(a: Quantity, b: Quantity): boolean {
  if (a.amount.kind === 'money') return b.amount.kind === 'money';
  return a.amount.kind === 'count' && b.amount.kind === 'count' && a.amount.unit === b.amount.unit;
}

const isMeasure = (q: Quantity) => (q.amount.kind === 'money' || q.amount.kind === 'count') && !q.changeWord;

/** Ranges of parentheses that follow a number directly: "5.00万元（其中…）". */
function parenthesesAfterNumbers(s: Sentence, qs: Quantity[]): { whole: Quantity; open: number; close: number }[] {
  const out: { whole: Quantity; open: number; close: number }[] = [];
  for (const q of qs) {
    const rel = q.end - s.start;
    const open = s.text.slice(rel, rel + 2).search(/[（(]/);
    if (open < 0) continue;
    const openAt = rel + open;
    let depth = 0;
    for (let i = openAt; i < s.text.length; i++) {
      const c = s.text[i];
      if (c === '（' || c === '(') depth++;
      else if (c === '）' || c === ')') depth--;
      if (depth === 0) { out.push({ whole: q, open: s.start + openAt, close: s.start + i }); break; }
    }
  }
  return out;
}

/** A list whose last item is "其他…" covers everything: it is exhaustive. */
function endsWithCatchAll(parts: Quantity[]): boolean {
  return parts.length > 1 && /^其他/.test(parts.at(-1)!.label);
}

export function collectParts(doc: DisclosureDocument, sentences: Sentence[], quantities: Quantity[]): PartsClaim[] {
  const claims: PartsClaim[] = [];
  const firstMeasureOfBlock = new Map<number, Quantity>();
  for (const q of quantities) if (isMeasure(q) && !firstMeasureOfBlock.has(q.block)) firstMeasureOfBlock.set(q.block, q);

  sentences.forEach((s, si) => {
    const qs = inSentence(quantities, si).filter(isMeasure);
    const parens = parenthesesAfterNumbers(s, qs);
    const inParens = (q: Quantity) => parens.some((p) => q.start > p.open && q.end <= p.close);

    for (const p of parens) {
      const inner = qs.filter((q) => q.start > p.open && q.end <= p.close && sameKind(p.whole, q) && !parens.some((o) => o !== p && o.open > p.open && q.start > o.open && q.end <= o.close));
      if (inner.length) claims.push({ whole: p.whole, parts: inner, marker: '（', complete: endsWithCatchAll(inner), sentence: si });
    }

    // Markers whose own clause holds no number ("人员经费…，主要包括基本工资、津贴…") introduce
    // words, not parts: they neither make claims nor end the list of an earlier marker.
    const markers = [...s.text.matchAll(MARKER)]
      .map((m) => ({ marker: m[0], rel: m.index!, at: s.start + m.index! }))
      .filter((m) => !parens.some((p) => m.at > p.open && m.at < p.close))
      .filter((m) => {
        if (LIST_MARKERS.has(m.marker) && !qs.some((q) => q.start > m.at)) return true;
        const semi = s.text.slice(m.rel).search(/[；;]/);
        const clauseEnd = semi >= 0 ? m.at + semi : Infinity;
        return qs.some((q) => q.start > m.at && q.start < clauseEnd && !inParens(q));
      });
    markers.forEach((m, i) => {
      const { marker, at } = m;
      const whole = qs.filter((q) => q.end <= at && !inParens(q)).at(-1) ?? headOf(si - 1);
      if (!whole) return;
      let parts: Quantity[];
      if (LIST_MARKERS.has(marker) && !qs.some((q) => q.start > at)) {
        parts = listItemsAfter(s.block);
      } else {
        let stop = markers[i + 1]?.at ?? Infinity;
        // Money lists run across semicolons ("其中，a；b；c"); head counts after "其中，" stop there
        // ("其中1名…，另1名…；行政科4名…" is another statement).
        if (whole.amount.kind === 'count' && s.text[m.rel + marker.length] !== '：') {
          const semi = s.text.slice(m.rel).search(/[；;]/);
          if (semi >= 0) stop = Math.min(stop, at + semi);
        }
        parts = qs.filter((q) => q.start > at && q.start < stop && !inParens(q) && sameKind(whole, q));
      }
      parts = parts.filter((q) => sameKind(whole, q) && q !== whole);
      if (parts.length) claims.push({ whole, parts, marker, complete: COMPLETE_MARKERS.has(marker) || endsWithCatchAll(parts), sentence: si });
    });
  });
  return claims;

  function headOf(si: number): Quantity | undefined {
    for (let i = si; i >= Math.max(0, si - 1); i--) {
      const head = inSentence(quantities, i).find(isMeasure);
      if (head) return head;
    }
    return undefined;
  }

  /** The first amount of each numbered item block right after a list heading. */
  function listItemsAfter(block: number): Quantity[] {
    const items: Quantity[] = [];
    for (let b = block + 1; b < doc.blocks.length && doc.blocks[b].kind === 'item'; b++) {
      const first = firstMeasureOfBlock.get(b);
      if (first) items.push(first);
    }
    return items;
  }
}
