// Asks for the password of an encrypted PDF; says so when the last one was wrong.
import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/rules';
import { strings } from '../../components/i18n';

export function PasswordPrompt({ lang, retry, onSubmit }: { lang: Lang; retry: boolean; onSubmit: (pw: string) => void }) {
  const t = strings(lang);
  const [pw, setPw] = useState('');
  return (
    <form
      class="dl-password"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(pw);
      }}
    >
      <label>
        <b>{t.passwordTitle}</b>
        {retry && <span class="dl-error"> {t.passwordWrong}</span>}
        <br />
        <input type="password" autoFocus value={pw} onInput={(e) => setPw((e.target as HTMLInputElement).value)} />
      </label>{' '}
      <button type="submit">{t.passwordSubmit}</button>
    </form>
  );
}
