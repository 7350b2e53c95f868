// Where the shared corpus and the built CLI are, from any test file.
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';

export const REPO = resolve(__dirname, '../..');
export const SHARED = resolve(REPO, '../shared');
export const SEED = resolve(SHARED, 'seed/000_dbc8ed1467b6d47b.txt');
export const CORPUS = resolve(SHARED, 'corpus/real');
export const CLI = resolve(REPO, 'bin/dlens.mjs');
export const hasShared = existsSync(SEED);
