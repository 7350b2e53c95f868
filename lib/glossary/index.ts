// Glossary and classification-code explainer: reference terms, code dictionary, look-up,
// term marking in running text, and a document's own 名词解释 compared with the reference.
export { createGlossary, type Glossary, type LookupOptions } from './glossary';
export { CodeDictionary, parseCodeQuery, type ParsedCode } from './codes';
export { parseDocumentGlossary, type DocGlossaryEntry } from './document-glossary';
export {
  compareWithReference,
  describeContradiction,
  type CompareContext,
  type Contradiction,
  type GovLevel,
  type ReferenceComparison,
} from './compare';
export { resolveNamePath, splitNamePath, type NamePathStep } from './name-path';
export { normalizeKey } from './normalize';
export { REFERENCE_TERMS } from './terms';
export type * from './types';
