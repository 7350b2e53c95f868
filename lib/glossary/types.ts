// Shapes of the glossary data (assets/glossary, assets/codes) and of what the matcher returns.

export type TermCategory =
  | 'income'
  | 'expenditure'
  | 'carryover'
  | 'table-header'
  | 'three-public-costs'
  | 'operations'
  | 'procurement'
  | 'assets'
  | 'performance'
  | 'classification'
  | 'function'
  | 'document'
  | 'government'
  | 'code';

/** One reference entry: a term with its variants, our own Chinese definition and an English gloss. */
export interface GlossaryEntry {
  id: string; // "three-public-costs"; code entries are "code:2010301"
  term: string;
  aliases: string[];
  zh: string;
  en: string;
  category: TermCategory;
  related?: string[];
  codes?: string[];
  /** English names a reader may type ("basic expenditure"); searched like aliases. */
  enNames?: string[];
}

export type CodeScheme = 'func' | 'econ_dept' | 'econ_gov';
export type CodeLevel = '类' | '款' | '项';
/** [first year, last year]; last is null while the name is still current. */
export type YearRange = [number, number | null];

export interface CodeEvidence {
  file: string;
  page: number;
}

export interface CodeName {
  name: string;
  years: YearRange | null;
  evidence: CodeEvidence[];
  evidenceCount: number;
  sources: string[];
}

/** One row of assets/codes/*.json. */
export interface CodeRecord {
  code: string;
  level: CodeLevel;
  parent: string | null;
  name: string; // the newest name
  names: CodeName[];
  sources: string[];
}

export interface CodePathStep {
  code: string;
  level: CodeLevel;
  name: string | null; // null when the dictionary does not know this level
}

/** A code resolved against the dictionary, with the name valid in the asked year. */
export interface ResolvedCode {
  code: string;
  scheme: CodeScheme;
  level: CodeLevel;
  name: string;
  path: CodePathStep[];
  years: YearRange | null;
  /** The code's other names (older names or printed variants) with their years. */
  renames: { name: string; years: YearRange | null }[];
  /** True when the name comes from the regular 项 suffixes (01 行政运行 …), not from a source. */
  inferred?: boolean;
  sources: string[];
}

export type MatchedBy = 'exact' | 'alias' | 'code' | 'fuzzy';

export interface LookupHit {
  entry: GlossaryEntry;
  score: number; // 0..1, higher is better
  matchedBy: MatchedBy;
  code?: ResolvedCode;
}

export interface TermMark {
  start: number;
  end: number; // exclusive
  entryId: string;
}
