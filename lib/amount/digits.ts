// Character-level normalisation of printed numbers: full-width digits and signs, spaced digits.
const FULL_WIDTH_DIGIT = /[０-９]/g;

export function toAsciiDigits(s: string): string {
  return s
    .replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[％]/g, '%')
    .replace(/[−－﹣‐‑–]/g, '-')
    .replace(/[＋]/g, '+');
}

/** Number of digits after the decimal point as printed ("5.00" → 2, "20" → 0). */
export function printedDecimals(plain: string): number {
  const dot = plain.indexOf('.');
  return dot < 0 ? 0 : plain.length - dot - 1;
}
