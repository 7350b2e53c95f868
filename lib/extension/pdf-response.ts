// Whether a response is a PDF worth opening in the viewer (Firefox's webRequest path and the
// fallback detector use this; Chrome's DNR rules encode the same two cases).

/** True for application/pdf, and for octet-stream / attachment responses whose URL ends in .pdf. */
export function isPdfResponse(url: string, contentType: string, contentDisposition = ''): boolean {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'application/pdf') return true;
  const pdfName = /\.pdf$/i.test(url.replace(/[?#].*$/, '')) || /filename\*?=[^;]*\.pdf/i.test(contentDisposition);
  return pdfName && (type === 'application/octet-stream' || type === 'binary/octet-stream' || type === '');
}
