import { useTranslation } from 'react-i18next';
import type { LockNotice } from './note-editor.ts';

/**
 * Says when another window is editing the field, and when it is free again.
 * It is always in the page, empty when there is nothing to say, so screen
 * readers announce each change (politely: typing elsewhere is not an alarm).
 * Give its id to the field's aria-describedby.
 */
export function NoteLockNotice({ notice, id }: { notice: LockNotice; id: string }) {
  const { t } = useTranslation('common');
  return (
    <p id={id} role="status" className={notice ? `note-lock-notice note-lock-notice--${notice}` : 'note-lock-notice'}>
      {notice ? t(`noteLock.${notice}`) : null}
    </p>
  );
}
