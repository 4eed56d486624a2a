import {
  MAX_BACKUP_BYTES,
  bundleProblem,
  parseBackup as parseBackupFile,
  serializeBackup,
  type Backup,
  type SessionBundle,
} from '../../../domain/backup/backup-format.ts';
import { SESSION_TABLE_NAMES, freshIds, remapBundle } from '../../../domain/sessions/session-references.ts';
import type { CommonGroundDatabase, OwnExerciseRecord, OwnTemplateRecord } from './database.ts';
import { backupProblemWords, fieldIssueWords } from './backup-problems.ts';
import { ExportRefusedError, RestoreRefusedError, quoted, type Words } from './errors.ts';
import { readBundles } from './session-bundles.ts';
import { suffixedTitle } from '../../../domain/sessions/session-vocabulary.ts';

// Loaded on demand (it carries the validator): export and restore whole sessions.

/** A backup file's text, checked in full: the backup, or why it is refused (in the storage catalog's words). */
export function parseBackup(
  text: string,
  findInstrument: Parameters<typeof parseBackupFile>[1],
): { ok: true; backup: Backup } | { ok: false; refusal: Words } {
  const result = parseBackupFile(text, findInstrument);
  return result.ok ? result : { ok: false, refusal: backupProblemWords(result.problem) };
}

/**
 * The backup file for these sessions. It is checked as a restore would check
 * it before it is handed over, so a file the app writes is one it can read
 * back: a session that does not fit the backup format (a field too long, too
 * many of something) is named instead of being written unrestorable.
 */
export async function exportSessions(db: CommonGroundDatabase, sessionIds: readonly string[] | 'all', now: number): Promise<string> {
  const bundles = await readBundles(db, sessionIds);
  for (const bundle of bundles) {
    const problem = bundleProblem(bundle);
    if (problem) {
      throw new ExportRefusedError(fieldIssueWords('export.cannot-back-up', problem, { title: bundle.session.title }));
    }
  }
  // A backup of everything carries the facilitator's own exercises too; a session's own backup carries its own copy of them.
  const own =
    sessionIds === 'all'
      ? { exercises: await db.ownExercises.orderBy('id').toArray(), templates: await db.ownTemplates.orderBy('id').toArray() }
      : undefined;
  const text = serializeBackup(bundles, now, own);
  if (text.length > MAX_BACKUP_BYTES) throw new ExportRefusedError({ key: 'export.too-large' });
  return text;
}

export type ConflictChoice = 'keep-both' | 'replace';

/** For each table, which of the backup's record ids are already taken on this device, and by which session. */
async function takenIds(db: CommonGroundDatabase, backup: Backup): Promise<Map<string, Map<string, string>>> {
  const taken = new Map<string, Map<string, string>>();
  const sessions = await db.sessions.bulkGet(backup.sessions.map((bundle) => bundle.session.id));
  taken.set('sessions', new Map(sessions.filter((s) => s !== undefined).map((s) => [s.id, s.id])));
  for (const table of SESSION_TABLE_NAMES) {
    const ids = backup.sessions.flatMap((bundle) => bundle[table].map((record) => record.id));
    const found: ({ id: string; sessionId: string } | undefined)[] = await db.table(table).bulkGet(ids);
    taken.set(table, new Map(found.filter((row) => row !== undefined).map((row) => [row.id, row.sessionId])));
  }
  return taken;
}

/** The sessions on this device that a bundle's ids would collide with: its own id, or any of its records'. */
function collisions(bundle: SessionBundle, taken: Map<string, Map<string, string>>): Set<string> {
  const owners = new Set<string>();
  const sessionOwner = taken.get('sessions')!.get(bundle.session.id);
  if (sessionOwner) owners.add(sessionOwner);
  for (const table of SESSION_TABLE_NAMES) {
    for (const record of bundle[table]) {
      const owner = taken.get(table)!.get(record.id);
      if (owner) owners.add(owner);
    }
  }
  return owners;
}

/** Titles of the backup's sessions that are already here, or whose records share ids with sessions here. */
export async function conflictingSessions(db: CommonGroundDatabase, backup: Backup): Promise<string[]> {
  const taken = await takenIds(db, backup);
  return backup.sessions.filter((bundle) => collisions(bundle, taken).size > 0).map((bundle) => bundle.session.title);
}

interface RestorePlan {
  /** Sessions on this device to delete first, with all they own. */
  replacing: string[];
  bundles: SessionBundle[];
}

/**
 * Decides everything before anything is written: which sessions are put
 * beside what is here under new ids, which replace a session here, and
 * whether any record would collide with one already on this device.
 */
async function planRestore(
  db: CommonGroundDatabase,
  backup: Backup,
  choice: ConflictChoice,
  newId: () => string,
  restoredSuffix: string,
): Promise<RestorePlan> {
  const taken = await takenIds(db, backup);
  const plan: RestorePlan = { replacing: [], bundles: [] };
  for (const bundle of backup.sessions) {
    const owners = collisions(bundle, taken);
    if (owners.size === 0) {
      plan.bundles.push(bundle);
    } else if (choice === 'keep-both') {
      const copy = remapBundle(bundle, freshIds(newId));
      plan.bundles.push({ ...copy, session: { ...copy.session, title: suffixedTitle(bundle.session.title, restoredSuffix) } });
    } else {
      const others = [...owners].filter((owner) => owner !== bundle.session.id);
      if (others.length > 0) {
        const titles = (await db.sessions.bulkGet(others)).map((session) => quoted(session?.title ?? { key: 'restore.deleted-session' }));
        throw new RestoreRefusedError({ key: 'restore.shares-records', values: { title: bundle.session.title, others: titles } });
      }
      plan.replacing.push(bundle.session.id);
      plan.bundles.push(bundle);
    }
  }
  return plan;
}

/**
 * The backup's own exercises and templates against those here: one with the
 * same id and the same text is already here; one with the same id and other
 * text replaces it ("replace") or is kept beside it under a new id ("keep
 * both"), and a template kept beside names the exercises kept beside.
 */
async function planOwnLibrary(
  db: CommonGroundDatabase,
  backup: Backup,
  choice: ConflictChoice,
): Promise<{ exercises: OwnExerciseRecord[]; templates: OwnTemplateRecord[] }> {
  if (backup.ownExercises.length === 0 && backup.ownTemplates.length === 0) return { exercises: [], templates: [] };
  const [{ newOwnId, ownExerciseFromMarkdown, ownExerciseToMarkdown }, { ownTemplateFileProblems, renameTemplateExercises }] =
    await Promise.all([import('../../../domain/content/own-exercise.ts'), import('../../../domain/content/own-template.ts')]);
  const [hereExercises, hereTemplates] = await Promise.all([db.ownExercises.toArray(), db.ownTemplates.toArray()]);
  const taken = new Set([...hereExercises, ...hereTemplates, ...backup.ownExercises, ...backup.ownTemplates].map((record) => record.id));
  const renamed = new Map<string, string>();
  const exercises: OwnExerciseRecord[] = [];
  for (const record of backup.ownExercises) {
    const existing = hereExercises.find((other) => other.id === record.id);
    if (!existing || choice === 'replace') exercises.push(record);
    else if (existing.markdown !== record.markdown) {
      const checked = ownExerciseFromMarkdown(record.markdown);
      if (!checked.ok) throw new RestoreRefusedError({ key: 'restore.own-fails.exercise', values: { id: record.id } });
      const id = newOwnId(taken);
      taken.add(id);
      renamed.set(record.id, id);
      exercises.push({ ...record, id, markdown: ownExerciseToMarkdown({ ...checked.exercise, id }) });
    }
  }
  const templates: OwnTemplateRecord[] = [];
  for (const record of backup.ownTemplates) {
    const existing = hereTemplates.find((other) => other.id === record.id);
    const { template } = ownTemplateFileProblems(record.markdown);
    if (!template) throw new RestoreRefusedError({ key: 'restore.own-fails.template', values: { id: record.id } });
    const keptBeside = existing !== undefined && choice === 'keep-both' && existing.markdown !== record.markdown;
    if (existing && !keptBeside && choice === 'keep-both') continue; // the same template is already here
    const id = keptBeside ? newOwnId(taken) : record.id;
    taken.add(id);
    const names = template.agenda.some((item) => item.kind === 'exercise' && renamed.has(item.exercise));
    templates.push(keptBeside || names ? { ...record, id, markdown: renameTemplateExercises(template, renamed, id) } : record);
  }
  return { exercises, templates };
}

/**
 * Writes a validated backup in one transaction: every check is made before
 * the first write, and either every session is restored or nothing changes.
 * Sessions whose ids are already taken here are either restored beside what
 * is here under new ids, or replace the session of the same id.
 */
export async function restoreBackup(
  db: CommonGroundDatabase,
  backup: Backup,
  choice: ConflictChoice,
  newId: () => string,
  restoredSuffix = ' (restored)',
): Promise<number> {
  const tables = db.sessionTables();
  // Everything is decided first, outside the transaction: the own exercises' checks load their code on demand.
  const own = await planOwnLibrary(db, backup, choice);
  await db.transaction('rw', [db.sessions, db.ownExercises, db.ownTemplates, ...tables], async () => {
    const plan = await planRestore(db, backup, choice, newId, restoredSuffix);
    for (const sessionId of plan.replacing) await db.removeSession(sessionId);
    for (const bundle of plan.bundles) {
      await db.sessions.add(bundle.session);
      for (const table of SESSION_TABLE_NAMES) await db.table(table).bulkAdd(bundle[table]);
    }
    await db.ownExercises.bulkPut(own.exercises);
    await db.ownTemplates.bulkPut(own.templates);
  });
  return backup.sessions.length;
}
