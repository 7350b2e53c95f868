// Exact amounts: parsing printed numbers, units, and the rounding-tolerance policy.
export { default as Decimal } from 'decimal.js';
export * from './parse';
export * from './tolerance';
export * from './units';
export { chineseToDecimal } from './chinese';
export { toAsciiDigits, printedDecimals } from './digits';
