// One glossary per page (building it indexes every term and code: a few milliseconds, logged).
import { createGlossary, type Glossary } from '../../lib/glossary';

let glossary: Glossary | undefined;

export function sharedGlossary(): Glossary {
  if (!glossary) {
    const t0 = performance.now();
    glossary = createGlossary();
    console.info(`[dlens] glossary: built in ${(performance.now() - t0).toFixed(1)} ms`);
  }
  return glossary;
}
