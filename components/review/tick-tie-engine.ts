// What the tick and tie needs beyond the marks (the table reader, the sums, its panel), in a chunk of
// its own: the viewer loads it when the reader opens the tick-and-tie tab or has kept checks, so the
// first findings never wait for it (use-review.ts).
export { tickTie } from '../../lib/review/tick-tie';
export { picksInRect } from '../../lib/extension/pick-numbers';
export { TickTie } from './TickTie';
