import { describe, expect, it } from 'vitest';
import {
  dnrSubstitution,
  documentName,
  findingHref,
  parseViewerLocation,
  shareableFindingHref,
  viewerHref,
} from '../../../lib/extension/viewer-url';
import { isPdfResponse } from '../../../lib/extension/pdf-response';

describe('viewer URL', () => {
  it('round-trips a URL with query and #page through ?file=', () => {
    const href = viewerHref('chrome-extension://x/viewer.html', 'https://a.gov.cn/f.pdf?id=1&b=2#page=3', 'k-1');
    const u = new URL(href);
    expect(parseViewerLocation(u.search, u.hash)).toEqual({ url: 'https://a.gov.cn/f.pdf?id=1&b=2', page: 3, key: 'k-1', finding: null });
  });
  it('a viewer address made without the launch key carries none', () => {
    const u = new URL(viewerHref('chrome-extension://x/viewer.html', 'https://a.gov.cn/f.pdf'));
    expect(parseViewerLocation(u.search, u.hash).key).toBeNull();
    expect(parseViewerLocation('?DNR:https://a.gov.cn/f.pdf', '').key).toBeNull();
  });
  it('the DNR substitution carries the launch key ahead of the raw address', () => {
    const sub = dnrSubstitution('chrome-extension://x/viewer.html', 'abc-123');
    const search = sub.replace('chrome-extension://x/viewer.html', '').replace('\\0', 'https://a.gov.cn/f.pdf?a=1&k=evil');
    expect(parseViewerLocation(search, '')).toEqual({
      url: 'https://a.gov.cn/f.pdf?a=1&k=evil',
      page: null,
      key: 'abc-123',
      finding: null,
    });
  });
  it('reads the raw, unencoded URL a DNR redirect substitutes', () => {
    expect(parseViewerLocation('?DNR:https://a.gov.cn/x/预算.pdf?a=1&b=2', '#page=5')).toEqual({
      url: 'https://a.gov.cn/x/预算.pdf?a=1&b=2',
      page: 5,
      key: null,
      finding: null,
    });
  });
  it('refuses script URLs and opens empty without a file', () => {
    expect(parseViewerLocation('?file=javascript%3Aalert(1)', '').url).toBeNull();
    expect(parseViewerLocation('', '')).toEqual({ url: null, page: null, key: null, finding: null });
  });
  it('a shareable finding link is the document’s own address; the interception carries its fragment into the viewer', () => {
    const link = shareableFindingHref('https://a.gov.cn/f.pdf?id=1#page=2', 'N4:3')!;
    expect(link).toBe('https://a.gov.cn/f.pdf?id=1#dlens-finding=N4%3A3');
    // A DNR or webRequest redirect keeps the fragment of the address it came from.
    expect(parseViewerLocation('?k=abc&DNR:https://a.gov.cn/f.pdf?id=1', new URL(link).hash)).toEqual({
      url: 'https://a.gov.cn/f.pdf?id=1',
      page: null,
      key: 'abc',
      finding: 'N4:3',
    });
    // The fallback detector and the context menu hand over the whole address: the fragment is kept.
    const u = new URL(viewerHref('chrome-extension://x/viewer.html', `${link}&page=4`, 'k'));
    expect(parseViewerLocation(u.search, u.hash)).toMatchObject({ url: 'https://a.gov.cn/f.pdf?id=1', page: 4, finding: 'N4:3' });
    // A local file has no address to share.
    expect(shareableFindingHref('file:///tmp/x.pdf', 'N4:3')).toBeNull();
    expect(shareableFindingHref('blob:chrome-extension://x/123', 'N4:3')).toBeNull();
  });
  it('a link to one finding names the document and the finding id', () => {
    const u = new URL(findingHref('chrome-extension://x/viewer.html', 'https://a.gov.cn/f.pdf?id=1#page=2', 'N4:p21 三公'));
    expect(parseViewerLocation(u.search, u.hash)).toEqual({
      url: 'https://a.gov.cn/f.pdf?id=1',
      page: null,
      key: null,
      finding: 'N4:p21 三公',
    });
  });
  it('names the download after the last path segment', () => {
    expect(documentName('https://a.gov.cn/x/%E9%A2%84%E7%AE%97.pdf?x=1')).toBe('预算.pdf');
  });
});

describe('isPdfResponse', () => {
  it('accepts application/pdf with parameters and octet-stream .pdf, not HTML', () => {
    expect(isPdfResponse('https://a.gov.cn/get?id=1', 'application/pdf; charset=binary')).toBe(true);
    expect(isPdfResponse('https://a.gov.cn/a.PDF?x=1', 'application/octet-stream')).toBe(true);
    expect(isPdfResponse('https://a.gov.cn/get?id=1', 'application/octet-stream', 'attachment; filename="预算.pdf"')).toBe(true);
    expect(isPdfResponse('https://a.gov.cn/a.pdf', 'text/html')).toBe(false);
    expect(isPdfResponse('https://a.gov.cn/a.zip', 'application/octet-stream')).toBe(false);
  });
});
