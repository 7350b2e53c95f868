// The reference glossary (assets/glossary/terms.json): our own definitions of the recurring
// terms of budget disclosures, with the variants they are printed under.
import termsJson from '../../assets/glossary/terms.json';
import type { GlossaryEntry } from './types';

export const REFERENCE_TERMS: readonly GlossaryEntry[] = termsJson as GlossaryEntry[];

export function termById(id: string): GlossaryEntry | undefined {
  return REFERENCE_TERMS.find((t) => t.id === id);
}
