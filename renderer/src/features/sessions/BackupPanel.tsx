import { Suspense, useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Backup } from '../../../../domain/backup/backup-format.ts';
import type { ConflictChoice } from '../../data/backup.ts';
import { backups } from '../../data/app-database.ts';
import { reportFailure } from '../../data/storage-errors.ts';
import { sayStorage, type Words } from '../../data/errors.ts';
import { backupProblemWords } from '../../data/backup-problems.ts';
import { ExportForm, loadEncryptedBackups, type ExportResult } from './ExportForm.tsx';

type RestoreState =
  | { step: 'idle' }
  | { step: 'refused'; refusal: Words }
  /** The chosen file is protected: it is held here, unopened, until its passphrase opens it. */
  | { step: 'passphrase'; fileName: string; text: string; wrong: boolean; busy: boolean }
  | { step: 'conflict'; backup: Backup; titles: string[] }
  | { step: 'done'; count: number };

const EXPORTED = { saved: 'backup.saved', 'saved-protected': 'backup.savedProtected' } as const;

/** `canExport`: there is something to export (restoring is always offered). */
export function BackupPanel({ canExport }: { canExport: boolean }) {
  const { t } = useTranslation('sessions');
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const [exporting, setExporting] = useState(false);
  const [exported, setExported] = useState('');
  const exportButton = useRef<HTMLButtonElement>(null);

  const restore = async (backup: Backup, choice: ConflictChoice) => {
    try {
      // A session kept beside the one already here says it was restored, in the app's language.
      const result = await backups.restore(backup, choice, t('restoredSuffix'));
      setState(result.ok ? { step: 'done', count: result.count } : { step: 'refused', refusal: result.refusal });
    } catch (error) {
      reportFailure('restore the backup', error);
      setState({ step: 'idle' });
    }
  };

  /** The one way in for a backup's plain text, opened from a protected file or not: every check is made before anything is written. */
  const restoreText = async (text: string) => {
    const result = await backups.read(text);
    if (!result.ok) return setState({ step: 'refused', refusal: result.refusal });
    if (result.conflicts.length > 0) return setState({ step: 'conflict', backup: result.backup, titles: result.conflicts });
    await restore(result.backup, 'keep-both');
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const text = await file.text();
      const { isEncryptedBackup, readEncryptedBackup, EncryptedBackupError } = await loadEncryptedBackups();
      if (!isEncryptedBackup(text)) return await restoreText(text);
      try {
        // A damaged or newer file is refused before anyone is asked for a passphrase.
        readEncryptedBackup(text);
      } catch (error) {
        if (error instanceof EncryptedBackupError) return setState({ step: 'refused', refusal: backupProblemWords(error.problem) });
        throw error;
      }
      setState({ step: 'passphrase', fileName: file.name, text, wrong: false, busy: false });
    } catch (error) {
      // The file could not be read, or the data layer failed (and said so); nothing was restored.
      reportFailure('read the backup file', error);
    }
  };

  const closeExport = (result: ExportResult) => {
    setExporting(false);
    setExported(result === 'cancelled' ? '' : t(EXPORTED[result]));
    exportButton.current?.focus();
  };

  return (
    <section className="backup-panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('backup.heading')}</h2>
      <p className="field__hint">{t('backup.hint')}</p>
      <div className="backup-panel__actions">
        {canExport && (
          <button
            ref={exportButton}
            type="button"
            className="button"
            aria-expanded={exporting}
            onClick={() => {
              setExporting(!exporting);
              setExported('');
            }}
          >
            {t('backup.exportAll')}
          </button>
        )}
        <label className="button button--quiet file-button">
          {t('backup.restore')}
          <input
            type="file"
            accept=".json,.cgbackup,application/json"
            className="visually-hidden"
            onChange={(event) => void onFile(event)}
          />
        </label>
      </div>
      {exporting && <ExportForm sessionIds="all" what="backup" heading={t('export.allHeading')} onDone={closeExport} />}
      <div aria-live="polite">
        {exported && <p>{exported}</p>}
        {state.step === 'done' && <p className="backup-panel__ok">{t('backup.restored', { count: state.count })}</p>}
      </div>
      {state.step === 'refused' && (
        <Suspense fallback={null}>
          <RestoreRefused refusal={state.refusal} />
        </Suspense>
      )}
      {state.step === 'passphrase' && (
        <UnlockForm
          key={state.text}
          state={state}
          onCancel={() => setState({ step: 'idle' })}
          onSubmit={async (passphrase) => {
            setState({ ...state, busy: true });
            const { decryptBackup } = await loadEncryptedBackups();
            const { WrongPassphraseError } = await import('../../../../domain/vault/vault-crypto.ts');
            let plain: string;
            try {
              plain = await decryptBackup(state.text, passphrase);
            } catch (error) {
              if (error instanceof WrongPassphraseError) return setState({ ...state, wrong: true, busy: false });
              reportFailure('open the backup file', error);
              return setState({ step: 'idle' });
            }
            await restoreText(plain).catch((error: unknown) => {
              reportFailure('read the backup file', error);
              setState({ step: 'idle' });
            });
          }}
        />
      )}
      {state.step === 'conflict' && (
        <div className="backup-panel__conflict" role="alertdialog" aria-labelledby="conflict-text">
          <p id="conflict-text">
            {t('backup.conflict', { count: state.titles.length, titles: state.titles.map((title) => `“${title}”`).join(', ') })}
          </p>
          <button type="button" className="button" onClick={() => void restore(state.backup, 'keep-both')}>
            {t('backup.keepBoth')}
          </button>{' '}
          <button type="button" className="button button--danger" onClick={() => void restore(state.backup, 'replace')}>
            {t('backup.replace')}
          </button>{' '}
          <button type="button" className="button button--quiet" onClick={() => setState({ step: 'idle' })}>
            {t('backup.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}

/** Why nothing was restored, in the storage catalog's words and the content check's for a field (both fetched when a refusal is first shown). */
function RestoreRefused({ refusal }: { refusal: Words }) {
  const { t, i18n } = useTranslation(['sessions', 'storage', 'contentCheck']);
  return (
    <p className="backup-panel__error" role="alert">
      {t('backup.refused', { message: sayStorage(t, refusal, i18n.language) })}
    </p>
  );
}

interface UnlockFormProps {
  state: { fileName: string; wrong: boolean; busy: boolean };
  onSubmit: (passphrase: string) => Promise<void>;
  onCancel: () => void;
}

/** Asks for a protected backup's passphrase; a wrong one keeps the file chosen, to try again. */
function UnlockForm({ state, onSubmit, onCancel }: UnlockFormProps) {
  const { t } = useTranslation('sessions');
  const [passphrase, setPassphrase] = useState('');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.busy) return;
    field.current?.focus();
    if (state.wrong) field.current?.select();
  }, [state.wrong, state.busy]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!state.busy && passphrase !== '') void onSubmit(passphrase);
  };

  return (
    <form className="backup-panel__unlock" aria-labelledby="unlock-heading" aria-busy={state.busy} onSubmit={submit}>
      <p id="unlock-heading">
        <Trans t={t} i18nKey="backup.protectedFile" values={{ name: state.fileName }} components={[<strong key="name" />]} />
      </p>
      <div className="field">
        <label htmlFor="unlock-passphrase">{t('backup.passphrase')}</label>
        <input
          ref={field}
          id="unlock-passphrase"
          type="password"
          autoComplete="off"
          value={passphrase}
          readOnly={state.busy}
          aria-invalid={state.wrong || undefined}
          aria-describedby={state.wrong ? 'unlock-wrong' : undefined}
          onChange={(event) => setPassphrase(event.target.value)}
        />
      </div>
      {state.wrong && !state.busy && (
        <p className="backup-panel__error" id="unlock-wrong" role="alert">
          {t('backup.wrong')}
        </p>
      )}
      <div className="export-choice__actions">
        <button type="submit" className="button" disabled={state.busy}>
          {t('backup.open')}
        </button>
        <button type="button" className="button button--quiet" disabled={state.busy} onClick={onCancel}>
          {t('backup.cancel')}
        </button>
        <span role="status" className="export-choice__busy">
          {state.busy && t('backup.opening')}
        </span>
      </div>
    </form>
  );
}
