import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECK_IN_PANEL_ID } from './run-commands.ts';

interface CheckInDrawerProps {
  open: boolean;
  /** The round's state in one line (round-state.ts). */
  state: string;
  onClose: () => void;
  ref: Ref<HTMLDivElement>;
  /** The check-in panel itself (features/check-ins). */
  children: ReactNode;
}

/**
 * Where the run view keeps the check-in panel. Closed, the panel sits at the
 * end of the page, as it always has; open (K, or the Check-ins button), it
 * stands beside the script and stays in sight while the page scrolls, with
 * the round's state at its head. It is the same element either way, so a
 * half-filled form or an open round's controls survive the move. Not modal:
 * the run's keys and buttons keep working while it is open.
 */
export function CheckInDrawer({ open, state, onClose, ref, children }: CheckInDrawerProps) {
  const { t } = useTranslation('run');
  return (
    <div
      id={CHECK_IN_PANEL_ID}
      ref={ref}
      className={open ? 'run-drawer run-drawer--open' : 'run-drawer'}
      onKeyDown={(event) => {
        if (open && event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {open && (
        <div className="run-drawer__head">
          <p className="run-drawer__state" data-testid="drawer-round-state">
            {state}
          </p>
          <button
            type="button"
            className="button button--quiet run-drawer__close"
            onClick={onClose}
            aria-label={t('drawer.close')}
            title={t('drawer.closeTitle')}
            aria-keyshortcuts="Escape"
          >
            ×
          </button>
        </div>
      )}
      {children}
    </div>
  );
}
