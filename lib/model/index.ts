// The document model and what is derived directly from it.
export * from './types';
export { splitSentences, type Sentence } from './sentences';
export { documentFromText, blockKind } from './from-text';
export { identifyDocument, levelOf } from './identity';
