import { useTranslation } from 'react-i18next';

/** Says that the content beside it is the English original, in a language the app speaks but the content does not yet. */
export function NotTranslatedMark() {
  const { t } = useTranslation('common');
  return <span className="not-translated">{t('notTranslated')}</span>;
}
