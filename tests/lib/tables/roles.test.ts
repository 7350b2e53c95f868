import { describe, expect, it } from 'vitest';
import { roleOf } from '../../../lib/tables';

describe("roleOf (a table's standard role from its title)", () => {
  it.each([
    ['财政拨款收支总表', 'fiscal-summary'],
    ['财政拨款收入支出决算总表', 'fiscal-summary'],
    ['财政拨款收入支出决算表', 'fiscal-summary'],
    // Shanghai final accounts (putuo_caizhengju_2024_final): fund tables whose titles also read as 财政拨款收入支出决算表.
    ['政府性基金预算财政拨款收入支出决算表', 'fund'],
    ['国有资本经营预算财政拨款收入支出决算表', 'soe'],
    ['一般公共预算财政拨款基本支出决算表', 'gpb-basic'],
    ['一般公共预算财政拨款支出决算表', 'gpb-expenditure'],
    ['财政拨款“三公”经费支出决算表', 'three-public'],
    ['收入支出决算总表', 'summary'],
  ])('%s → %s', (title, role) => {
    expect(roleOf(title, '')).toBe(role);
  });
});
