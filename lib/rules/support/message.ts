// zh/en message templates with {placeholders}, filled from data (never pasted by hand).
import type { Lang, Localized } from '../types';

export type Messages = Record<string, Localized>;

export function format(template: string, data: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(data[k] ?? ''));
}

export function say(messages: Messages, id: string, lang: Lang, data: Record<string, string | number | undefined> = {}): string {
  const m = messages[id];
  if (!m) throw new Error(`missing message ${id}`);
  return format(m[lang], data);
}
