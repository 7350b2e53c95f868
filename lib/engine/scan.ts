// The one finding a scanned document (no text layer) gets: it is a scan, and nothing was checked.
import type { DisclosureDocument } from '../model/types';
import type { Finding, Lang } from '../rules';

export function scanFinding(doc: DisclosureDocument, lang: Lang): Finding {
  return {
    id: 'SCAN:1',
    rule: 'SCAN',
    status: 'warn',
    message: lang === 'zh'
      ? `该文件是扫描件（${doc.info.pages} 页均无文字层），无法读取数字，未做任何核对`
      : `This document is a scan (none of its ${doc.info.pages} pages has a text layer); nothing could be read or checked`,
    formula: '',
    values: [],
    expected: null,
    actual: null,
    difference: null,
    tolerance: null,
    evidence: [{ page: 1, text: '' }],
  };
}
