// UI features registered by id: a root (the viewer, the overlay) renders the features of a slot,
// each inside its own FeatureBoundary, instead of wiring every feature by hand.
import type { ComponentChildren } from 'preact';

export interface Feature<Ctx> {
  id: string;
  /** Where the root places it (the root decides which slots it has). */
  slot: string;
  render: (ctx: Ctx) => ComponentChildren;
}

export function inSlot<F extends { slot: string }>(features: readonly F[], slot: string): F[] {
  return features.filter((f) => f.slot === slot);
}

/** Throws on a repeated id: the log names features by id, so ids must be unique. */
export function registry<F extends { id: string }>(features: F[]): readonly F[] {
  const seen = new Set<string>();
  for (const f of features) {
    if (seen.has(f.id)) throw new Error(`feature id "${f.id}" registered twice`);
    seen.add(f.id);
  }
  return features;
}
