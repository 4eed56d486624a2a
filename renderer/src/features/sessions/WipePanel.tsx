import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { wipeEverything } from '../../data/app-database.ts';
import { useHost } from '../../host/host-context.tsx';
import { withdrawFromDisplays } from '../../run-engine/display-channel.ts';

/**
 * Deletes everything the app keeps on this device, after one deliberate
 * confirmation, and says plainly what that does and does not guarantee.
 */
export function WipePanel() {
  const host = useHost();
  const { t } = useTranslation('sessions');
  // The word to type is in the app's language: someone reading Spanish types "borrar".
  const confirmation = t('wipe.word');
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [state, setState] = useState<'idle' | 'wiping' | 'failed'>('idle');

  const wipe = async () => {
    setState('wiping');
    try {
      // A projector showing a session that is about to be wiped goes blank first.
      withdrawFromDisplays();
      await wipeEverything();
      const outcome = await host.wipeProfile();
      // The desktop app relaunches by itself; a browser tab starts again, empty.
      if (outcome === 'done') {
        window.location.hash = '#/sessions';
        window.location.reload();
      }
    } catch {
      setState('failed'); // the data layer has said what went wrong
    }
  };

  return (
    <section className="wipe-panel" aria-labelledby="wipe-heading">
      <h2 id="wipe-heading">{t('wipe.heading')}</h2>
      <p>{t('wipe.intro')}</p>
      {!open ? (
        <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
          {t('wipe.open')}
        </button>
      ) : (
        <form
          className="wipe-panel__confirm"
          aria-label={t('wipe.confirmLabel')}
          onSubmit={(event) => {
            event.preventDefault();
            if (typed.trim().toLowerCase() === confirmation) void wipe();
          }}
        >
          <p>
            <strong>{t('wipe.doesLabel')}</strong>
            {t('wipe.does')}
          </p>
          <p>
            <strong>{t('wipe.cannotLabel')}</strong>
            {t('wipe.cannot')}
          </p>
          <label>
            {t('wipe.type', { word: confirmation })}{' '}
            <input value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
          </label>
          <div className="wipe-panel__actions">
            <button
              type="submit"
              className="button button--danger"
              disabled={typed.trim().toLowerCase() !== confirmation || state === 'wiping'}
            >
              {state === 'wiping' ? t('wipe.wiping') : t('wipe.now')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setOpen(false);
                setTyped('');
              }}
            >
              {t('wipe.keep')}
            </button>
          </div>
          {state === 'failed' && <p role="alert">{t('wipe.failed')}</p>}
        </form>
      )}
    </section>
  );
}
