// C1–C3 (domain.md §A.6): statements and figures of one year checked against another document.
import { compareEqual, comparePercent, halfUlp, DEFAULT_TOLERANCE, type Operand, type Tolerance } from '../amount';
import { directionOf, type Claims } from '../claims';
import type { DisclosureDocument } from '../model/types';
import type { Finding, Lang, Status } from '../rules/types';
import { quantityValue, textEvidence, operandIn, fmt } from '../rules';
import { tableViews, outlineOf, cellRef, cellValue, amountIn, type TableView, type Row } from '../tables';
import type { AlignedItem } from './align';
import { claimSubject, priorFigure, CONTEXT_CHARS } from './claims-prior';
import { normName } from './items';
import { isFinal, labelledIn } from './label';

export type FindingDraft = Omit<Finding, 'id'>;

export interface CheckInput {
  prior: DisclosureDocument;
  current: DisclosureDocument;
  priorClaims: Claims;
  currentClaims: Claims;
  items: AlignedItem[];
  lang: Lang;
  tolerance?: Tolerance;
}

/** Per-claim outcome counts of C1 (the must-show figures). */
export interface C1Stats {
  claims: number; // "比上年" statements with an amount or a rate
  computable: number; // with this year's figure and last year's found
  pass: number;
  rounding: number;
  fail: number;
}

const say = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);


/** One finding per "比上年" statement with an amount or a rate (C1Stats are counted from them). */
export function checkC1(input: CheckInput): FindingDraft[] {
  const { prior, current, priorClaims, currentClaims, items, lang } = input;
  const tol = input.tolerance ?? DEFAULT_TOLERANCE;
  const findings: FindingDraft[] = [];
  const priorYear = prior.info.year;
  for (const c of currentClaims.changes) {
    if (c.flat || (!c.delta && !c.percent) || c.percent?.amount.kind === 'points') continue;
    if (c.frameYear && priorYear && c.frameYear !== priorYear) continue; // compared with another year
    const { subject, current: cur } = claimSubject(currentClaims, c);
    const s = currentClaims.sentences[c.sentence];
    const evidence = [textEvidence(current, s.block, s.start, s.end)];
    const base = { rule: 'C1', formula: '', expected: null, actual: null, difference: null, tolerance: null, evidence };
    const where = (v: Finding['values'][number], block: number) => labelledIn(current, v, current.blocks[block]);
    const values = [c.delta, c.percent].filter(Boolean).map((q) => where(quantityValue(current, q!), q!.block));
    // A budget compares with last year's budget; a 执行数/决算 frame needs last year's final account.
    const kindMismatch = (c.basis === 'final' && !isFinal(prior)) || (c.basis === 'budget' && isFinal(prior) && !isFinal(current));
    if (kindMismatch || !cur) {
      findings.push({ ...base, status: 'unverifiable', values,
        message: kindMismatch
          ? say(lang, `${subject || '—'}：比较基准为「${c.frame}」，与上年文件种类不同，无法核对`, `${subject || '—'}: compared with "${c.frame}", a different kind of document than last year's`)
          : say(lang, `${subject || '—'}：找不到本年数，无法推算上年数`, `${subject || '—'}: this year's figure was not found, so last year's cannot be derived`) });
      continue;
    }
    const unit = cur.amount.unit;
    const text = current.blocks[cur.block].text;
    const found = priorFigure(prior, priorClaims, items, subject, cur, unit, text.slice(Math.max(0, cur.start - CONTEXT_CHARS), cur.start));
    const curValue = where(quantityValue(current, cur, subject || cur.label), cur.block);
    if (!found) {
      findings.push({ ...base, status: 'unverifiable', values: [curValue, ...values],
        message: say(lang, `${subject}：上年文件中找不到对应的数`, `${subject}: no matching figure in last year's document`) });
      continue;
    }
    const sign = directionOf(c.deltaWord) ?? directionOf(c.percentWord) ?? 1;
    const v = operandIn(cur, unit);
    const actual = found.operand;
    const allValues = [curValue, ...values, found.value];
    let f: FindingDraft;
    if (c.delta) {
      const d = operandIn(c.delta, unit);
      const implied: Operand = { value: v.value.minus(d.value.times(sign)), decimals: Math.max(v.decimals, d.decimals), halfWidth: halfUlp(v).plus(halfUlp(d)) };
      const verdict = compareEqual(implied, actual, tol);
      const implText = `${fmt(implied.value, implied.decimals)} ${unit}`;
      const actText = `${fmt(actual.value, actual.decimals)} ${unit}`;
      // A line renamed at the same code may have absorbed others (2018: 2040404/05/06 → 2040405).
      const merged = verdict.status === 'fail' && found.renamedFrom;
      f = {
        ...base, status: merged ? 'unverifiable' : verdict.status, values: allValues,
        formula: `${fmt(v.value, v.decimals)} − (${d.value.times(sign).toString()}) = ${implText}; ${found.value.label} = ${actText}`,
        expected: implText, actual: actText, difference: verdict.difference.toString(), tolerance: verdict.toleranceText[lang],
        message: merged
          ? say(lang, `${subject}：推算上年为 ${implText}；该科目上年名为「${found.renamedFrom}」（${actText}），口径可能已调整，无法直接核对`, `${subject}: implies last year ${implText}; the line was "${found.renamedFrom}" last year (${actText}) and may have changed scope`)
          : verdict.status === 'fail'
          ? say(lang, `${subject}：本年 ${cur.amount.text}${c.deltaWord}${c.delta.amount.text}，推算上年为 ${implText}，而上年文件为 ${actText}`, `${subject}: this year ${cur.amount.text} with a change of ${c.delta.amount.text} implies last year ${implText}, but last year's document prints ${actText}`)
          : say(lang, `${subject}：推算上年 ${implText} 与上年文件 ${actText} 相符`, `${subject}: the implied last-year figure ${implText} matches last year's document (${actText})`),
      };
    } else {
      const stated = { value: c.percent!.amount.value.abs().times(sign), decimals: c.percent!.amount.decimals };
      const verdict = comparePercent(stated, { value: v.value.minus(actual.value), decimals: Math.max(v.decimals, actual.decimals), halfWidth: halfUlp(v).plus(halfUlp(actual)) }, actual, tol);
      const computed = verdict.computed.isFinite() ? verdict.computed.toFixed(2) : '—';
      f = {
        ...base, status: verdict.status, values: allValues,
        formula: `(${fmt(v.value, v.decimals)} − ${fmt(actual.value, actual.decimals)}) / ${fmt(actual.value, actual.decimals)} × 100 = ${computed}%`,
        expected: `${computed}%`, actual: `${stated.value.toString()}%`, difference: verdict.computed.isFinite() ? verdict.difference.toFixed(3) : null, tolerance: verdict.toleranceText[lang],
        message: say(lang, `${subject}：按上年文件 ${fmt(actual.value, actual.decimals)} ${unit} 计算变动率为 ${computed}%，文中为 ${stated.value}%`, `${subject}: against last year's ${fmt(actual.value, actual.decimals)} ${unit} the change is ${computed}%; the text says ${stated.value}%`),
      };
    }
    findings.push(f);
  }
  return findings;
}

/** Outline lines under a heading ("年初结转和结余" → its 一般公共预算/政府性基金 lines), by fund. */
function carryLines(doc: DisclosureDocument, heading: RegExp): Map<string, { view: TableView; row: Row; col: number }> {
  const out = new Map<string, { view: TableView; row: Row; col: number }>();
  for (const view of tableViews(doc)) {
    if (view.role !== 'summary' && view.role !== 'fiscal-summary') continue;
    for (const block of view.blocks) {
      const col = block.amounts[0];
      if (col === undefined) continue;
      const outline = outlineOf(view, block, col);
      const at = outline.findIndex((o) => heading.test(normName(o.name)));
      if (at < 0) continue;
      const top = outline[at];
      const key = (name: string) => `${view.role}:${name}`;
      if (!out.has(key('合计'))) out.set(key('合计'), { view, row: top.cell.row, col });
      for (const o of outline.slice(at + 1)) {
        if (o.level <= top.level && o.kind !== 'detail') break;
        const fund = normName(o.name).replace(/^(其中)?/, '');
        if (!out.has(key(fund))) out.set(key(fund), { view, row: o.cell.row, col });
      }
    }
  }
  return out;
}

function equalFinding(rule: string, lang: Lang, what: string, a: { doc: DisclosureDocument; view: TableView; row: Row; col: number }, b: { doc: DisclosureDocument; view: TableView; row: Row; col: number }, tol: Tolerance): FindingDraft {
  const unit = a.view.unit || b.view.unit;
  const ra = cellRef(a.view, a.row, a.col), rb = cellRef(b.view, b.row, b.col);
  const va = amountIn(ra, unit), vb = amountIn(rb, unit);
  const verdict = compareEqual(va, vb, tol);
  const values = [
    labelledIn(a.doc, cellValue(ra), a.view.table),
    labelledIn(b.doc, cellValue(rb), b.view.table),
  ];
  const ta = `${fmt(va.value, va.decimals)} ${unit}`, tb = `${fmt(vb.value, vb.decimals)} ${unit}`;
  const status: Status = verdict.status;
  return {
    rule, status, values, table: b.view.table.id,
    formula: `${values[0].label} = ${values[1].label}`,
    expected: ta, actual: tb, difference: verdict.difference.toString(), tolerance: verdict.toleranceText[lang],
    evidence: [{ page: values[1].page, bbox: values[1].bbox, text: b.view.table.title }],
    message: status === 'fail'
      ? say(lang, `${what}：${ta} ≠ ${tb}`, `${what}: ${ta} ≠ ${tb}`)
      : say(lang, `${what}：两文件一致（${tb}）`, `${what}: both documents agree (${tb})`),
  };
}

/** C2: this year's 年初结转和结余 = last year's 年末结转和结余, per fund (final accounts of consecutive years). */
export function checkC2(input: CheckInput): FindingDraft[] {
  const tol = input.tolerance ?? DEFAULT_TOLERANCE;
  const opening = carryLines(input.current, /^年初结转和结余/);
  const closing = carryLines(input.prior, /^年末结转和结余/);
  const out: FindingDraft[] = [];
  for (const [key, cur] of opening) {
    const prev = closing.get(key);
    if (!prev) continue;
    out.push(equalFinding('C2', input.lang, say(input.lang, `年初结转和结余（${key}）与上年年末结转和结余`, `opening balance (${key}) vs last year's closing balance`),
      { doc: input.prior, ...prev }, { doc: input.current, ...cur }, tol));
  }
  return out;
}

const BUDGET_COLUMN = /年初预算/;

/** C3: a final account's 年初预算 column (F5 and the like) = the same year's budget, line by code. */
export function checkC3(input: CheckInput): FindingDraft[] {
  const tol = input.tolerance ?? DEFAULT_TOLERANCE;
  const budgetRows = new Map<string, { view: TableView; row: Row; col: number }>();
  for (const view of tableViews(input.prior)) {
    if (view.role !== 'gpb-expenditure') continue;
    const col = view.blocks[0]?.amounts[0];
    if (col === undefined) continue;
    for (const row of view.rows) {
      const key = `${view.role}:${row.code ?? (row.total ? '合计' : '')}`;
      if (!key.endsWith(':') && !budgetRows.has(key)) budgetRows.set(key, { view, row, col });
    }
  }
  const out: FindingDraft[] = [];
  for (const view of tableViews(input.current)) {
    if (view.role !== 'gpb-expenditure') continue;
    const col = view.columns.find((c) => c.kind === 'amount' && c.path.some((p) => BUDGET_COLUMN.test(p)))?.index;
    if (col === undefined) continue;
    for (const row of view.rows) {
      const key = `${view.role}:${row.code ?? (row.total ? '合计' : '')}`;
      const b = budgetRows.get(key);
      if (!b || key.endsWith(':')) continue;
      out.push(equalFinding('C3', input.lang, say(input.lang, `${row.code ?? ''}${row.name} 决算表年初预算数与当年预算`, `${row.code ?? ''} ${row.name}: the final account's 年初预算 vs the budget`),
        { doc: input.prior, ...b }, { doc: input.current, view, row, col }, tol));
    }
  }
  return out;
}


