// C1 (domain.md §A.6): every "比上年…" statement of this year against last year's document.
// A sentence that prints its own base ("2023年预算执行数为X…比2023年预算执行数增加p%") is compared on
// that base only; it is never recomputed against a different quantity of last year's document.
import { compareEqual, comparePercent, halfUlp, DEFAULT_TOLERANCE, type Operand } from '../amount';
import { directionOf } from '../claims';
import type { Finding } from '../rules';
import { say } from '../rules';
import { C1_MESSAGES as M } from '../rules';
import { quantityValue, textEvidence } from '../rules';
import { operandIn, fmt } from '../rules';
import { claimSubject, priorFigure, CONTEXT_CHARS } from './claims-prior';
import { isFinal, labelledIn } from './label';
import type { CheckInput, FindingDraft, C1Stats } from './checks';

/** The stated base is an outturn (执行数 / 决算数), not a budget. */
const OUTTURN = /执行|决算|实际/;

export function checkC1(input: CheckInput): FindingDraft[] {
  const { prior, current, priorClaims, currentClaims, items, lang } = input;
  const tol = input.tolerance ?? DEFAULT_TOLERANCE;
  const findings: FindingDraft[] = [];
  const priorYear = prior.info.year;
  for (const c of currentClaims.changes) {
    if ((!c.flat && !c.delta && !c.percent) || c.percent?.amount.kind === 'points') continue;
    if (c.frameYear && priorYear && c.frameYear !== priorYear) continue; // compared with another year
    const { subject: subj, current: cur } = claimSubject(currentClaims, c);
    const subject = subj || '—';
    const s = currentClaims.sentences[c.sentence];
    const evidence = [textEvidence(current, s.block, s.start, s.end)];
    const base = { rule: 'C1', formula: '', expected: null, actual: null, difference: null, tolerance: null, evidence };
    const where = (v: Finding['values'][number], block: number) => labelledIn(current, v, lang, current.blocks[block]);
    const values = [c.delta, c.percent].filter(Boolean).map((q) => where(quantityValue(current, q!), q!.block));
    const data: Record<string, string> = {
      subject,
      frame: c.frame,
      word: c.deltaWord ?? '',
      delta: c.delta?.amount.text ?? '',
      stated: c.percent?.amount.value.abs().toString() ?? '',
    };
    const unverifiable = (id: string, extra: Finding['values'] = []): FindingDraft => ({
      ...base,
      status: 'unverifiable',
      values: [...extra, ...values],
      messageId: id,
      message: say(M, id, lang, data),
    });

    // The sentence's own base: last year's 执行数 where last year's document is a budget.
    const ownBase = c.prior && (OUTTURN.test(c.prior.label) || c.basis === 'final') ? c.prior : undefined;
    if (ownBase && !isFinal(prior)) {
      data.base = ownBase.amount.text;
      data.baseWord =
        lang === 'zh' ? (/决算/.test(ownBase.label) ? '决算数' : '执行数') : /决算/.test(ownBase.label) ? 'final outturn' : 'execution';
      data.priorKind = lang === 'zh' ? '预算' : 'budget';
      findings.push(unverifiable('ownBaseOtherKind', [where(quantityValue(current, ownBase, '上年'), ownBase.block)]));
      continue;
    }
    // A budget compares with last year's budget; a 执行数/决算 frame needs last year's final account.
    if ((c.basis === 'final' && !isFinal(prior)) || (c.basis === 'budget' && isFinal(prior) && !isFinal(current))) {
      findings.push(unverifiable('otherKind'));
      continue;
    }
    if (!cur) {
      findings.push(unverifiable('noCurrent'));
      continue;
    }
    const unit = cur.amount.unit;
    const text = current.blocks[cur.block].text;
    const found = priorFigure(
      prior,
      priorClaims,
      items,
      subj,
      cur,
      unit,
      lang,
      text.slice(Math.max(0, cur.start - CONTEXT_CHARS), cur.start),
    );
    const curValue = where(quantityValue(current, cur, subj || cur.label), cur.block);
    if (!found) {
      findings.push(unverifiable('notFound', [curValue]));
      continue;
    }
    const sign = directionOf(c.deltaWord) ?? directionOf(c.percentWord) ?? 1;
    const v = operandIn(cur, unit);
    const actual = found.operand;
    const allValues = [curValue, ...values, found.value];
    const actText = `${fmt(actual.value, actual.decimals)} ${unit}`;
    Object.assign(data, { current: cur.amount.text, actual: actText });
    const verdictOf = (status: 'pass' | 'rounding' | 'fail', prefix = '') =>
      prefix ? `${prefix}${status[0].toUpperCase()}${status.slice(1)}` : status;

    if (c.prior) {
      // Last year's figure printed in the sentence itself (same kind as last year's document).
      const b = operandIn(c.prior, unit);
      const verdict = compareEqual(b, actual, tol);
      data.base = `${fmt(b.value, b.decimals)} ${unit}`;
      findings.push({
        ...base,
        status: found.absent && verdict.status === 'fail' ? 'unverifiable' : verdict.status,
        values: [where(quantityValue(current, c.prior, '上年'), c.prior.block), ...allValues],
        formula: `${data.base} = ${found.value.label}`,
        expected: data.base,
        actual: actText,
        difference: verdict.difference.toString(),
        tolerance: verdict.toleranceText[lang],
        messageId: found.absent && verdict.status === 'fail' ? 'notFound' : verdictOf(verdict.status, 'ownBase'),
        message: say(M, found.absent && verdict.status === 'fail' ? 'notFound' : verdictOf(verdict.status, 'ownBase'), lang, data),
      });
      continue;
    }
    if (c.flat) {
      const verdict = compareEqual(v, actual, tol);
      const change = actual.value.isZero() ? '—' : v.value.minus(actual.value).div(actual.value).times(100).toFixed(2);
      const status = verdict.status !== 'fail' ? verdict.status : /基本持平/.test(s.text) || found.absent ? 'unverifiable' : 'fail';
      findings.push({
        ...base,
        status,
        values: allValues,
        formula: `${fmt(v.value, v.decimals)} ${unit} = ${found.value.label}`,
        expected: actText,
        actual: `${fmt(v.value, v.decimals)} ${unit}`,
        difference: verdict.difference.toString(),
        tolerance: verdict.toleranceText[lang],
        messageId: status === 'unverifiable' ? (found.absent ? 'notFound' : 'nearlyFlat') : status === 'fail' ? 'flatFail' : 'flatPass',
        message: say(
          M,
          status === 'unverifiable' ? (found.absent ? 'notFound' : 'nearlyFlat') : status === 'fail' ? 'flatFail' : 'flatPass',
          lang,
          { ...data, computed: change },
        ),
      });
      continue;
    }
    if (c.delta) {
      const d = operandIn(c.delta, unit);
      const implied: Operand = {
        value: v.value.minus(d.value.times(sign)),
        decimals: Math.max(v.decimals, d.decimals),
        halfWidth: halfUlp(v).plus(halfUlp(d)),
      };
      const verdict = compareEqual(implied, actual, tol);
      data.implied = `${fmt(implied.value, implied.decimals)} ${unit}`;
      // A line renamed at the same code may have absorbed others (2018: 2040404/05/06 → 2040405);
      // a line absent from last year's tables may sit in one that was not read.
      const doubtful = verdict.status === 'fail' && (found.renamedFrom || found.absent);
      data.priorName = found.renamedFrom ?? '';
      findings.push({
        ...base,
        status: doubtful ? 'unverifiable' : verdict.status,
        values: allValues,
        formula: `${fmt(v.value, v.decimals)} − (${d.value.times(sign).toString()}) = ${data.implied}; ${found.value.label} = ${actText}`,
        expected: data.implied,
        actual: actText,
        difference: verdict.difference.toString(),
        tolerance: verdict.toleranceText[lang],
        messageId: doubtful ? (found.renamedFrom ? 'merged' : 'notFound') : verdict.status,
        message: say(M, doubtful ? (found.renamedFrom ? 'merged' : 'notFound') : verdict.status, lang, data),
      });
      continue;
    }
    if (actual.value.isZero()) {
      // "上年0万元…增加100%": no base to take a rate from — a presentation point, worded once here.
      findings.push({
        ...base,
        status: found.absent ? 'unverifiable' : 'warn',
        values: allValues,
        formula: `${found.value.label} = 0`,
        messageId: found.absent ? 'notFound' : 'zeroBase',
        message: say(M, found.absent ? 'notFound' : 'zeroBase', lang, data),
      });
      continue;
    }
    const stated = { value: c.percent!.amount.value.abs().times(sign), decimals: c.percent!.amount.decimals };
    const verdict = comparePercent(
      stated,
      { value: v.value.minus(actual.value), decimals: Math.max(v.decimals, actual.decimals), halfWidth: halfUlp(v).plus(halfUlp(actual)) },
      actual,
      tol,
    );
    const computed = verdict.computed.toFixed(2);
    findings.push({
      ...base,
      status: verdict.status,
      values: allValues,
      formula: `(${fmt(v.value, v.decimals)} − ${fmt(actual.value, actual.decimals)}) / ${fmt(actual.value, actual.decimals)} × 100 = ${computed}%`,
      expected: `${computed}%`,
      actual: `${stated.value.toString()}%`,
      difference: verdict.difference.toFixed(3),
      tolerance: verdict.toleranceText[lang],
      messageId: verdictOf(verdict.status, 'rate'),
      message: say(M, verdictOf(verdict.status, 'rate'), lang, { ...data, computed }),
    });
  }
  return findings;
}

/** Statements found, those with both years' figures (pass, rounding or fail), and their verdicts. */
export function c1Stats(findings: FindingDraft[]): C1Stats {
  const count = (s: string) => findings.filter((f) => f.status === s).length;
  const [pass, rounding, fail] = [count('pass'), count('rounding'), count('fail')];
  return { claims: findings.length, computable: pass + rounding + fail, pass, rounding, fail };
}
