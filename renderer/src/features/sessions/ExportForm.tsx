import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveOutcome } from '../../../../electron/ipc/contract.ts';
import { backups } from '../../data/app-database.ts';
import { reportFailure, reportingFailures } from '../../data/storage-errors.ts';
import { useHost } from '../../host/host-context.tsx';
import { vaultGate } from '../../data/vault-signal.ts';

/** The same as MIN_BACKUP_PASSPHRASE_LENGTH, which encryptBackup enforces; the domain module loads only when a file is protected. */
const MIN_PASSPHRASE_LENGTH = 10;

export function backupFileName(now: Date, what: string, protectedFile = false): string {
  return `common-ground-${what}-${now.toISOString().slice(0, 10)}.${protectedFile ? 'cgbackup' : 'json'}`;
}

/** The backup's cryptography (Argon2id, the cipher) loads only when a file is protected or opened. */
export const loadEncryptedBackups = () => import('../../../../domain/backup/encrypted-backup.ts');

export function useExportSessions() {
  const host = useHost();
  // Failures are reported where they happen (reading the sessions) or here (protecting or saving the file), in plain words.
  return async (sessionIds: readonly string[] | 'all', what: string, passphrase: string | null = null): Promise<SaveOutcome> => {
    const plain = await backups.export(sessionIds);
    const content =
      passphrase === null
        ? plain
        : await reportingFailures('protect the backup file', async () => {
            const [{ encryptBackup }, { calibrateKdf }] = await Promise.all([
              loadEncryptedBackups(),
              import('../../../../domain/vault/vault-crypto.ts'),
            ]);
            // About 0.7 s of Argon2id on this machine: slow for anyone guessing, quick enough for the person who knows it.
            return encryptBackup(plain, passphrase, await calibrateKdf());
          });
    const kind = passphrase === null ? 'json' : 'encrypted-backup';
    return reportingFailures('save the backup file', () =>
      host.saveTextFile({ suggestedName: backupFileName(new Date(), what, passphrase !== null), content, kind }),
    );
  };
}

export type ExportResult = 'saved' | 'saved-protected' | 'cancelled';

interface ExportFormProps {
  sessionIds: readonly string[] | 'all';
  /** In the file name: "backup", "session". */
  what: string;
  /** Says what is exported, e.g. "Export all sessions". */
  heading: string;
  onDone: (result: ExportResult) => void;
}

type Problem = { field: 'passphrase' | 'again'; message: string } | null;

/**
 * The choice made on every export: a plain file, or one protected with a
 * passphrase of its own. A backup on a USB stick is as exposed as the laptop.
 */
export function ExportForm({ sessionIds, what, heading, onDone }: ExportFormProps) {
  const { t } = useTranslation('sessions');
  const id = useId();
  const exportSessions = useExportSessions();
  // With the vault on, a readable copy would undo it: protection is the starting choice.
  const [protect, setProtect] = useState(() => vaultGate.get() === 'open');
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  const passphraseField = useRef<HTMLInputElement>(null);
  const againField = useRef<HTMLInputElement>(null);

  useEffect(() => first.current?.focus(), []);

  const refuse = (next: NonNullable<Problem>) => {
    setProblem(next);
    (next.field === 'passphrase' ? passphraseField : againField).current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (protect) {
      if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
        return refuse({ field: 'passphrase', message: t('export.tooShort', { min: MIN_PASSPHRASE_LENGTH }) });
      if (again !== passphrase) return refuse({ field: 'again', message: t('export.different') });
    }
    setProblem(null);
    setBusy(true);
    try {
      const outcome = await exportSessions(sessionIds, what, protect ? passphrase : null);
      onDone(outcome === 'cancelled' ? 'cancelled' : protect ? 'saved-protected' : 'saved');
    } catch (error) {
      // Reported where it happened, in plain words; the form stays as it was, to try again.
      reportFailure('save the backup file', error);
      setBusy(false);
    }
  };

  const problemId = `${id}-problem`;
  const describedBy = (field: 'passphrase' | 'again', hint?: string) =>
    [hint, problem?.field === field ? problemId : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <form className="export-choice" aria-labelledby={`${id}-heading`} aria-busy={busy} onSubmit={(event) => void submit(event)}>
      <h3 id={`${id}-heading`} className="export-choice__heading">
        {heading}
      </h3>
      <label className="checkbox">
        <input
          ref={first}
          type="checkbox"
          checked={protect}
          disabled={busy}
          onChange={(event) => {
            setProtect(event.target.checked);
            setProblem(null);
          }}
        />{' '}
        {t('export.protect')}
      </label>
      {protect && (
        <div className="export-choice__passphrase">
          <p className="export-choice__warning" id={`${id}-warning`}>
            {t('export.warning')}
          </p>
          <div className="field">
            <label htmlFor={`${id}-passphrase`}>{t('export.passphrase')}</label>
            <span className="field__hint" id={`${id}-hint`}>
              {t('export.hint', { min: MIN_PASSPHRASE_LENGTH })}
            </span>
            <input
              ref={passphraseField}
              id={`${id}-passphrase`}
              type="password"
              autoComplete="new-password"
              value={passphrase}
              readOnly={busy}
              aria-invalid={problem?.field === 'passphrase' || undefined}
              aria-describedby={describedBy('passphrase', `${id}-hint ${id}-warning`)}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-again`}>{t('export.again')}</label>
            <input
              ref={againField}
              id={`${id}-again`}
              type="password"
              autoComplete="new-password"
              value={again}
              readOnly={busy}
              aria-invalid={problem?.field === 'again' || undefined}
              aria-describedby={describedBy('again')}
              onChange={(event) => setAgain(event.target.value)}
            />
          </div>
          {problem && (
            <p className="backup-panel__error" id={problemId} role="alert">
              {problem.message}
            </p>
          )}
        </div>
      )}
      <div className="export-choice__actions">
        <button type="submit" className="button" disabled={busy}>
          {protect ? t('export.saveProtected') : t('export.save')}
        </button>
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => onDone('cancelled')}>
          {t('export.cancel')}
        </button>
        <span role="status" className="export-choice__busy">
          {busy && (protect ? t('export.protecting') : t('export.saving'))}
        </span>
      </div>
    </form>
  );
}
