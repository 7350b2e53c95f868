// The cap on one decoded PDF stream, read by the patched pdf.js (scripts/patch-pdfjs.mjs): a Flate
// bomb would otherwise inflate into typed arrays no heap limit sees. One document at a time per
// thread, so a global is enough; the CLI sets it from --max-memory.
interface StreamLimit {
  bytes: number;
  /** The size of the buffer that was refused, once the cap was hit. */
  hit?: number;
}

const slot = globalThis as { dlensStreamLimit?: StreamLimit };

/** Caps every decoded stream at `bytes` (null: no cap) and clears a previous hit. */
export function setStreamLimit(bytes: number | null): void {
  slot.dlensStreamLimit = bytes === null ? undefined : { bytes };
}

/** The refused buffer size when the cap was hit since setStreamLimit, else null. */
export function streamLimitHit(): number | null {
  return slot.dlensStreamLimit?.hit ?? null;
}
