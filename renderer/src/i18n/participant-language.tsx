import { useMemo, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';

// What participants see (the participant display, the hand-around, the
// printed summary) can be in another language than the facilitator's own
// screens: a session may name the language its room is shown it in. Inside
// <ParticipantLanguage>, every useTranslation speaks that language: an i18n
// instance cloned from the app's, sharing its catalogs (each loaded once) and
// its options (the pseudo-language included), differing only in language.

/** The i18n instance that speaks `language`; the app's own when it is null or the same. */
export function useParticipantI18n(language: string | null | undefined): I18n {
  const { i18n } = useTranslation();
  const appLanguage = i18n.language;
  return useMemo(
    () => (!language || language === appLanguage ? i18n : i18n.cloneInstance({ lng: language, initAsync: false })),
    [i18n, appLanguage, language],
  );
}

/** Everything inside speaks `language` (null: the app's language), and says so to assistive technology. */
export function ParticipantLanguage({ language, children }: { language: string | null | undefined; children: ReactNode }) {
  const i18n = useParticipantI18n(language);
  return (
    <I18nextProvider i18n={i18n}>
      <div lang={language ?? undefined} className="language-scope">
        {children}
      </div>
    </I18nextProvider>
  );
}
