// Chinese numerals (一千二百, 两千, 十三, 百分之十三) → decimal strings, via nzh.
import nzh from 'nzh';

export const CN_DIGITS = '零〇一二两三四五六七八九十百千万亿点';
const CN_RUN = new RegExp(`^[${CN_DIGITS}]+$`);

/** Returns the value as a plain decimal string, or null when it is not a well-formed numeral. */
export function chineseToDecimal(text: string): string | null {
  if (!CN_RUN.test(text)) return null;
  // nzh reads 二 but not 两, and 零 but not 〇.
  const normal = text.replace(/两/g, '二').replace(/〇/g, '零');
  if (/^[零]+$/.test(normal)) return '0';
  const value = nzh.cn.decodeS(normal);
  const s = String(value);
  if (!/^\d+(\.\d+)?$/.test(s) || (s === '0' && normal !== '零')) return null;
  return s;
}
