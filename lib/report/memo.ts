// The Markdown review memo: the findings the reader confirmed (已核实), each with its formula, numbers,
// units, tolerance, page and a crop of the boxed region, ready to paste into a newsroom document.
// Strings only: the crops are rendered by the caller (the CLI with pdf.js + a canvas, the extension
// from its page render) and handed in as image links.
import type { BBox } from '../model';
import type { Finding, Lang } from '../findings';
import type { CheckReport } from './schema';
import { STATUS_WORD, WORDS, pageLabel } from './i18n';
import { findingBoxes } from './finding-boxes';

/** The region of a page a crop shows: the finding's boxes on its first boxed page, with a margin. */
export interface CropRegion {
  page: number;
  bbox: BBox;
  /** The finding's boxes inside it, to outline. */
  outline: BBox[];
}

// Points around the boxes: wide enough sideways that a cell is seen with its row's label and neighbours.
const MARGIN = { x: 120, y: 24 };

export const memoFindings = (report: CheckReport): Finding[] => report.findings.filter((f) => f.mark?.kind === 'confirmed');

export function cropRegion(f: Finding, margin = MARGIN): CropRegion | undefined {
  const boxes = findingBoxes(f);
  if (!boxes.length) return undefined;
  const page = boxes[0].page;
  const on = boxes.filter((b) => b.page === page).map((b) => b.bbox);
  return {
    page,
    bbox: [
      Math.min(...on.map((b) => b[0])) - margin.x,
      Math.min(...on.map((b) => b[1])) - margin.y,
      Math.max(...on.map((b) => b[2])) + margin.x,
      Math.max(...on.map((b) => b[3])) + margin.y,
    ],
    outline: on,
  };
}

const W = {
  title: { zh: '核查备忘', en: 'Review memo' },
  none: {
    zh: '尚无已核实的问题（在扩展中把问题标记为“已核实”后再导出）。',
    en: 'No confirmed findings yet (mark findings “confirmed” in the extension, then export).',
  },
  numbers: { zh: '数字', en: 'numbers' },
  difference: { zh: '差额', en: 'difference' },
  pages: { zh: '页码', en: 'page' },
  note: { zh: '核实说明', en: 'reviewer note' },
  confirmed: { zh: '核实日期', en: 'confirmed on' },
  seePage: { zh: '见原文{p}', en: 'see the original, {p}' },
  crop: { zh: '{p} 截图', en: '{p} crop' },
} as const;

const pagesOf = (f: Finding) => [...new Set([...f.values.map((v) => v.page), ...f.evidence.map((e) => e.page)])].sort((a, b) => a - b);
const md = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\n/g, ' ');

/**
 * `crops` maps a finding id to an image (a relative path or a data: URL) of its crop region; a
 * finding without one links its page instead.
 */
export function formatMemo(report: CheckReport, lang: Lang, crops: Map<string, string> = new Map()): string {
  const d = report.document;
  const doc = [d.department, d.year, WORDS.kind[d.kind][lang]].filter(Boolean).join(' ');
  const out = [`# ${W.title[lang]}${lang === 'zh' ? '：' : ': '}${doc}`, ''];
  out.push(
    `- ${lang === 'zh' ? '文件' : 'file'}: \`${report.source.path ?? ''}\`${report.source.sha256 ? ` (sha256 ${report.source.sha256.slice(0, 12)}…)` : ''}`,
  );
  const findings = memoFindings(report);
  if (!findings.length) return [...out, '', W.none[lang], ''].join('\n');
  findings.forEach((f, i) => {
    const pages = pagesOf(f)
      .map((p) => pageLabel(p, lang))
      .join(', ');
    out.push('', `## ${i + 1}. [${STATUS_WORD[f.status][lang]}] ${f.rule} · ${md(f.message)}`, '');
    out.push(`- ${W.pages[lang]}: ${pages}`);
    if (f.formula) out.push(`- ${WORDS.formula[lang]}: \`${f.formula}\``);
    if (f.values.length)
      out.push(
        `- ${W.numbers[lang]}: ${f.values.map((v) => `${md(v.label)} ${md(v.text)}${v.unit && !v.text.includes(v.unit) ? ` ${v.unit}` : ''} (${pageLabel(v.page, lang)})`).join('; ')}`,
      );
    if (f.difference) out.push(`- ${W.difference[lang]}: ${f.difference}`);
    if (f.tolerance) out.push(`- ${WORDS.tolerance[lang]}: ${md(f.tolerance)}`);
    out.push(`- ${W.confirmed[lang]}: ${f.mark!.date.slice(0, 10)}`);
    if (f.mark!.note) out.push(`- ${W.note[lang]}: ${md(f.mark!.note)}`);
    const region = cropRegion(f);
    const img = crops.get(f.id);
    const p = pageLabel(region?.page ?? pagesOf(f)[0] ?? 1, lang);
    out.push('', img ? `![${W.crop[lang].replace('{p}', p)}](${img})` : `*${W.seePage[lang].replace('{p}', p)}*`);
  });
  return out.join('\n') + '\n';
}
