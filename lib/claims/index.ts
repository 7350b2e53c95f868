// Numeric claims pulled from the narrative, each tied to its sentence and offsets.
import type { DisclosureDocument } from '../model';
import { splitSentences, type Sentence } from '../model';
import { collectQuantities, type Quantity } from './quantities';
import { collectParts, type PartsClaim } from './parts';
import { collectChanges, type ChangeClaim } from './change';
import { collectShares, type ShareClaim } from './share';
import { collectCompletions, type CompletionClaim } from './completion';
import { collectCounts, type CountClaim } from './count';
import { collectRatios, type RatioClaim } from './ratio';
import { collectRepeats, type RepeatClaim } from './repeats';

export interface Claims {
  sentences: Sentence[];
  quantities: Quantity[];
  parts: PartsClaim[];
  changes: ChangeClaim[];
  shares: ShareClaim[];
  completions: CompletionClaim[];
  counts: CountClaim[];
  ratios: RatioClaim[];
  repeats: RepeatClaim[];
}

export function extractClaims(doc: DisclosureDocument): Claims {
  const sentences = splitSentences(doc.blocks);
  const quantities = collectQuantities(doc, sentences);
  const parts = collectParts(doc, sentences, quantities);
  return {
    sentences,
    quantities,
    parts,
    changes: collectChanges(sentences, quantities),
    shares: collectShares(sentences, quantities),
    completions: collectCompletions(sentences, quantities),
    counts: collectCounts(doc, sentences, quantities),
    ratios: collectRatios(sentences, quantities),
    repeats: collectRepeats(quantities, new Set(parts.flatMap((p) => p.parts))),
  };
}

export type { Quantity, PartsClaim, ChangeClaim, ShareClaim, CompletionClaim, CountClaim, RatioClaim, RepeatClaim };
export { labelKey, inSentence } from './quantities';
export { directionOf } from './change';
