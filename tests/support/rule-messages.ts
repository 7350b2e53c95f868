// What is wrong with rules' `meta.messages` (message id → { zh, en }): a missing language, or zh and
// en that fill different placeholders (one language would drop a figure the other shows).
import type { Rule } from '../../lib/rules';

type Messages = Record<string, Partial<Record<'zh' | 'en', string>>>;

/** `{kind}` and `{kindEn}` name one datum worded per language. */
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+?)(?:Zh|En)?\}/g)].map((m) => m[1]))].sort().join(', ');

export function messageProblems(rules: Rule[]): string[] {
  const bad: string[] = [];
  for (const r of rules) {
    for (const [key, m] of Object.entries<Messages[string]>(r.meta.messages)) {
      const missing = (['zh', 'en'] as const).filter((l) => !m[l]?.trim());
      if (missing.length) bad.push(`${r.meta.id}.${key}: no ${missing.join(', ')}`);
      else if (placeholders(m.zh!) !== placeholders(m.en!))
        bad.push(`${r.meta.id}.${key}: zh {${placeholders(m.zh!)}} ≠ en {${placeholders(m.en!)}}`);
    }
  }
  return bad;
}
