// The rule catalogue as Markdown (docs/rules.md), generated from the registry so it cannot drift.
import { RULES } from '../index';
import { DEMOTED } from './run';

const KIND = { hard: 'hard (must hold up to rounding)', soft: 'soft (a break asks for an explanation)', hygiene: 'text hygiene' };

export function rulesMarkdown(): string {
  const lines = [
    '# Rules',
    '',
    'Generated from `lib/rules/index.ts` by `npm run docs:rules`; do not edit by hand.',
    'Identity ids (N…, Y…, W…, X…, C…) are those of `../shared/docs/domain.md` §A.6; T… are text counts, H… text hygiene.',
    '',
    '| id | kind | what it checks | 中文 |',
    '|---|---|---|---|',
  ];
  for (const r of [...RULES].sort((a, b) => a.meta.id.localeCompare(b.meta.id, 'en', { numeric: true }))) {
    const demoted = r.meta.id in DEMOTED ? ' — **demoted to `note`**' : '';
    lines.push(`| ${r.meta.id} | ${KIND[r.meta.kind]}${demoted} | ${r.meta.description.en} | ${r.meta.description.zh} |`);
  }
  lines.push(
    '',
    '## Demoted rules',
    '',
    'What these rules flag is a `note` (listed, collapsed, never counted) until the precision ledger (`npm run ledger`) shows them precise enough:',
    '',
  );
  for (const [id, why] of Object.entries(DEMOTED)) lines.push(`- **${id}**: ${why}`);
  return lines.join('\n') + '\n';
}
