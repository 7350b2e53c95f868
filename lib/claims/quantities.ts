// Every number in the narrative, with the words that name it (its label).
import { scanAmounts, type Amount } from '../amount';
import type { DisclosureDocument } from '../model';
import type { Sentence } from '../model';

export interface Quantity {
  amount: Amount; // offsets in amount.start/end are relative to the sentence
  label: string; // the words before the number in its clause, tidied ("工资福利支出")
  key: string; // label normalised for matching across sentences ("三公经费支出")
  sentence: number; // index into Claims.sentences
  block: number;
  start: number; // offsets into the block text
  end: number;
  /** The word right before the number when it states a change (增加/减少…). */
  changeWord?: string;
}

const CLAUSE_BREAK = /[，,。；;：:、（(）)\n]|其中|包括|分别为|主要是|主要为|具体为|如下/g;
const LEAD = /^(其中|包括|分别为|主要是|主要为|具体为|分项目如下|如下|共计|合计|共有|共|计|另|和|及|与|以及|是|为)+/;
const LIST_MARK = /^(\d+[.、．]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)\s*/;
const TRAIL = /(预算安排|安排|预算为|为|是|共计|达到|达|约|近|有|了|的|：|:)+$/;
export const CHANGE_WORDS = [
  '基本持平',
  '持平',
  '增加',
  '增长',
  '上升',
  '提高',
  '增多',
  '减少',
  '下降',
  '降低',
  '压减',
  '节约',
  '缩减',
  '减',
];
const CHANGE_BEFORE = new RegExp(`(${CHANGE_WORDS.join('|')})了?\\s*$`);

/** Label normalised for matching: no years, quotes, spaces, 预算/度 noise. */
const FUND_NAMES = /一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算/g;

export function labelKey(label: string): string {
  return label
    .replace(/\s+/g, '')
    .replace(FUND_NAMES, (m) => m.replace('预算', '\u0001'))
    .replace(/(20\d{2}|本|今|当)年度?/g, '')
    .replace(/^(本部门|本单位|本局|部门|单位)/, '')
    .replace(/[“”"'‘’「」\s]/g, '')
    .replace(/预算安排|预算数|预算|安排|年初|全年/g, '')
    .replace(/^度/, '')
    .replace(/\u0001/g, '预算');
}

/** Short parentheticals belong to the word: 因公出国（境）费, 政府办公厅（室）. */
const SHORT_PAREN = /[（(][^（）()，,。；]{1,6}[)）]/g;

function labelBefore(text: string, end: number, floor: number): string {
  const head = text.slice(floor, end);
  const masked = head.replace(SHORT_PAREN, (m) => '〔' + '·'.repeat(m.length - 2) + '〕');
  let cut = 0;
  for (const m of masked.matchAll(CLAUSE_BREAK)) cut = m.index! + m[0].length;
  return head.slice(cut).trim().replace(LIST_MARK, '').replace(LEAD, '').replace(TRAIL, '').trim();
}

export function collectQuantities(doc: DisclosureDocument, sentences: Sentence[]): Quantity[] {
  const out: Quantity[] = [];
  // "上海市普陀区财政局2024年度收入支出总计" names the same thing as "收入支出总计".
  const department = doc.info.department?.replace(/\s/g, '');
  const ownName = (label: string) =>
    department && department.length >= 2 && label.startsWith(department) ? label.slice(department.length) : label;
  sentences.forEach((s, si) => {
    let floor = 0;
    for (const a of scanAmounts(s.text)) {
      const before = s.text.slice(Math.max(0, a.start - 6), a.start);
      const change = CHANGE_BEFORE.exec(before)?.[1];
      const label = ownName(labelBefore(s.text, a.start, floor));
      out.push({
        amount: a,
        label,
        key: labelKey(label),
        sentence: si,
        block: s.block,
        start: s.start + a.start,
        end: s.start + a.end,
        changeWord: change,
      });
      floor = a.end;
    }
  });
  return out;
}

const SENTENCE_INDEX = new WeakMap<Quantity[], Quantity[][]>();

/** The quantities of sentence `si` (indexed once per quantity list). */
export function inSentence(quantities: Quantity[], si: number): Quantity[] {
  let index = SENTENCE_INDEX.get(quantities);
  if (!index) {
    index = [];
    for (const q of quantities) (index[q.sentence] ??= []).push(q);
    SENTENCE_INDEX.set(quantities, index);
  }
  return index[si] ?? [];
}
