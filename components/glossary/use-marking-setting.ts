// The "mark terms" switch, kept in storage.local so the viewer and the page overlay share it.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

const KEY = 'dlens.glossary.marks';

export function useMarkingSetting(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(true);
  useEffect(() => {
    browser.storage?.local
      .get(KEY)
      .then((v) => {
        if (typeof v[KEY] === 'boolean') setOn(v[KEY]);
      })
      .catch(() => {});
  }, []);
  const set = (next: boolean) => {
    setOn(next);
    void browser.storage?.local.set({ [KEY]: next }).catch(() => {});
  };
  return [on, set];
}
