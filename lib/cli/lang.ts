// One language per run: --lang, else the locale (LC_ALL, LC_MESSAGES, LANG), else Chinese — the
// language of the documents. Help, errors and the report all follow it.
import type { Lang, Localized } from '../findings';

export function localeLang(env: NodeJS.ProcessEnv = process.env): Lang | undefined {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^zh/i.test(locale)) return 'zh';
  if (/^en/i.test(locale)) return 'en';
  return undefined;
}

/** The run's language from the raw arguments (before they are parsed, so that parse errors follow it too). */
export function runLang(argv: string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const given = i < 0 ? undefined : argv[i].includes('=') ? argv[i].slice(7) : argv[i + 1];
  if (given === 'zh' || given === 'en') return given;
  return localeLang(env) ?? 'zh';
}

/** A text in both languages; a plain string is the same in both (a path, a number). */
export type Words = Localized | string;

export function wordsIn(w: Words, lang: Lang): string {
  return typeof w === 'string' ? w : w[lang];
}

/** Both languages of one message: `say('无法读取', 'cannot read')`. */
export const both = (zh: string, en: string): Localized => ({ zh, en });
