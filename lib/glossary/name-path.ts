// Function codes written as a name path, as disclosure glossaries print them:
// "一般公共服务（类）财政事务（款）行政运行（项）". Resolved level by level against the
// dictionary's names, allowing the usual shorthand (支出/事务 dropped, older names).
import type { CodeDictionary } from './codes';
import { normalizeKey } from './normalize';
import type { CodeLevel } from './types';

export interface NamePathStep {
  level: CodeLevel;
  name: string;
  code: string | null; // null when no dictionary name fits
}

// A step's name may itself hold a parenthesis that is not a level mark: 政府办公厅（室）及相关机构事务.
const STEP = /((?:[^（）()]|[（(][^类款项（）()][^（）()]*?[）)])+?)\s*[（(]\s*(类|款|项)\s*[）)]/gu;
/** 项 names that are the same under every 款 (domain notes §A.5). */
const REGULAR_ITEMS: Record<string, string> = { 行政运行: '01', 一般行政管理事务: '02', 机关服务: '03', 事业运行: '50' };

/** The (name, level) steps of a printed name path, or [] when the text has none. */
export function splitNamePath(text: string): { level: CodeLevel; name: string }[] {
  const steps: { level: CodeLevel; name: string }[] = [];
  for (const m of text.matchAll(STEP)) steps.push({ level: m[2] as CodeLevel, name: m[1].replace(/^[\s\d.．、，,：:；;]+/u, '').trim() });
  return steps;
}

const stripCore = (key: string) => key.replace(/(支出|事务)$/u, '');

/** Resolve each step under the code found for the step above it. */
export function resolveNamePath(text: string, dict: CodeDictionary): NamePathStep[] {
  const out: NamePathStep[] = [];
  let parent = '';
  for (const step of splitNamePath(text)) {
    const len = step.level === '类' ? 3 : step.level === '款' ? 5 : 7;
    const code = parent.length === len - (len === 3 ? 3 : 2) ? findChild(step.name, parent, len, dict) : null;
    out.push({ ...step, code });
    parent = code ?? '\u0000'; // an unresolved step leaves the ones below unresolved too
  }
  return out;
}

function findChild(name: string, parent: string, len: number, dict: CodeDictionary): string | null {
  const want = normalizeKey(name);
  const wantCore = stripCore(want);
  const candidates = dict.children(parent).filter((r) => r.code.length === len && r.code[0] === '2');
  // 1. exact name (any year); 2. same core (支出/事务 dropped); 3. one contains the other.
  // Containment is not used for 款: 医疗保障 must not fall into 医疗保障管理事务 (seed entry 26).
  const tests = [(k: string) => k === want, (k: string) => stripCore(k) === wantCore];
  if (len !== 5) tests.push((k: string) => k.includes(want) || wantCore.includes(stripCore(k)));
  for (const test of tests) {
    const hit = candidates.filter((r) => dict.nameKeys(r.code).some(test));
    if (hit.length) return hit.sort((a, b) => a.code.localeCompare(b.code))[0].code;
  }
  if (len === 7 && REGULAR_ITEMS[want]) return parent + REGULAR_ITEMS[want];
  if (len > 3 && want.startsWith('其他')) return parent + '99'.padStart(len - parent.length, '9');
  return null;
}
