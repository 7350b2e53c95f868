// Sentences of the narrative, with offsets back into their block.
import type { Block } from './types';

export interface Sentence {
  block: number; // index into doc.blocks
  start: number; // offsets into blocks[block].text
  end: number;
  text: string;
}

const SENTENCE_END = /[。！？!?]+|\n+/g;

export function splitSentences(blocks: Block[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((b, block) => {
    let start = 0;
    const push = (end: number) => {
      const raw = b.text.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const text = raw.trim();
      if (text) out.push({ block, start: start + lead, end: start + lead + text.length, text });
    };
    for (const m of b.text.matchAll(SENTENCE_END)) {
      push(m.index! + m[0].length);
      start = m.index! + m[0].length;
    }
    push(b.text.length);
  });
  return out;
}
