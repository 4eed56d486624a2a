import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Exercise } from '../../../domain/content/exercise-schema.ts';
import { adaptExercise, ownExerciseToMarkdown, type OwnExercise } from '../../../domain/content/own-exercise.ts';
import { CommonGroundDatabase } from '../../../renderer/src/data/database.ts';
import { Refusal } from '../../../renderer/src/data/errors.ts';
import { createOwnExerciseRepository, OwnExerciseRefusedError } from '../../../renderer/src/data/own-exercise-repository.ts';
import { createSessionRepository, systemClock } from '../../../renderer/src/data/session-repository.ts';
import { exportSessions, parseBackup, restoreBackup } from '../../../renderer/src/data/backup.ts';
import { inEnglish } from '../../support/storage-words.ts';
import { findSampleInstrument } from '../../support/sample-instrument.ts';
import { quickVault, TEST_PASSPHRASE } from '../../support/quick-vault.ts';
import { shippedExercises } from '../../support/shipped-content.ts';

// A facilitator's own exercises in storage: kept as their Markdown file's
// text, checked by the content check's validator before anything is
// written, and sealed by the vault like a session's records.

let shipped: Exercise[];
let indexedDB: IDBFactory;
let own: OwnExercise;

beforeAll(async () => {
  shipped = await shippedExercises();
});

beforeEach(() => {
  indexedDB = new IDBFactory();
  own = { ...adaptExercise(shipped[0]!, new Set()), title: 'Our own agreements, canary-own-77' };
});

const open = () => new CommonGroundDatabase(findSampleInstrument, 'own', { indexedDB, IDBKeyRange });

async function storedText(): Promise<string> {
  const raw = new Dexie('own', { indexedDB, IDBKeyRange });
  await raw.open();
  const rows = await raw.table('ownExercises').toArray();
  raw.close();
  return JSON.stringify(rows, (_key, value: unknown) => (value instanceof Uint8Array ? new TextDecoder('latin1').decode(value) : value));
}

describe('own exercises in storage', () => {
  it('keeps an exercise as its Markdown file and reads back the same exercise', async () => {
    const repository = createOwnExerciseRepository(open(), systemClock);
    await repository.save(own);
    expect(await repository.get(own.id)).toEqual(own);
    expect(await repository.list()).toEqual([own]);
    expect(await repository.markdownOf(own.id)).toBe(ownExerciseToMarkdown(own));
  });

  it('refuses an exercise that fails the content check, naming the field, and writes nothing', async () => {
    const repository = createOwnExerciseRepository(open(), systemClock);
    const noSafety = { ...own, safetyNotes: [] } as unknown as OwnExercise;
    const refusal = await repository.save(noSafety).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(OwnExerciseRefusedError);
    expect((refusal as OwnExerciseRefusedError).problems.map((problem) => problem.field)).toContain('safetyNotes');
    expect(await repository.list()).toEqual([]);
  });

  it('imports a shared file once, refuses the same id again, and refuses a damaged file', async () => {
    const repository = createOwnExerciseRepository(open(), systemClock);
    expect(await repository.importMarkdown(ownExerciseToMarkdown(own))).toEqual(own);
    await expect(repository.importMarkdown(ownExerciseToMarkdown(own))).rejects.toBeInstanceOf(Refusal);
    await expect(repository.importMarkdown('---\ntitle: [broken\n---\n')).rejects.toBeInstanceOf(OwnExerciseRefusedError);
    expect((await repository.list()).length).toBe(1);
  });

  it('is sealed with the vault on, including what was kept before it was turned on, and deleting a session leaves it readable', async () => {
    const db = open();
    const repository = createOwnExerciseRepository(db, systemClock);
    await repository.save(own);
    expect(await storedText()).toContain('canary-own-77');
    await quickVault(db).turnOn(TEST_PASSPHRASE);
    expect(await storedText()).not.toContain('canary-own-77');
    const second = { ...own, id: 'own-second', title: 'Second, canary-own-77' };
    await repository.save(second);
    expect(await storedText()).not.toContain('canary-own-77');

    const sessions = createSessionRepository(db, systemClock);
    await sessions.delete(await sessions.create('Planned and deleted'));
    const reopened = open();
    await quickVault(reopened).unlock(TEST_PASSPHRASE);
    expect((await createOwnExerciseRepository(reopened, systemClock).list()).map((exercise) => exercise.id)).toEqual([own.id, second.id]);
  });
});

describe('own exercises in backups', () => {
  it('a backup of everything carries them; restoring brings them back, keeps a changed one beside, or replaces it', async () => {
    const db = open();
    const repository = createOwnExerciseRepository(db, systemClock);
    await repository.save(own);
    const parsed = parseBackup(await exportSessions(db, 'all', 5), findSampleInstrument);
    if (!parsed.ok) throw new Error(inEnglish(parsed.refusal));
    expect(parsed.backup.ownExercises.map((record) => record.id)).toEqual([own.id]);

    await repository.remove(own.id);
    await restoreBackup(db, parsed.backup, 'keep-both', () => 'unused');
    expect(await repository.list()).toEqual([own]);

    // Changed here since the backup: "keep both" puts the backup's beside it under a new id, "replace" puts it back.
    await repository.save({ ...own, summary: 'Changed on this device since the backup.' });
    await restoreBackup(db, parsed.backup, 'keep-both', () => 'unused');
    const both = await repository.list();
    expect(both.map((exercise) => exercise.summary).sort()).toEqual([own.summary, 'Changed on this device since the backup.'].sort());
    expect(new Set(both.map((exercise) => exercise.id)).size).toBe(2);
    await restoreBackup(db, parsed.backup, 'replace', () => 'unused');
    expect((await repository.get(own.id))?.summary).toBe(own.summary);

    // A session's own backup carries none.
    const sessionId = await createSessionRepository(db, systemClock).create('One');
    const single = parseBackup(await exportSessions(db, [sessionId], 6), findSampleInstrument);
    expect(single.ok && single.backup.ownExercises).toEqual([]);
  });

  it('refuses a backup whose own exercise fails the content check, or names two under one id', async () => {
    const db = open();
    await createOwnExerciseRepository(db, systemClock).save(own);
    const text = await exportSessions(db, 'all', 5);
    const file = JSON.parse(text) as { ownExercises: { markdown: string }[] };
    const broken = {
      ...file,
      ownExercises: [{ ...file.ownExercises[0]!, markdown: file.ownExercises[0]!.markdown.replace(/safetyNotes:[\s\S]*?\n(?=\w)/, '') }],
    };
    const twice = { ...file, ownExercises: [file.ownExercises[0], file.ownExercises[0]] };
    for (const bad of [broken, twice]) {
      const result = parseBackup(JSON.stringify(bad), findSampleInstrument);
      expect(result.ok).toBe(false);
    }
  });
});
