// zh/en message templates with {placeholders}, filled from data (never pasted by hand).
import type { Lang, Messages, MessageData } from '../types';

export type { Messages } from '../types';

export function format(template: string, data: MessageData, lang: Lang = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = data[k];
    return String(typeof v === 'object' ? v[lang] : (v ?? ''));
  });
}

export function say(messages: Messages, id: string, lang: Lang, data: MessageData = {}): string {
  const m = messages[id];
  if (!m) throw new Error(`missing message ${id}`);
  return format(m[lang], data, lang);
}

/** The {placeholders} of a template, sorted (both languages of a message must name the same ones). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
