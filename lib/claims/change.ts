// Year-over-year statements: "与2017年度预算比，收入增加244.08万元，增长13%，原因是…".
import type { Sentence } from '../model';
import { inSentence, labelKey, type Quantity } from './quantities';

export type Direction = 1 | -1 | 0;

export interface ChangeClaim {
  sentence: number;
  subject: string; // "收入", "机关运行经费"
  subjectKey: string;
  /** The comparison frame as printed ("与2017年度预算比"), possibly inherited from the sentence before. */
  frame: string;
  frameYear?: number;
  basis: 'budget' | 'final' | 'unknown';
  current?: Quantity; // this year's value, when the sentence prints it
  prior?: Quantity; // last year's value, when the sentence prints it ("2025年当年预算执行数为1690.69万元")
  delta?: Quantity;
  deltaWord?: string; // 增加 / 减少 …
  percent?: Quantity;
  percentWord?: string; // 增长 / 下降 …
  flat: boolean; // 持平 / 基本持平
  /** The stated change is zero ("增加0.00万元"): nothing to explain. */
  zero: boolean;
  /** Offsets of the whole statement in its block. */
  block: number;
  start: number;
  end: number;
  reason?: string; // the 原因 text, when given
}

const UP = ['增加', '增长', '上升', '提高', '增多', '增幅'];
const DOWN = ['减少', '下降', '降低', '压减', '节约', '缩减', '减', '降幅'];
const FRAME =
  /(?:与|同|比|较)\s*(上年度?|去年|上一年度?|(20\d{2})\s*年度?)(?:当年)?(年初)?(预算执行数|预算执行|执行数|预算数|决算数|预算|决算|数)?(?:相比|比较|对比|比)?[，,]?/;
const CHANGE = /(基本持平|持平|一致|增加|增长|上升|提高|增多|减少|下降|降低|压减|节约|缩减|减)了?/g;
const REASON_LOOKAHEAD = 3;
const REASON = /(主要)?原因|主要是由于|主要由于|由于|主要用于|系/;
/**
 * What explains a change once it has been stated: a cause ("主要是…", "因…", "属于正常变化"), a use
 * ("主要用于…"), or a breakdown that follows ("其中：…", "主要是基本支出增加…").
 */
const EXPLAINS =
  /原因|主要是|主要为|主要系|主要因|主要用于|主要由|是由于|由于|因为|因(?!公)|用于|系因|属于|属正常|其中|包括|具体为|如下|分别|持平|新增|新设|新成立/;

export function directionOf(word: string | undefined): Direction | undefined {
  if (!word) return undefined;
  if (word.includes('持平') || word === '一致') return 0; // "与上年预算数一致"
  if (UP.some((w) => word.startsWith(w))) return 1;
  if (DOWN.some((w) => word.startsWith(w))) return -1;
  return undefined;
}

export function collectChanges(sentences: Sentence[], quantities: Quantity[]): ChangeClaim[] {
  const claims: ChangeClaim[] = [];
  let inherited: { frame: string; year?: number; basis: ChangeClaim['basis']; block: number } | undefined;

  sentences.forEach((s, si) => {
    const qs = inSentence(quantities, si);
    const frameMatch = FRAME.exec(s.text);
    if (frameMatch) {
      inherited = {
        frame: frameMatch[0].replace(/[，,]$/, ''),
        year: frameMatch[2] ? Number(frameMatch[2]) : undefined,
        basis: /决算|执行/.test(frameMatch[4] ?? '') ? 'final' : /预算/.test(frameMatch[4] ?? '') ? 'budget' : 'unknown',
        block: s.block,
      };
    } else if (inherited && s.block - inherited.block > 1) {
      inherited = undefined; // a frame carries over within its paragraph and into the next one only
    }
    if (!inherited) return;

    // Changes named inside a reason ("主要原因是运转类项目经费统一压减10%") explain, they are not the statement.
    const reasonStart = s.text.search(REASON);
    const words = [...s.text.matchAll(CHANGE)].filter(
      (m) => m.index! >= (frameMatch ? frameMatch.index! : 0) && (reasonStart < 0 || m.index! < reasonStart),
    );
    if (!words.length) return;
    const first = words[0];
    // The subject: words between the frame (or the sentence start) and the first change word.
    const subjectFrom = frameMatch && frameMatch.index! < first.index! ? frameMatch.index! + frameMatch[0].length : 0;
    let subject = s.text
      .slice(subjectFrom, first.index!)
      .replace(/^[，,\s\d.、]+/, '')
      .replace(/[，,\s]+$/, '');
    let current: Quantity | undefined;
    if (frameMatch && frameMatch.index! > 0 && subjectFrom === frameMatch.index! + frameMatch[0].length && !subject) {
      // "机关运行经费预算安排813.52万元，比2017年预算减少…": the subject and value come before the frame.
      current = qs.filter((q) => q.end - s.start <= frameMatch.index! && q.amount.kind === 'money' && !q.changeWord).at(-1);
      // "收入344,447.70万元，其中：A…、B…，较上年减少…": after a 其中 list the change is the whole's.
      const listAt = s.text.slice(0, frameMatch.index!).search(/其中/);
      const whole =
        listAt >= 0 ? qs.filter((q) => q.end - s.start <= listAt && q.amount.kind === 'money' && !q.changeWord).at(-1) : undefined;
      if (whole) current = whole;
      subject = current?.label ?? s.text.slice(0, frameMatch.index!).replace(/[，,\s]+$/, '');
    }
    subject = subject.replace(/^(20\d{2}|本|今)年度?/, '').replace(/比$/, '');
    // "2025年当年预算执行数为P万元，2026年预算安排C万元，比2025年预算执行数增加p%": both years printed.
    const beforeFrame = frameMatch
      ? qs.filter((q) => q.end - s.start <= frameMatch.index! && q.amount.kind === 'money' && !q.changeWord)
      : [];
    const priorYear = inherited.year;
    const prior = beforeFrame.find(
      (q) => (priorYear && q.label.includes(String(priorYear))) || /上年(?!结转|结余|实户|末)|去年|上一年/.test(q.label),
    );
    if (prior) {
      current = beforeFrame.filter((q) => q !== prior && q.start > prior.start).at(-1) ?? current;
      if (current === prior) current = undefined;
      // The item's own name heads its paragraph ("12、住房保障支出（221类）…住房公积金（01项）208.8万元").
      const headline = inSentence(
        quantities,
        sentences.findIndex((x) => x.block === s.block),
      ).find((q) => q.amount.kind === 'money');
      subject = (headline && headline !== prior && headline !== current ? headline.label : (current?.label ?? subject)).replace(
        /^(20\d{2}|本|今)年度?/,
        '',
      );
    }

    const after = (m: RegExpMatchArray, kind: 'money' | 'percent') =>
      qs.find(
        (q) =>
          q.changeWord &&
          q.start - s.start >= m.index! &&
          q.start - s.start <= m.index! + m[0].length + 2 &&
          (kind === 'money'
            ? q.amount.kind === 'money'
            : q.amount.kind === 'percent' || q.amount.kind === 'times' || q.amount.kind === 'points'),
      );
    let delta: Quantity | undefined, deltaWord: string | undefined, percent: Quantity | undefined, percentWord: string | undefined;
    // "购置费0万元，与上年持平；运行费…增加21万元": a change belongs to its own clause, not the next item's.
    const clauseEnd = s.text.slice(first.index!).search(/[；;]/);
    const ownClause = words.filter((m) => clauseEnd < 0 || m.index! < first.index! + clauseEnd);
    for (const w of ownClause.slice(0, 3)) {
      const d = after(w, 'money');
      const p = after(w, 'percent');
      if (d && !delta) {
        delta = d;
        deltaWord = w[1];
      }
      if (p && !percent) {
        percent = p;
        percentWord = w[1];
      }
    }
    // "增加0.00万元" is no change: it needs no reason and has no direction.
    const zero = [delta, percent].every((q) => !q || q.amount.value.isZero()) && Boolean(delta || percent);
    const flat = /持平|一致/.test(first[1]);
    if (!delta && !percent && !flat) return;
    const stated = Math.max(...[delta, percent].filter(Boolean).map((q) => q!.end - s.start), first.index! + first[0].length);
    const reasonAt = s.text.slice(stated).search(EXPLAINS);
    // The reason may follow in the next sentences ("…增加793.14万元。…财政拨款收入支出增加的主要原因是…"),
    // or the change is broken down into items that follow, each with its own reason.
    const following = sentences.slice(si + 1, si + 1 + REASON_LOOKAHEAD).filter((n) => n.block - s.block <= 2);
    const reason = reasonAt >= 0 ? s.text.slice(stated + reasonAt) : following.find((n) => EXPLAINS.test(n.text))?.text;
    claims.push({
      sentence: si,
      subject,
      subjectKey: labelKey(subject),
      frame: inherited.frame,
      frameYear: inherited.year,
      basis: inherited.basis,
      current,
      prior,
      delta,
      deltaWord,
      percent,
      percentWord,
      flat,
      zero,
      block: s.block,
      start: s.start,
      end: s.end,
      reason,
    });
  });
  return claims;
}
