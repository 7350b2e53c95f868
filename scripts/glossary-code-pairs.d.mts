// Types for glossary-code-pairs.mjs (used by tests/lib/glossary/codes.test.ts).
export interface CodePair {
  code: string;
  name: string;
  file: string;
  page: number;
  year: number | null;
}
export function normName(s: string): string;
export function yearOfFile(file: string): number | null;
export function pairsInText(text: string): { code: string; name: string }[];
export function harvestCorpus(sharedDir: string): CodePair[];
