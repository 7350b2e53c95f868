// Reads (code, name) pairs printed in the corpus disclosures' tables with pdftotext -layout.
// Shared by scripts/harvest-codes.mjs (builds the dictionary) and the code-coverage test.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** First three digits a classification code may start with (function 201–234, economic 30x/31x/399, 50x/51x/599). */
const FIRST3 = /^(2[0-3]\d|30\d|31[0-3]|399|50\d|51[0-4]|599)$/;
const NAME = String.raw`[\u4e00-\u9fff][\u4e00-\u9fff（）()、“”"—·/]*`;
// Printed forms: [2010301]行政运行 | 2010301-行政运行 | 201 03 01 行政运行 | 2010301 行政运行
const PATTERNS = [
  new RegExp(String.raw`\[(\d{3}|\d{5}|\d{7})\]\s*(${NAME})`, 'gu'),
  new RegExp(String.raw`(?<=^|\s)(\d{3})\s{1,8}(\d{2})(?:\s{1,8}(\d{2}))?\s{1,16}(${NAME})`, 'gu'),
  new RegExp(String.raw`(?<=^|\s)(\d{3}|\d{5}|\d{7})(?:\s{0,16}[-－]\s{0,4}|\s{0,16})(${NAME})`, 'gu'),
];
/** A number followed by one of these is a quantity in running text, not a code; a name starting with a
 * conjunction is the middle line of a wrapped cell (fs_guidaojiaotong_2019 p22: 21208 及对应专项债务收入安排). */
const NOT_A_NAME =
  /^(及|和|与|的|等|年|月|日|万|元|亿|千|个|人|次|项|辆|台|家|名|平|号|条|件|份|户|所|天|类|款|余|多|间|套|位|批|场|篇|期|张|本|分|岁|小时|公里|米|吨|部|册|余)/u;
/** Files that are not clean disclosures: negatives and the copy with planted errors. */
const SKIP_FILE = /^NEG_|MODIFIED|SCANNED/;
/** Pages whose rows put a unit, a procurement item or a project next to a code (Xi'an 综合预算 tables 12–15,
 * Beijing 2026 绩效目标 tables). */
const SKIP_PAGE = /单位编码|单位代码|采购项目|产出指标/;
/** Rows carrying a 政府采购目录 code (A02010104, C0806) are procurement rows naming a project, on pages that continue such a table. */
const SKIP_LINE = /[ABC]\d{4,}/;

export const normName = (s) => s.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）').replace(/["“”]/g, '');
export const schemeOf = (code) => (code[0] === '2' ? 'func' : code[0] === '3' ? 'econ_dept' : 'econ_gov');
export const levelOf = (code) => (code.length === 3 ? '类' : code.length === 5 ? '款' : '项');
export const parentOf = (code) => (code.length === 7 ? code.slice(0, 5) : code.length === 5 ? code.slice(0, 3) : null);

export function yearOfFile(file) {
  const m = /_(20\d\d)(?:_|\.)/.exec(file);
  return m ? Number(m[1]) : null;
}

/** All pairs on one page of layout text; each code once per occurrence. */
export function pairsInText(text) {
  const out = [];
  for (const line of text.split('\n')) {
    if (SKIP_LINE.test(line)) continue;
    const taken = []; // [start, end) spans already read by an earlier pattern
    for (const re of PATTERNS) {
      for (const m of line.matchAll(re)) {
        const start = m.index,
          end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        const code = m.length === 5 ? m[1] + m[2] + (m[3] ?? '') : m[1];
        const name = normName(m[m.length - 1]);
        if (!FIRST3.test(code.slice(0, 3)) || NOT_A_NAME.test(name) || name.length < 2) continue;
        taken.push([start, end]);
        out.push({ code, name });
      }
    }
  }
  return out;
}

/** pdftotext every corpus PDF (skipping negatives) and read its pairs with file, page and year. */
export function harvestCorpus(sharedDir) {
  const root = path.join(sharedDir, 'corpus/real');
  const pairs = [];
  for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(path.join(root, dir.name))
      .filter((f) => f.endsWith('.pdf') && !SKIP_FILE.test(f))
      .sort()) {
      const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path.join(root, dir.name, file), '-'], {
        encoding: 'utf8',
        maxBuffer: 64 << 20,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      const year = yearOfFile(file);
      text.split('\f').forEach((pageText, i) => {
        if (SKIP_PAGE.test(pageText)) return;
        for (const p of pairsInText(pageText)) pairs.push({ ...p, file, page: i + 1, year });
      });
    }
  }
  return pairs;
}
