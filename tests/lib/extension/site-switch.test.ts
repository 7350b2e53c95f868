// The per-site switch: which site an address belongs to, and which addresses a switched-off site covers.
import { describe, expect, it } from 'vitest';
import { isSiteOff, parseSitesOff, siteOf, withSite } from '../../../lib/extension/site-switch';

describe('site switch', () => {
  it('the site of an address is its host name; anything but http(s) has none', () => {
    expect(siteOf('https://czt.jiangsu.gov.cn/attach/2018/budget.pdf?x=1#page=2')).toBe('czt.jiangsu.gov.cn');
    expect(siteOf('HTTP://WWW.GZ.GOV.CN/a.pdf')).toBe('www.gz.gov.cn');
    expect(siteOf('file:///home/a.pdf')).toBeNull();
    expect(siteOf('javascript:alert(1)')).toBeNull();
    expect(siteOf(null)).toBeNull();
  });

  it('a switched-off site covers itself and its subdomains, not a look-alike or its parent', () => {
    const off = ['czt.jiangsu.gov.cn'];
    expect(isSiteOff('https://czt.jiangsu.gov.cn/a.pdf', off)).toBe(true);
    expect(isSiteOff('https://files.czt.jiangsu.gov.cn/a.pdf', off)).toBe(true);
    expect(isSiteOff('https://jiangsu.gov.cn/a.pdf', off)).toBe(false);
    expect(isSiteOff('https://xczt.jiangsu.gov.cn/a.pdf', off)).toBe(false);
    expect(isSiteOff('https://czt.jiangsu.gov.cn.evil.example/a.pdf', off)).toBe(false);
    expect(isSiteOff('https://czt.jiangsu.gov.cn/a.pdf', [])).toBe(false);
  });

  it('switching off and back on; the stored value keeps host names only', () => {
    const a = withSite([], 'www.gz.gov.cn', true);
    expect(a).toEqual(['www.gz.gov.cn']);
    expect(withSite(a, 'www.gz.gov.cn', true)).toEqual(['www.gz.gov.cn']);
    expect(withSite(withSite(a, 'czt.jiangsu.gov.cn', true), 'www.gz.gov.cn', false)).toEqual(['czt.jiangsu.gov.cn']);
    expect(parseSitesOff(['www.gz.gov.cn', 7, '<script>', 'a b', 'www.gz.gov.cn'])).toEqual(['www.gz.gov.cn']);
    expect(parseSitesOff('www.gz.gov.cn')).toEqual([]);
  });
});
