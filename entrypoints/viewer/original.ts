// The original file, as it was downloaded: save it under its own name, print it, open it in the
// browser's own PDF viewer.
import { SKIP_MARKER } from '../../lib/extension';
import { downloadBytes } from '../../components/download';

export function saveOriginal(bytes: Uint8Array, name: string) {
  downloadBytes(name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`, bytes, 'application/pdf');
}

/** Prints the original PDF (not our rendering) through the browser's PDF viewer in a hidden frame;
 *  where the frame cannot be printed from here, opens the original in a new tab instead. */
export function printOriginal(bytes: Uint8Array) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
  document.querySelector('iframe[data-print-original]')?.remove();
  const frame = document.createElement('iframe');
  frame.dataset.printOriginal = '';
  frame.title = 'print';
  frame.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0';
  frame.src = url;
  frame.onload = () => {
    try {
      frame.contentWindow!.focus();
      frame.contentWindow!.print();
    } catch {
      open(url, '_blank');
    }
  };
  document.body.append(frame);
}

/** The document's own address with the marker that lets the browser's viewer have it. */
export function browserViewerHref(url: string): string {
  const [base, hash = ''] = url.split('#');
  return `${base}${base.includes('?') ? '&' : '?'}${SKIP_MARKER}${hash ? `#${hash}` : ''}`;
}
