// Whole-and-parts statements: "X万元。其中，a万元，b万元…", "X（其中a，b）", "如下：1.… 2.…".
import type { DisclosureDocument } from '../model';
import type { Sentence } from '../model';
import { inSentence, type Quantity } from './quantities';

export interface PartsClaim {
  whole: Quantity;
  parts: Quantity[];
  /** The word that introduced the parts ("其中", "分别为", "（", "如下"). */
  marker: string;
  /** True when the wording presents the list as exhaustive (分别为, a final 其他…). */
  complete: boolean;
  /** The wording says only the main items are listed ("其中主要支出为…"), or the list runs past the
   *  sentence (a parenthesis left open at the full stop): a shortfall then proves nothing. */
  partial: boolean;
  sentence: number; // the sentence holding the parts (or the list heading)
}

const MARKER = /其中|包括|分别为|主要是|主要为|具体为|分项目如下|具体如下|如下/g;
const HEDGE = /^[：:，,]?(主要|部分|重点)/;
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
      if (depth === 0) {
        out.push({ whole: q, open: s.start + openAt, close: s.start + i });
        break;
      }
      // Left open at the full stop: the parenthesis runs to the end of the sentence.
      if (i === s.text.length - 1) out.push({ whole: q, open: s.start + openAt, close: s.start + s.text.length });
    }
  }
  return out;
}

/** Amounts inside an explanation ("主要原因是新增了…奖补资金1000万元") are not parts of the list. */
const EXPLANATION = /原因|用于|由于|因为/;

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
    const unclosed = (s.text.match(/[（(]/g)?.length ?? 0) > (s.text.match(/[）)]/g)?.length ?? 0);
    const inParens = (q: Quantity) => parens.some((p) => q.start > p.open && q.end <= p.close);

    for (const p of parens) {
      const inner = qs.filter(
        (q) =>
          q.start > p.open &&
          q.end <= p.close &&
          sameKind(p.whole, q) &&
          !parens.some((o) => o !== p && o.open > p.open && q.start > o.open && q.end <= o.close),
      );
      if (inner.length)
        claims.push({ whole: p.whole, parts: inner, marker: '（', complete: endsWithCatchAll(inner), partial: false, sentence: si });
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
      // The whole is named in the marker's own clause ("支出X万元，其中…"); a marker opening its
      // sentence refers to the sentence before; one opening a clause after "；" names no whole.
      const clauseStart = s.start + Math.max(s.text.lastIndexOf('；', m.rel), s.text.lastIndexOf(';', m.rel)) + 1;
      const inClause = qs.filter((q) => q.end <= at && q.start >= clauseStart && !inParens(q)).at(-1);
      const opensSentence = m.rel <= 2;
      let whole = inClause ?? (opensSentence ? lastOf(si - 1) : undefined);
      if (!whole) return;
      // "9个公益一类单位分别为A、B、…": a count followed by names lists names, not numbers (T1 counts them).
      if (
        whole.amount.kind === 'count' &&
        marker === '分别为' &&
        !/\d/.test(s.text.slice(m.rel + marker.length, m.rel + marker.length + 8))
      )
        return;
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
        parts = qs.filter((q) => q.start > at && q.start < stop && !inParens(q) && sameKind(whole!, q) && !explains(q));
      }
      if (!inClause && opensSentence)
        whole = matchingWhole(si - 1, parts) ?? (LIST_MARKERS.has(marker) ? firstOf(si - 1) : undefined) ?? whole;
      parts = parts.filter((q) => sameKind(whole!, q) && q !== whole);
      const hedged = HEDGE.test(s.text.slice(m.rel + marker.length, m.rel + marker.length + 6));
      if (parts.length)
        claims.push({
          whole,
          parts,
          marker,
          complete: COMPLETE_MARKERS.has(marker) || endsWithCatchAll(parts),
          partial: hedged || unclosed,
          sentence: si,
        });
    });
  });
  return claims;

  /** True when the words between the previous list separator and the amount explain rather than list. */
  function explains(q: Quantity): boolean {
    const s = sentences[q.sentence];
    const before = s.text.slice(0, q.start - s.start);
    const from = Math.max(before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('：'));
    return EXPLANATION.test(before.slice(from + 1));
  }

  /** Among a sentence's amounts, the one the parts add up to exactly (the list's evident whole). */
  function matchingWhole(si: number, parts: Quantity[]): Quantity | undefined {
    if (si < 0 || !parts.length) return undefined;
    const unit = parts[0].amount.unit;
    if (parts.some((p) => p.amount.unit !== unit)) return undefined;
    const sum = parts.reduce((acc, p) => acc.plus(p.amount.value), parts[0].amount.value.minus(parts[0].amount.value));
    return inSentence(quantities, si)
      .filter(isMeasure)
      .find((q) => q.amount.unit === unit && q.amount.value.eq(sum));
  }

  function firstOf(si: number): Quantity | undefined {
    return si < 0 ? undefined : inSentence(quantities, si).filter(isMeasure)[0];
  }

  /** The last amount of a sentence that is not a change ("…支出X万元，比上年增加Y万元。"). */
  function lastOf(si: number): Quantity | undefined {
    if (si < 0) return undefined;
    return inSentence(quantities, si).filter(isMeasure).at(-1);
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
