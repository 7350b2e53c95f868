// How much of the document could be read and checked, above the findings: the headline, and on
// opening, one line per standard table and what was not checked.
import type { CheckReport } from '../lib/report';
import { coverageHeadline, coverageLines } from '../lib/report/coverage-text';
import type { Lang } from '../lib/rules';

export function CoverageNote({ report, lang }: { report: CheckReport; lang: Lang }) {
  const c = report.coverage;
  if (!c || !report.document.textLayer) return null;
  return (
    <details class="dl-coverage">
      <summary>{coverageHeadline(c, lang)}</summary>
      <pre class="dl-coverage-lines">{coverageLines(c, lang).join('\n')}</pre>
    </details>
  );
}
