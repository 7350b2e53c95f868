// H6: quotes and brackets that do not pair up within a paragraph ("《…暂行办法>").
import type { Rule } from './types';
import type { FindingDraft } from './support/sum-finding';
import { textFinding } from './support/text-finding';
import type { Messages } from './support/message';

const MESSAGES: Messages = {
  unclosed: { zh: '“{open}”没有对应的“{close}”', en: '"{open}" is never closed by "{close}"' },
  stray: { zh: '多余的“{close}”，前面没有“{open}”', en: 'A stray "{close}" with no "{open}" before it' },
};

const PAIRS: [string, string][] = [
  ['《', '》'],
  ['“', '”'],
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['[', ']'],
  ['〔', '〕'],
  ['<', '>'],
  ['‘', '’'],
];
const ANY_BRACKET = /[《》“”（）()【】\[\]〔〕<>‘’]/;
const CLOSER = new Map(PAIRS.map(([o, c]) => [c, o]));
const OPENER = new Map(PAIRS);

/** Half-width and full-width parentheses are used interchangeably in the genre: （…) is not an error. */
function matches(open: string, close: string): boolean {
  return OPENER.get(open) === close || (/[（(]/.test(open) && /[）)]/.test(close));
}

/** A pair broken by a line or page break: the opener ends one block, the closer starts the next. */
const BREAK_REACH = 40;

interface Problem {
  block: number;
  kind: 'unclosed' | 'stray';
  open: string;
  close: string;
  at: number;
  end: number;
}

/** Drops an opener left open near the end of a block when the next block closes it near its start. */
function pairAcrossBlocks(problems: Problem[], blocks: { text: string }[]): Problem[] {
  const dropped = new Set<Problem>();
  for (const u of problems) {
    if (u.kind !== 'unclosed' || blocks[u.block].text.length - u.at > BREAK_REACH * 2) continue;
    const s = problems.find(
      (p) => p.kind === 'stray' && !dropped.has(p) && p.block === u.block + 1 && p.at <= BREAK_REACH && matches(u.open, p.close),
    );
    if (s) {
      dropped.add(u);
      dropped.add(s);
    }
  }
  return problems.filter((p) => !dropped.has(p));
}

const rule: Rule = {
  meta: {
    id: 'H6',
    kind: 'hygiene',
    description: { zh: '引号、书名号、括号不成对', en: 'Quotes, title marks or brackets that do not pair up' },
    messages: MESSAGES,
  },
  check(ctx) {
    const problems: Problem[] = [];
    ctx.doc.blocks.forEach((b, bi) => {
      if (!ANY_BRACKET.test(b.text)) return;
      const stack: { ch: string; at: number }[] = [];
      for (let i = 0; i < b.text.length; i++) {
        const ch = b.text[i];
        if (ch === '"') continue; // undirected quote: cannot tell opening from closing
        if (OPENER.has(ch)) stack.push({ ch, at: i });
        else if (CLOSER.has(ch)) {
          const top = stack.at(-1);
          if (top && matches(top.ch, ch)) {
            stack.pop();
            continue;
          }
          if (ch === '>' && !stack.some((s) => s.ch === '<')) {
            // "《…办法>": a > standing in for 》 closes the open title mark — report it as a mismatch.
            const title = stack.findLastIndex((s) => s.ch === '《');
            if (title >= 0) {
              problems.push({ block: bi, kind: 'unclosed', open: '《', close: '》', at: stack[title].at, end: i + 1 });
              stack.splice(title, 1);
              continue;
            }
          }
          if (ch === '>' || ch === ')' || ch === ']') continue; // ASCII closers appear in formulas and lists ("1)")
          problems.push({ block: bi, kind: 'stray', open: CLOSER.get(ch)!, close: ch, at: i, end: i + 1 });
        }
      }
      for (const s of stack) {
        if (s.ch === '<' || s.ch === '(' || s.ch === '[') continue;
        problems.push({
          block: bi,
          kind: 'unclosed',
          open: s.ch,
          close: OPENER.get(s.ch)!,
          at: s.at,
          end: Math.min(b.text.length, s.at + 20),
        });
      }
    });
    // A short line with no sentence punctuation is a fragment the layout cut (a chart legend, a
    // clipped table cell, a wrapped title): its other half is elsewhere, not missing.
    const fragment = (bi: number) => {
      const t = ctx.doc.blocks[bi].text.trim();
      return t.length <= 40 && !/[。，；：,;:]/.test(t);
    };
    return pairAcrossBlocks(problems, ctx.doc.blocks)
      .filter((p) => !fragment(p.block))
      .map((p) => textFinding(ctx.doc, 'H6', 'warn', p.kind, { open: p.open, close: p.close }, p.block, p.at, p.end));
  },
};
export default rule;
