// The UI language: the browser's preference first, then the user's choice (kept in storage).
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lang } from '../lib/rules';
import { defaultLang } from './i18n';

const KEY = 'dlens.lang';

export function useLang(): [Lang, () => void] {
  const [lang, setLang] = useState<Lang>(() => defaultLang(navigator.languages ?? [navigator.language]));
  useEffect(() => {
    browser.storage?.local
      .get(KEY)
      .then((v) => {
        if (v[KEY] === 'zh' || v[KEY] === 'en') setLang(v[KEY]);
      })
      .catch(() => {});
  }, []);
  const toggle = () => {
    const next: Lang = lang === 'zh' ? 'en' : 'zh';
    setLang(next);
    void browser.storage?.local.set({ [KEY]: next }).catch(() => {});
  };
  return [lang, toggle];
}
