// The reader's review: marks per finding (by the ledger's finding key) and tick-and-tie sums.
export * from './marks';
export * from './tick-tie';
