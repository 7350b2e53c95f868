// The one finding a scanned document (no text layer) gets: it is a scan, and nothing was checked.
import type { DisclosureDocument } from '../model';
import type { Finding, Lang } from '../rules';
import { UNREADABLE } from '../findings';

export function scanFinding(doc: DisclosureDocument, lang: Lang): Finding {
  return {
    id: 'SCAN:1',
    rule: 'SCAN',
    status: 'warn',
    // Worded as the viewer's banner words it (lib/findings/unreadable.ts), with the page count.
    message: `${UNREADABLE.scan[lang]}${lang === 'zh' ? `（共 ${doc.info.pages} 页，均无文字层）` : ` (none of its ${doc.info.pages} pages has one)`}`,
    formula: '',
    values: [],
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
    evidence: [{ page: 1, text: '' }],
  };
}
