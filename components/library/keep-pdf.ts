// The "also keep the PDF itself in the library" setting (off by default), in storage.local.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

const KEY = 'dlens.library.keepPdf';

export async function readKeepPdf(): Promise<boolean> {
  try {
    return (await browser.storage?.local.get(KEY))?.[KEY] === true;
  } catch {
    return false;
  }
}

export function useKeepPdf(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(false);
  useEffect(() => void readKeepPdf().then(setOn), []);
  const set = (next: boolean) => {
    setOn(next);
    void browser.storage?.local.set({ [KEY]: next }).catch(() => {});
  };
  return [on, set];
}
