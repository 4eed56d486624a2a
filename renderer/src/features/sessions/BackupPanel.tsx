import { useState, type ChangeEvent } from 'react';
import type { Backup } from '../../../../domain/backup/backup-format.ts';
import type { ConflictChoice } from '../../data/backup.ts';
import { backups } from '../../data/app-database.ts';
import { reportFailure, reportingFailures } from '../../data/storage-errors.ts';
import { useHost } from '../../host/host-context.tsx';

export function backupFileName(now: Date, what: string): string {
  return `common-ground-${what}-${now.toISOString().slice(0, 10)}.json`;
}

export function useExportSessions() {
  const host = useHost();
  // Failures are reported where they happen (reading the sessions) or here (saving the file), in plain words.
  return async (sessionIds: readonly string[] | 'all', what: string) => {
    const content = await backups.export(sessionIds);
    return reportingFailures('save the backup file', () =>
      host.saveTextFile({ suggestedName: backupFileName(new Date(), what), content, kind: 'json' }),
    );
  };
}

type RestoreState =
  | { step: 'idle' }
  | { step: 'refused'; message: string }
  | { step: 'conflict'; backup: Backup; titles: string[] }
  | { step: 'done'; count: number };

export function BackupPanel() {
  const exportSessions = useExportSessions();
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  const [exported, setExported] = useState('');

  const restore = async (backup: Backup, choice: ConflictChoice) => {
    try {
      const result = await backups.restore(backup, choice);
      setState(result.ok ? { step: 'done', count: result.count } : { step: 'refused', message: result.message });
    } catch (error) {
      reportFailure('restore the backup', error);
      setState({ step: 'idle' });
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const result = await backups.read(await file.text());
      if (!result.ok) return setState({ step: 'refused', message: result.message });
      if (result.conflicts.length > 0) return setState({ step: 'conflict', backup: result.backup, titles: result.conflicts });
      await restore(result.backup, 'keep-both');
    } catch (error) {
      // The file could not be read, or the data layer failed (and said so); nothing was restored.
      reportFailure('read the backup file', error);
    }
  };

  return (
    <section className="backup-panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Back up and restore</h2>
      <p className="field__hint">A backup is a file you keep. It holds your sessions and notes: store it somewhere only you can reach.</p>
      <div className="backup-panel__actions">
        <button
          type="button"
          className="button"
          onClick={() =>
            void exportSessions('all', 'backup')
              .then((outcome) => setExported(outcome === 'saved' ? 'Backup saved.' : ''))
              .catch(() => undefined)
          }
        >
          Export all sessions
        </button>
        <label className="button button--quiet file-button">
          Restore from a backup file…
          <input type="file" accept=".json,application/json" className="visually-hidden" onChange={(event) => void onFile(event)} />
        </label>
      </div>
      <div aria-live="polite">
        {exported && <p>{exported}</p>}
        {state.step === 'done' && (
          <p className="backup-panel__ok">Restored {state.count === 1 ? '1 session' : `${state.count} sessions`}.</p>
        )}
      </div>
      {state.step === 'refused' && (
        <p className="backup-panel__error" role="alert">
          Nothing was restored. {state.message}
        </p>
      )}
      {state.step === 'conflict' && (
        <div className="backup-panel__conflict" role="alertdialog" aria-labelledby="conflict-text">
          <p id="conflict-text">
            {state.titles.length === 1
              ? 'A session in this backup is already here'
              : `${state.titles.length} sessions in this backup are already here`}
            : {state.titles.map((title) => `“${title}”`).join(', ')}. Keep both, or replace the ones here with the backup?
          </p>
          <button type="button" className="button" onClick={() => void restore(state.backup, 'keep-both')}>
            Keep both
          </button>{' '}
          <button type="button" className="button button--danger" onClick={() => void restore(state.backup, 'replace')}>
            Replace
          </button>{' '}
          <button type="button" className="button button--quiet" onClick={() => setState({ step: 'idle' })}>
            Cancel
          </button>
        </div>
      )}
    </section>
  );
}
