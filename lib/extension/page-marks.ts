// The reader's marks on a web page's findings. The overlay runs in the page's tab, where the
// extension's IndexedDB is out of reach, so it asks the background, which keeps the marks under the
// library entry of the sender's own page (never an entry the message names).
import * as v from 'valibot';
import { MARK_KINDS, type KeyedMark } from '../findings';

export const PAGE_MARKS = 'dlens:page-marks';

const TEXT_MAX = 2000;
const text = v.pipe(v.string(), v.maxLength(TEXT_MAX));
const KeyedMarkSchema = v.strictObject({
  key: v.pipe(text, v.minLength(1)),
  kind: v.picklist(MARK_KINDS),
  date: v.pipe(v.string(), v.isoTimestamp()),
  note: v.optional(text),
  rule: v.optional(v.pipe(v.string(), v.maxLength(20))),
  message: v.optional(text),
});
const PageMarksSchema = v.variant('op', [
  v.strictObject({ type: v.literal(PAGE_MARKS), op: v.literal('get') }),
  v.strictObject({ type: v.literal(PAGE_MARKS), op: v.literal('put'), mark: KeyedMarkSchema }),
  v.strictObject({ type: v.literal(PAGE_MARKS), op: v.literal('delete'), key: v.pipe(text, v.minLength(1)) }),
]);

export type PageMarksMessage =
  | { type: typeof PAGE_MARKS; op: 'get' }
  | { type: typeof PAGE_MARKS; op: 'put'; mark: KeyedMark }
  | { type: typeof PAGE_MARKS; op: 'delete'; key: string };

/** The background's answer: the page's marks after the operation, or why there are none. */
export type PageMarksReply = { ok: true; marks: KeyedMark[] } | { ok: false; error: string };

/** A page-marks message, or null for anything else (a malformed one included: nothing is written). */
export function parsePageMarks(msg: unknown): PageMarksMessage | null {
  if (typeof msg !== 'object' || msg === null || (msg as { type?: unknown }).type !== PAGE_MARKS) return null;
  const r = v.safeParse(PageMarksSchema, msg);
  return r.success ? (r.output as PageMarksMessage) : null;
}
