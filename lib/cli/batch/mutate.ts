// Seeded mutations of real PDFs and HTML pages for the fuzz suite. Same (seed, index) → same mutant.
export type Rng = () => number;

export function rngFor(seed: number, index: number): Rng {
  let a = (Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');
const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

function flip(b: Uint8Array, rng: Rng): Uint8Array {
  const out = new Uint8Array(b);
  const n = 1 + int(rng, 64);
  for (let i = 0; i < n; i++) out[int(rng, out.length)] = int(rng, 256);
  return out;
}

/** Heavy damage: hundreds to thousands of random bytes (pdf.js then falls back to reconstructing). */
function shred(b: Uint8Array, rng: Rng): Uint8Array {
  const out = new Uint8Array(b);
  const n = 200 + int(rng, 3000);
  for (let i = 0; i < n; i++) out[int(rng, out.length)] = int(rng, 256);
  return out;
}

function truncate(b: Uint8Array, rng: Rng): Uint8Array {
  return b.slice(0, int(rng, b.length));
}

function indicesOf(text: string, re: RegExp): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(re)) out.push(m.index!);
  return out;
}

/** Overwrites a random stretch inside a random stream (compressed content, object streams, fonts). */
function damageStream(b: Uint8Array, rng: Rng): Uint8Array {
  const starts = indicesOf(latin1(b), /stream\r?\n/g);
  if (!starts.length) return flip(b, rng);
  const out = new Uint8Array(b);
  const at = starts[int(rng, starts.length)] + 8 + int(rng, 64);
  const len = 1 + int(rng, 256);
  for (let i = at; i < Math.min(out.length, at + len); i++) out[i] = int(rng, 256);
  return out;
}

/** Rewrites a stream's /Length (too short, too long, negative, huge). */
function damageLength(b: Uint8Array, rng: Rng): Uint8Array {
  const text = latin1(b);
  const spots = [...text.matchAll(/\/Length (\d+)/g)];
  if (!spots.length) return flip(b, rng);
  const m = spots[int(rng, spots.length)];
  const value = [0, -1, Number(m[1]) - 1 - int(rng, 100), Number(m[1]) * 10, 2 ** 31][int(rng, 5)];
  return bytes(text.slice(0, m.index!) + `/Length ${value}` + text.slice(m.index! + m[0].length));
}

/** Duplicates, removes or shifts entries of a classic xref table (or damages an xref stream). */
function damageXref(b: Uint8Array, rng: Rng): Uint8Array {
  const text = latin1(b);
  const entries = [...text.matchAll(/^\d{10} \d{5} [nf]\s*$/gm)];
  if (!entries.length) {
    const xs = text.lastIndexOf('/XRef');
    return xs < 0
      ? damageStream(b, rng)
      : bytes(text.slice(0, xs) + ['/XRfe', '/XRef /W [1 9 9]', '/XRef /Index [0 99999999]'][int(rng, 3)] + text.slice(xs + 5));
  }
  const m = entries[int(rng, entries.length)];
  const end = m.index! + m[0].length;
  const kind = int(rng, 3);
  if (kind === 0) return bytes(text.slice(0, end) + m[0] + text.slice(end)); // duplicated
  if (kind === 1) return bytes(text.slice(0, m.index!) + text.slice(end)); // removed
  const shifted = String(Math.max(0, Number(m[0].slice(0, 10)) + int(rng, 2001) - 1000)).padStart(10, '0');
  return bytes(text.slice(0, m.index!) + shifted + m[0].slice(10) + text.slice(end)); // points elsewhere
}

/** Points startxref somewhere wrong. */
function damageStartxref(b: Uint8Array, rng: Rng): Uint8Array {
  const text = latin1(b);
  const i = text.lastIndexOf('startxref');
  if (i < 0) return truncate(b, rng);
  return bytes(text.slice(0, i) + `startxref\n${int(rng, b.length * 2)}\n%%EOF\n`);
}

const TAG_SOUP = [
  '<table>',
  '</table>',
  '<tr>',
  '</td>',
  '<td colspan="999999">',
  '<td rowspan="-3">',
  '<!--',
  ']]>',
  '<script>',
  '&#xFFFFF;',
  '<th>合计</th>',
  '<td>1,234.56</td>',
  '<div>'.repeat(200),
];

function htmlSoup(b: Uint8Array, rng: Rng): Uint8Array {
  let text = Buffer.from(b).toString('utf8');
  const n = 1 + int(rng, 20);
  for (let i = 0; i < n; i++) {
    const at = int(rng, text.length);
    text = text.slice(0, at) + TAG_SOUP[int(rng, TAG_SOUP.length)] + text.slice(at);
  }
  return new Uint8Array(Buffer.from(text, 'utf8'));
}

function htmlCut(b: Uint8Array, rng: Rng): Uint8Array {
  const a = int(rng, b.length);
  const len = int(rng, Math.max(1, b.length - a));
  return new Uint8Array(Buffer.concat([b.subarray(0, a), b.subarray(a + len)]));
}

export const PDF_MUTATORS = { flip, shred, truncate, damageStream, damageLength, damageXref, damageStartxref } as const;
export const HTML_MUTATORS = { flip, truncate, htmlSoup, htmlCut } as const;

export function mutate(source: Uint8Array, isPdf: boolean, rng: Rng): { bytes: Uint8Array; mutators: string[] } {
  const table: Record<string, (b: Uint8Array, r: Rng) => Uint8Array> = isPdf ? PDF_MUTATORS : HTML_MUTATORS;
  const names = Object.keys(table);
  const rounds = 1 + int(rng, 3);
  let out = source;
  const used: string[] = [];
  for (let i = 0; i < rounds; i++) {
    const name = names[int(rng, names.length)];
    used.push(name);
    out = table[name](out, rng);
  }
  return { bytes: out, mutators: used };
}

export function pick<T>(xs: readonly T[], rng: Rng): T {
  return xs[int(rng, xs.length)];
}
