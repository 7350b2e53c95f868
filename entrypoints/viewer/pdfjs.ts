// pdf.js as the viewer uses it: the worker ships as an extension asset, data files under /pdfjs/.
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { browser } from 'wxt/browser';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export { pdfjs };

export function pdfjsDataUrls() {
  const base = browser.runtime.getURL('/pdfjs/' as '/viewer.html');
  return {
    cMapUrl: `${base}cmaps/`,
    standardFontDataUrl: `${base}standard_fonts/`,
    wasmUrl: `${base}wasm/`,
    iccUrl: `${base}iccs/`,
  };
}

export function openPdf(bytes: Uint8Array, onPassword: (retry: boolean) => Promise<string>) {
  const urls = pdfjsDataUrls();
  const task = pdfjs.getDocument({ data: bytes, ...urls, cMapPacked: true, isEvalSupported: false });
  task.onPassword = (update: (pw: string) => void, reason: number) => {
    void onPassword(reason === pdfjs.PasswordResponses.INCORRECT_PASSWORD).then(update);
  };
  return task.promise;
}
