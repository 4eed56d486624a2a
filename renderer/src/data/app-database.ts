import { findCheckIn } from '../content/content-details.ts';
import { CHECK_IN_SUMMARIES, EXERCISES_BY_ID, loadExercise } from '../content/content-library.ts';
import { createCheckInRepository, type CheckInRepository } from './check-in-repository.ts';
import { CommonGroundDatabase } from './database.ts';
import { createRecordRepository, type RecordRepository } from './record-repository.ts';
import { createOwnExerciseRepository, type OwnExerciseRepository } from './own-exercise-repository.ts';
import { createOwnTemplateRepository, type OwnTemplateRepository } from './own-template-repository.ts';
import { createSessionRepository, systemClock, type SessionRepository } from './session-repository.ts';
import { reportingFailures, reportingRepository } from './storage-errors.ts';
import type { Backup } from '../../../domain/backup/backup-format.ts';
import type { ConflictChoice } from './backup.ts';
import { RestoreRefusedError, type Words } from './errors.ts';
import { createVaultControl } from './vault.ts';
import { onLockDropKeys, vaultGate } from './vault-signal.ts';

// The one database and the repositories the running app uses; screens reach
// stored data only through these (a lint rule keeps the database itself
// inside this folder). Every write is named here by what it does, so a
// failure is reported in plain words in one place. Tests build their own.

const appDatabase = new CommonGroundDatabase(findCheckIn);

/** The vault: turned on or off, unlocked and locked through this; the keys never leave the data layer. */
export const vault = createVaultControl(appDatabase);

onLockDropKeys(() => vault.lock());

// The app shell follows what the data layer learns (from this window or from the key ring in storage).
appDatabase.keeper.subscribe((state) => {
  // While the shell is still deciding whether to offer the first-run choice, it decides.
  if (state.kind === 'off' && vaultGate.get() !== 'checking' && vaultGate.get() !== 'choose') vaultGate.set('off');
  if (state.kind === 'locked') vaultGate.set('locked');
  if (state.kind === 'open') vaultGate.set('open');
});

export { storageAvailable } from './storage-available.ts';

export const sessions = reportingRepository<SessionRepository>(createSessionRepository(appDatabase), {
  orderedAgenda: null,
  get: null,
  list: null,
  withAgenda: null,
  bundles: null,
  bundle: null,
  prepNoteText: null,
  stepNoteText: null,
  create: 'create the session',
  updateDetails: 'save the session details',
  duplicate: 'copy the session',
  delete: 'delete the session',
  sweepExpired: 'delete the sessions past their "delete after" date',
  restore: 'restore the session',
  addItem: 'add to the agenda',
  insertAfter: 'add to the agenda',
  removeItem: 'remove the item',
  moveItem: 'move the item',
  setPlannedMinutes: 'change the minutes',
  saveRun: 'save where the session stands',
  saveSummarySettings: 'remember your summary choices',
  saveStepNote: 'save your note',
  setPrepNote: 'save your preparation note',
});

export const checkIns = reportingRepository<CheckInRepository>(createCheckInRepository(appDatabase, systemClock, findCheckIn), {
  openRound: null,
  answeringRound: null,
  subscribe: null,
  round: null,
  roundsOf: null,
  attachPhoneRounds: null,
  open: 'open the check-in round',
  setMethod: 'change how people answer',
  submitTurn: 'save your answers',
  addCounts: 'add the counts',
  addChangeRequests: 'add the counts',
  close: 'close the check-in round',
  closeRoundOf: 'close the check-in round',
  discard: 'discard the check-in round',
});

export const records = reportingRepository<RecordRepository>(createRecordRepository(appDatabase, systemClock), {
  reflectionsOf: null,
  actionsOf: null,
  saveReflection: 'save the reflection',
  addAction: 'add the action',
  updateAction: 'save the action',
  removeAction: 'remove the action',
});

export const ownExercises = reportingRepository<OwnExerciseRepository>(createOwnExerciseRepository(appDatabase, systemClock), {
  list: null,
  get: null,
  markdownOf: null,
  save: 'save the exercise',
  importMarkdown: 'add the exercise',
  remove: 'delete the exercise',
});

const shippedTargets = {
  exercises: EXERCISES_BY_ID,
  checkInIds: new Set(CHECK_IN_SUMMARIES.map((instrument) => instrument.id)),
  loadExercise,
};

export const ownTemplates = reportingRepository<OwnTemplateRepository>(
  createOwnTemplateRepository(appDatabase, systemClock, () => shippedTargets),
  {
    list: null,
    get: null,
    ids: null,
    markdownOf: null,
    check: null,
    checkShared: null,
    save: 'save the template',
    importShared: 'add the shared files',
    remove: 'delete the template',
  },
);

/** Backups carry the validator, so their code loads only when one is made or restored. */
export const backups = {
  async export(sessionIds: readonly string[] | 'all'): Promise<string> {
    const { exportSessions } = await import('./backup.ts');
    return reportingFailures('read the sessions to export', () => exportSessions(appDatabase, sessionIds, systemClock.now()));
  },
  async read(text: string) {
    const { parseBackup, conflictingSessions } = await import('./backup.ts');
    const result = parseBackup(text, findCheckIn);
    if (!result.ok) return result;
    const conflicts = await reportingFailures('read the sessions here', () => conflictingSessions(appDatabase, result.backup));
    return { ...result, conflicts };
  },
  /** A refusal (the backup cannot be restored as chosen) is the caller's to show; a storage failure is reported. */
  async restore(
    backup: Backup,
    choice: ConflictChoice,
    restoredSuffix?: string,
  ): Promise<{ ok: true; count: number } | { ok: false; refusal: Words }> {
    const { restoreBackup } = await import('./backup.ts');
    try {
      return { ok: true, count: await restoreBackup(appDatabase, backup, choice, systemClock.newId, restoredSuffix) };
    } catch (error) {
      if (error instanceof RestoreRefusedError) return { ok: false, refusal: error.words };
      return reportingFailures('restore the backup', () => Promise.reject(error));
    }
  },
};

/**
 * Deletes everything this app keeps in this browser profile: the database
 * (every session, note, result and action) and the app's local and session
 * storage (drafts being typed, a hand-around in progress). Other windows of
 * the app let go of the database when asked; there is no undo.
 */
export async function wipeEverything(): Promise<void> {
  await reportingFailures('wipe this device', async () => {
    appDatabase.close();
    await appDatabase.delete();
    globalThis.localStorage?.clear();
    globalThis.sessionStorage?.clear();
  });
}
