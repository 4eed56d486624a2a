import { useTranslation } from 'react-i18next';
import type { SaveState } from './useAutosavedText.ts';

/** A quiet, always-visible save state next to an autosaved field. */
export function SaveStatus({ state, id }: { state: SaveState; id?: string }) {
  const { t } = useTranslation('common');
  return (
    <span id={id} className={`save-status save-status--${state}`} aria-live="polite">
      {t(`save.${state}`)}
    </span>
  );
}
