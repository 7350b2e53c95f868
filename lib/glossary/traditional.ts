// Traditional → Simplified for look-ups typed in Traditional characters. Only the t2cn build of
// opencc-js is imported (≈100 kB, against 1.2 MB for the full one); the converter is built on
// first use so that creating a glossary stays fast.
import { Converter } from 'opencc-js/t2cn';

let convert: ((s: string) => string) | undefined;

/** Characters outside CJK never need converting; skip the converter for codes and ASCII. */
const HAS_CJK = /[\u3400-\u9fff]/;

export function toSimplified(s: string): string {
  if (!HAS_CJK.test(s)) return s;
  convert ??= Converter({ from: 'tw', to: 'cn' });
  return convert(s);
}
