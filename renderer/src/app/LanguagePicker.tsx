import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../host/host-context.tsx';
import { switchLanguage } from '../i18n/i18n.ts';
import { LANGUAGE_STORAGE_KEY, LANGUAGES, isLanguage } from '../i18n/languages.ts';

/** The app's language, chosen by the facilitator and kept on this device only; every screen follows at once. */
export function LanguagePicker() {
  const { t, i18n } = useTranslation('shell');
  const id = useId();
  const host = useHost();
  return (
    <p className="language-picker">
      <label htmlFor={id}>{t('language.label')}</label>{' '}
      <select
        id={id}
        value={isLanguage(i18n.language) ? i18n.language : 'en'}
        aria-description={t('language.choose')}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
          void switchLanguage(i18n, language);
          void host.setUiLanguage(language);
        }}
      >
        {Object.entries(LANGUAGES).map(([code, name]) => (
          <option key={code} value={code} lang={code}>
            {name}
          </option>
        ))}
      </select>
    </p>
  );
}
