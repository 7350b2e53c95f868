// Two printings of one exact amount: rounding the finer printing to the coarser precision must give
// the coarser one (half up; truncation tolerated, as some publishers truncate).
import { Decimal, type Amount } from '../../amount';

export function compareSamePrinting(a: Amount, b: Amount): boolean {
  if (a.unit !== b.unit) return false;
  const [fine, coarse] = a.decimals >= b.decimals ? [a, b] : [b, a];
  const rounded = fine.value.toDecimalPlaces(coarse.decimals, Decimal.ROUND_HALF_UP);
  const truncated = fine.value.toDecimalPlaces(coarse.decimals, Decimal.ROUND_DOWN);
  return rounded.eq(coarse.value) || truncated.eq(coarse.value);
}
