// A finding about a stretch of text (hygiene rules): no arithmetic, evidence only.
import type { DisclosureDocument } from '../../model';
import type { FindingDraft } from './sum-finding';
import type { MessageData, Status } from '../types';
import { anchorOf, textEvidence } from './anchor';

export function textFinding(
  doc: DisclosureDocument,
  rule: string,
  status: Status,
  messageId: string,
  data: MessageData,
  block: number,
  start: number,
  end: number,
): FindingDraft {
  const b = doc.blocks[block];
  const a = anchorOf(b, start, end);
  const from = Math.max(0, start - 12);
  return {
    rule,
    status,
    messageId,
    data,
    formula: '',
    values: [
      { label: 'text', text: b.text.slice(start, end), value: null, unit: '', page: a.page, bbox: a.bbox, node: a.node, start, end, block },
    ],
    expected: null,
    actual: b.text.slice(start, end),
    difference: null,
    tolerance: null,
    evidence: [{ ...textEvidence(doc, block, from, Math.min(b.text.length, end + 12)) }],
  };
}
