import { useModalDialog } from '../../ui/useModalDialog.ts';
import { useTranslation } from 'react-i18next';
import { RUN_COMMANDS, helpOf, keysForPeople } from './run-commands.ts';

/**
 * The list of keyboard shortcuts, as a modal dialog: it opens in view with
 * focus inside, Esc or Close shuts it, and the browser puts focus back
 * where it was.
 */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('run');
  const dialog = useModalDialog(open);
  return (
    <dialog ref={dialog} className="shortcuts shortcuts-dialog" aria-labelledby="shortcuts-heading" onClose={onClose}>
      <h2 id="shortcuts-heading">{t('shortcuts.title')}</h2>
      <dl>
        {RUN_COMMANDS.map((command) => (
          <div key={command.help}>
            <dt>
              <kbd>{keysForPeople(command)}</kbd>
            </dt>
            <dd>{helpOf(command)}</dd>
          </div>
        ))}
      </dl>
      <p className="shortcuts-dialog__close">
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t('shortcuts.close')}
        </button>
      </p>
    </dialog>
  );
}
