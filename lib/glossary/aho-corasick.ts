// A small Aho–Corasick automaton over UTF-16 code units: all patterns are found in one pass
// over the text, then the leftmost-longest non-overlapping matches are kept.

interface Node {
  next: Map<number, number>;
  fail: number;
  /** Index of the pattern that ends exactly at this node, -1 if none. */
  own: number;
  /** Nearest node on the fail chain that ends a pattern (0 when none). */
  outLink: number;
}

export interface AcMatch {
  start: number;
  end: number;
  pattern: number;
}

export class AhoCorasick {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, own: -1, outLink: 0 }];
  private readonly lengths: number[] = [];
  private readonly alphabet = new Set<number>();

  constructor(patterns: readonly string[]) {
    patterns.forEach((p, i) => this.add(p, i));
    this.link();
  }

  private add(p: string, index: number): void {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      this.alphabet.add(c);
      let t = this.nodes[s].next.get(c);
      if (t === undefined) {
        t = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, own: -1, outLink: 0 });
        this.nodes[s].next.set(c, t);
      }
      s = t;
    }
    this.nodes[s].own = index;
    this.lengths[index] = p.length;
  }

  private link(): void {
    const queue: number[] = [];
    for (const t of this.nodes[0].next.values()) queue.push(t);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      for (const [c, t] of this.nodes[s].next) {
        let f = this.nodes[s].fail;
        while (f !== 0 && !this.nodes[f].next.has(c)) f = this.nodes[f].fail;
        const ft = this.nodes[f].next.get(c);
        this.nodes[t].fail = ft !== undefined && ft !== t ? ft : 0;
        const ft2 = this.nodes[t].fail;
        this.nodes[t].outLink = this.nodes[ft2].own !== -1 ? ft2 : this.nodes[ft2].outLink;
        queue.push(t);
      }
    }
  }

  /** Leftmost-longest, non-overlapping matches in text order. */
  find(text: string): AcMatch[] {
    const all: AcMatch[] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!this.alphabet.has(c)) {
        s = 0; // a character no pattern contains ends every partial match
        continue;
      }
      let t = this.nodes[s].next.get(c);
      while (t === undefined && s !== 0) {
        s = this.nodes[s].fail;
        t = this.nodes[s].next.get(c);
      }
      s = t ?? 0;
      // Every pattern ending here: the node's own, then those along the output links.
      for (let f = this.nodes[s].own !== -1 ? s : this.nodes[s].outLink; f !== 0; f = this.nodes[f].outLink) {
        const p = this.nodes[f].own;
        all.push({ start: i + 1 - this.lengths[p], end: i + 1, pattern: p });
      }
    }
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: AcMatch[] = [];
    let until = 0;
    for (const m of all) {
      if (m.start < until) continue;
      kept.push(m);
      until = m.end;
    }
    return kept;
  }
}
