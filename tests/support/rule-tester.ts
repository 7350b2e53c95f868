// RuleTester (after ESLint's): a rule over small hand-made narratives, valid and invalid cases.
import { expect, it } from 'vitest';
import { checkDocument } from '../../lib/engine';
import { documentFromText } from '../../lib/model';
import type { Status } from '../../lib/rules';

/** A minimal disclosure frame so the text is identified as a 2025 department budget. */
const HEADER = '某市某局\n2025年度部门预算公开说明\n（三公经费 机关运行经费 政府采购 名词解释 基本支出 项目支出 一般公共预算 财政拨款）\n';

export interface Case {
  text: string;
  /** The statuses this rule must produce for the text, in any order. */
  expect: Status[];
  name?: string;
}

export function ruleCases(ruleId: string, cases: Case[]): void {
  for (const c of cases) {
    it(`${ruleId}: ${c.name ?? c.text.slice(0, 40)} → ${c.expect.join(', ') || 'nothing'}`, () => {
      const doc = documentFromText(HEADER + c.text, { format: 'txt' });
      const got = checkDocument(doc).findings.filter((f) => f.rule === ruleId).map((f) => f.status).sort();
      expect(got).toEqual([...c.expect].sort());
    });
  }
}
