// Counts against what follows: "设置27个内设机构：（一）… （二十七）…", "下设3个科室：办公室、财务科、业务科".
import type { DisclosureDocument } from '../model';
import type { Sentence } from '../model';
import { chineseToDecimal } from '../amount';
import { inSentence, type Quantity } from './quantities';

export interface CountClaim {
  stated: Quantity;
  what: string; // "内设机构"
  items: { text: string; block: number; start: number; end: number }[];
  /** How the items were found: numbered blocks, or a 、-separated list in the sentence. */
  form: 'numbered' | 'inline';
  /** For inline lists: the count if the last "A和B" is one item instead of two. */
  altCount?: number;
}

const COUNT_SENTENCE =
  /(设置?|设有|下设|内设|包括|共有|共)(\d+|[一二两三四五六七八九十]+)个([^，。：:；]{2,12}?)(?:[:：]|，分别是|，分别为|，包括|，即)/;
const NUMBERED = /^(?:（([一二三四五六七八九十]+)）|\(([一二三四五六七八九十]+)\)|(\d+)[.、．])/;
const HIGHER = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)/;

/** The item number and its marker style (full-width parentheses, half-width, or "1."). */
function marker(text: string): { n: number; style: number } | undefined {
  const m = NUMBERED.exec(text);
  if (!m) return undefined;
  const style = m[1] ? 1 : m[2] ? 2 : 3;
  const v = style === 3 ? m[3] : chineseToDecimal(m[style]);
  return v ? { n: Number(v), style } : undefined;
}

export function collectCounts(doc: DisclosureDocument, sentences: Sentence[], quantities: Quantity[]): CountClaim[] {
  const out: CountClaim[] = [];
  sentences.forEach((s, si) => {
    const m = COUNT_SENTENCE.exec(s.text);
    if (!m) return;
    const stated = inSentence(quantities, si).find(
      (q) => q.amount.kind === 'count' && q.amount.unit === '个' && q.amount.start >= m.index!,
    );
    if (!stated) return;
    const what = m[3];
    let rest = s.text.slice(m.index! + m[0].length);
    const own = rest.replace(/^[:：\s]+/, '').replace(/[。；]$/, '');
    // A list cut by a line break in the PDF continues in the next block up to its full stop.
    const nextBlock = doc.blocks[s.block + 1];
    if (!/[。；]$/.test(rest) && s.end === doc.blocks[s.block].text.length && nextBlock && /^[^。]{0,80}。/.test(nextBlock.text)) {
      rest += nextBlock.text.slice(0, nextBlock.text.indexOf('。') + 1);
    }
    rest = rest.replace(/[。；]$/, '');
    // "设1个内设机构，包括：综合办公室。": the items stand in the sentence, even a single one.
    if (rest.includes('、') || (own && !NUMBERED.test(own) && !/[。；]/.test(own) && own.length <= 40)) {
      let at = s.start + m.index! + m[0].length;
      // "办公室、财会管理部、研究二部和研究三部": the last two are joined by 和/及.
      const pieces = rest.split('、');
      const last = pieces.pop()!;
      const joined = last.replace(/[（(][^）)]*[）)]/g, '').split(/和|及|以及/);
      pieces.push(...(joined.length > 1 ? last.split(/和|及|以及/) : [last]));
      const altCount = joined.length > 1 ? pieces.length - joined.length + 1 : undefined;
      const items = pieces.map((t) => {
        const item = { text: t.trim(), block: s.block, start: at, end: at + t.length };
        at += t.length + 1;
        return item;
      });
      out.push({ stated, what, items, form: 'inline', altCount });
      return;
    }
    // Numbered items in the following blocks, counting up from 1 until a higher-level heading.
    const items: CountClaim['items'] = [];
    let expect = 1;
    let style: number | undefined;
    for (let b = s.block + 1; b < doc.blocks.length; b++) {
      const text = doc.blocks[b].text;
      if (HIGHER.test(text)) break;
      const mk = marker(text);
      if (mk && mk.n === expect && (style === undefined || mk.style === style)) {
        style = mk.style;
        items.push({ text: text.slice(0, 30), block: b, start: 0, end: text.length });
        expect++;
      }
    }
    if (items.length) out.push({ stated, what, items, form: 'numbered' });
  });
  return out;
}
