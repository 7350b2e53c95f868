// Every rule file is registered, ids are unique, and docs/rules.md is current.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/rules';
import { rulesMarkdown } from '../../../lib/rules';
import { REPO } from '../../support/paths';

const RULE_FILE = /^[a-z]\d+-[a-z0-9-]+\.ts$/;

describe('rule registry', () => {
  it('registers every rule file exactly once, with unique ids and both languages', () => {
    const files = readdirSync(resolve(REPO, 'lib/rules')).filter((f) => RULE_FILE.test(f));
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const f of files) {
      const prefix = f.split('-')[0].toUpperCase();
      expect(
        ids.some((id) => id === prefix || id.startsWith(prefix)),
        `${f} is not registered`,
      ).toBe(true);
    }
    for (const r of RULES) {
      expect(r.meta.description.zh.length).toBeGreaterThan(4);
      expect(r.meta.description.en.length).toBeGreaterThan(10);
    }
  });

  it('docs/rules.md matches the registry (run npm run docs:rules)', () => {
    expect(readFileSync(resolve(REPO, 'docs/rules.md'), 'utf8')).toBe(rulesMarkdown());
  });
});
