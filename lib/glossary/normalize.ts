// Folding applied to queries, dictionary keys and running text before matching: quotes and
// spaces removed, ASCII parentheses made full-width, full-width digits and letters made ASCII.
// Traditional → Simplified conversion is separate (traditional.ts) because it is costly.

const QUOTES = /["'“”‘’「」『』〝〞]/g;
const SPACE = /[\s\u3000]+/g;

/** Full-width ASCII range (！…～) to ASCII, except the parentheses, which go the other way. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => (c === '（' || c === '）' ? c : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

export function normalizeKey(s: string): string {
  return toHalfWidth(s).replace(QUOTES, '').replace(SPACE, '').replace(/\(/g, '（').replace(/\)/g, '）').toLowerCase();
}

/** Same as normalizeKey but keeps string length, so offsets into the original text stay valid. */
export function foldForScan(s: string): string {
  return toHalfWidth(s).replace(/\(/g, '（').replace(/\)/g, '）');
}
