// What an imported library file may hold, checked by valibot before anything is written: wrong
// types are refused with one line naming the entry, and addresses are http(s) only.
import * as v from 'valibot';
import { STATUSES } from '../findings';

const KINDS = ['dept-budget', 'unit-budget', 'dept-final', 'unit-final', 'gov-budget', 'gov-final', 'other'] as const;
const TEXT_MAX = 2000;

const text = v.pipe(v.string(), v.maxLength(TEXT_MAX));
const httpUrl = v.pipe(v.string(), v.maxLength(TEXT_MAX), v.url(), v.regex(/^https?:\/\//i, 'not an http(s) address'));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

const finding = v.looseObject({
  id: v.optional(text),
  rule: text,
  status: v.picklist([...STATUSES, 'note']),
  message: v.optional(v.string()),
  values: v.optional(v.array(v.looseObject({ label: v.string() }))),
});

const model = v.looseObject({
  source: v.looseObject({ format: v.picklist(['pdf', 'html']), path: v.optional(v.string()) }),
  info: v.looseObject({
    kind: v.picklist(KINDS),
    year: v.optional(v.pipe(v.number(), v.integer())),
    department: v.optional(text),
  }),
  blocks: v.array(v.looseObject({})),
  tables: v.array(v.looseObject({ rows: v.optional(v.array(v.unknown())) })),
});

/** One exported entry (bytes as base64). */
export const ExportedEntrySchema = v.object({
  key: v.pipe(text, v.minLength(1)),
  department: v.optional(text),
  kind: v.picklist(KINDS),
  year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1949), v.maxValue(2200))),
  level: v.optional(v.picklist(['province', 'city', 'county'])),
  sourceUrl: v.optional(httpUrl),
  origin: v.optional(httpUrl),
  sha256: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))),
  sourceName: text,
  checkedAt: v.pipe(v.string(), v.isoTimestamp()),
  summary: v.object(Object.fromEntries(STATUSES.map((s) => [s, count])) as Record<(typeof STATUSES)[number], typeof count>),
  priorKey: v.optional(text),
  hasBytes: v.optional(v.boolean()),
  format: v.optional(v.picklist(['pdf', 'html'])),
  findings: v.array(finding),
  model,
  bytes: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'))),
});

export const LibraryFileSchema = v.object({
  schema: v.literal('dlens.library/1'),
  exported: v.optional(v.string()),
  entries: v.array(v.unknown()),
});

/** The first problem of an entry, in one line ("department: expected string"), or null. */
export function entryProblem(entry: unknown): string | null {
  const r = v.safeParse(ExportedEntrySchema, entry);
  if (r.success) return null;
  const issue = r.issues[0];
  const where = v.getDotPath(issue);
  return `${where ? `${where}: ` : ''}${issue.message.replace(/\s+/g, ' ')}`;
}
