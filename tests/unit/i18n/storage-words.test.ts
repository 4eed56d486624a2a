import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupProblem } from '../../../domain/backup/backup-format.ts';
import type { EncryptedBackupProblem } from '../../../domain/backup/encrypted-backup.ts';
import { backupProblemWords } from '../../../renderer/src/data/backup-problems.ts';
import {
  ActionGoneError,
  ItemGoneError,
  MixedMethodsError,
  quoted,
  Refusal,
  RoundClosedError,
  sayRefusalsWith,
  VaultLockedError,
} from '../../../renderer/src/data/errors.ts';
import { describeStorageError, STORAGE_ACTIONS } from '../../../renderer/src/data/storage-errors.ts';
import { inEnglish, inLanguage } from '../../support/storage-words.ts';

// The data layer names what to say (a key of the storage catalog and its
// values) and the screens say it. In English every sentence reads word for
// word as it did when the data layer held the words itself; in Spanish the
// pieces (what was being done, why it was refused) sit inside whole Spanish
// sentences.

const quota = () => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });

describe('the storage catalog', () => {
  it('has words for every action a write can be named by, and for nothing else', async () => {
    const file = path.resolve(import.meta.dirname, '../../../renderer/src/locales/en/storage.json');
    const { action } = JSON.parse(await readFile(file, 'utf8')) as { action: Record<string, string> };
    expect(Object.keys(action).sort()).toEqual([...STORAGE_ACTIONS].sort());
    for (const name of STORAGE_ACTIONS) {
      expect(action[name], name).toBe(name); // the English words are the name itself
      expect(name, 'i18next would read a dot or a colon as a separator').not.toMatch(/[.:]/);
    }
  });
});

describe('a storage failure, in English', () => {
  beforeEach(() => vi.stubGlobal('indexedDB', {}));
  afterEach(() => vi.unstubAllGlobals());

  it('reads as it did, whatever went wrong', () => {
    expect(inEnglish(describeStorageError('save your preparation note', quota()))).toBe(
      'Could not save your preparation note: this device has no storage space left for Common Ground. Free some space, or export a backup and delete old sessions, then try again. What you typed is still on screen.',
    );
    expect(inEnglish(describeStorageError('save the action', Object.assign(new Error('closed'), { name: 'DatabaseClosedError' })))).toBe(
      "Could not save the action: the app's storage is not available (it may be blocked by private browsing or browser settings). What you typed is still on screen; do not close the app until it is saved.",
    );
    expect(inEnglish(describeStorageError('add the counts', new TypeError('boom')))).toBe(
      'Could not add the counts. What you typed is still on screen; try again in a moment. (TypeError: boom)',
    );
    expect(inEnglish(describeStorageError('save your answers', new RoundClosedError()))).toBe(
      'Could not save your answers. This check-in round has already been closed, so nothing more can be added to it.',
    );
    // A refusal still worded where it is made (not yet in a catalog) is shown as it is.
    expect(inEnglish(describeStorageError('save the template', new Refusal('A template with the id “x” is already kept here.')))).toBe(
      'Could not save the template. A template with the id “x” is already kept here.',
    );
  });

  it('says once, whatever was being done, that this browser cannot store anything', () => {
    vi.stubGlobal('indexedDB', undefined);
    const said = inEnglish(describeStorageError('keep your sessions', new Error('IndexedDB is not available in this browser.')));
    expect(said).toBe(
      'This browser cannot store data, so Common Ground cannot keep anything you type here. To keep your work, use the desktop app, or open this page in an up-to-date Firefox, Chrome, Edge or Safari, outside a private window.',
    );
    expect(inEnglish(describeStorageError('save your note', quota()))).toBe(said);
  });
});

describe('a refusal, in English', () => {
  it.each([
    [
      new MixedMethodsError('device'),
      'People have already answered this round on the device, so counts cannot be added to it. Open another round for the cards or slips.',
    ],
    [
      new MixedMethodsError('counts'),
      'Counts from cards or slips are already in this round, so it cannot also be answered on the device. Open another round for that.',
    ],
    [
      new MixedMethodsError('phones'),
      'This round is being answered on phones, so it cannot also be answered on the device or on slips. Close it, or open another round for that.',
    ],
    [new RoundClosedError(), 'This check-in round has already been closed, so nothing more can be added to it.'],
    [
      new ItemGoneError('item'),
      'That part of the plan was removed, in this window or another, so what was typed for it here was not kept. It is still on screen if you want to copy it.',
    ],
    [new ItemGoneError('session'), 'That session was deleted, in this window or another, so this was not kept.'],
    [
      new ActionGoneError(),
      'That action was removed, in this window or another, so this change to it was not kept. It is still on screen if you want to copy it.',
    ],
    [new VaultLockedError(), 'The vault is locked: unlock it with your passphrase to open your sessions.'],
    [new VaultLockedError('key-gone'), 'This record’s key is gone: its session was deleted.'],
  ])('%s reads as it did', (error, english) => {
    expect(inEnglish(error.words)).toBe(english);
    expect(error).toBeInstanceOf(Refusal);
  });
});

describe('why a backup file is refused, in English', () => {
  const where = { session: 2, title: 'Evening' };
  it.each<[BackupProblem | EncryptedBackupProblem, string]>([
    [{ kind: 'too-large' }, 'This file is too large to be a Common Ground backup.'],
    [{ kind: 'not-complete' }, 'This file is not a complete Common Ground backup: it may be cut short or damaged.'],
    [{ kind: 'not-a-backup' }, 'This file is not a Common Ground backup.'],
    [{ kind: 'not-encrypted' }, 'This file is not an encrypted Common Ground backup.'],
    [{ kind: 'hostile-key', key: '__proto__' }, 'This backup is damaged or was changed by hand: it contains a “__proto__” key.'],
    [
      { kind: 'newer-version', version: 6 },
      'This backup was made by a newer version of Common Ground (backup version 6). Update the app, then restore it.',
    ],
    [
      { kind: 'newer-fields', fields: ['encryption', 'people'] },
      'This backup was made by a newer version of Common Ground (it holds “encryption”, “people”). Update the app, then restore it.',
    ],
    [{ kind: 'unreadable-version', version: 0 }, "This backup's version (0) is not one this app can read."],
    [
      { kind: 'encrypted-newer-version', version: 2 },
      'This backup was made by a newer version of Common Ground (encrypted backup version 2). Update the app, then restore it.',
    ],
    [{ kind: 'encrypted-unreadable-version', version: 0 }, "This encrypted backup's version (0) is not one this app can read."],
    [
      { kind: 'damaged', at: 'sessions.0.session.title', plain: { kind: 'tooLong', max: 200 } },
      'This backup is damaged or was changed by hand: “sessions.0.session.title” is longer than 200 characters.',
    ],
    [
      { kind: 'damaged', at: null, plain: { kind: 'wrongShape' } },
      'This backup is damaged or was changed by hand: the file as a whole is not written the way it should be.',
    ],
    [
      { kind: 'encrypted-damaged', at: 'kdf.m', plain: { kind: 'mustBe', value: '65536 KiB' } },
      'This encrypted backup is damaged or was changed by hand: “kdf.m” must be 65536 KiB.',
    ],
    [
      { kind: 'encrypted-damaged', at: null, plain: { kind: 'unknownKeys', keys: 'hint' } },
      'This encrypted backup is damaged or was changed by hand: the file as a whole has fields this app does not know: hint.',
    ],
    [
      { kind: 'inconsistent-strays', ...where },
      'This backup is inconsistent and was not restored. In session 2 (“Evening”), check-in answers point at a round or instrument that is not in the file.',
    ],
    [
      { kind: 'inconsistent-misfiled', ...where },
      'This backup is inconsistent and was not restored. In session 2 (“Evening”), check-in answers are filed under the wrong id.',
    ],
    [
      { kind: 'inconsistent-prep-notes', ...where },
      'This backup is inconsistent and was not restored. In session 2 (“Evening”), an agenda item has two preparation notes.',
    ],
    [
      { kind: 'inconsistent-other-session', ...where },
      'This backup is inconsistent and was not restored. In session 2 (“Evening”), some records belong to a different session.',
    ],
    [
      { kind: 'inconsistent-missing-item', ...where },
      'This backup is inconsistent and was not restored. In session 2 (“Evening”), a note or record points at an agenda item that is not in the file.',
    ],
    [
      { kind: 'inconsistent-id-twice', id: 'n1', ...where },
      'This backup is inconsistent and was not restored. In session 2 (“Evening”), the id “n1” is used twice.',
    ],
    [
      { kind: 'inconsistent-own-twice', record: 'exercise' },
      'This backup is inconsistent and was not restored. It holds two exercises with the same id.',
    ],
    [
      { kind: 'inconsistent-own-twice', record: 'template' },
      'This backup is inconsistent and was not restored. It holds two templates with the same id.',
    ],
    [
      {
        kind: 'own-record-fails',
        record: 'exercise',
        id: 'own-x',
        problems: [{ field: 'summary', message: 'is missing', plain: { kind: 'missing' } }],
      },
      'This backup is damaged or was changed by hand: the exercise “own-x” does not pass the content check (summary: is missing).',
    ],
    [
      {
        kind: 'own-record-fails',
        record: 'template',
        id: 'own-y',
        problems: [
          {
            field: '',
            message: 'its file names it “own-z”, not “own-y”',
            plain: { kind: 'namedOtherwise', named: 'own-z', recorded: 'own-y' },
          },
        ],
      },
      'This backup is damaged or was changed by hand: the template “own-y” does not pass the content check (its file names it “own-z”, not “own-y”).',
    ],
  ])('%o reads as it did', (problem, english) => {
    expect(inEnglish(backupProblemWords(problem))).toBe(english);
  });
});

describe('in Spanish', () => {
  beforeEach(() => vi.stubGlobal('indexedDB', {}));
  afterEach(() => vi.unstubAllGlobals());

  it('what was being done and why it was refused sit inside whole Spanish sentences', () => {
    expect(inLanguage('es', describeStorageError('save your preparation note', quota()))).toBe(
      'No se pudo guardar tu nota de preparación: este dispositivo no tiene espacio de almacenamiento libre para Common Ground. Libera algo de espacio, o exporta una copia de seguridad y borra sesiones antiguas, y vuelve a intentarlo. Lo que escribiste sigue en la pantalla.',
    );
    expect(inLanguage('es', describeStorageError('save your answers', new RoundClosedError()))).toBe(
      'No se pudo guardar tus respuestas. Esta ronda de chequeo ya se cerró, así que no se le puede añadir nada más.',
    );
    const shares = {
      key: 'restore.shares-records',
      values: { title: 'Tarde', others: [quoted('Mañana'), quoted({ key: 'restore.deleted-session' })] },
    };
    expect(inLanguage('es', shares)).toBe(
      '«Tarde», de esta copia, comparte registros con «Mañana», «una sesión borrada» en este dispositivo, así que no puede sustituir nada. Elige «Conservar las dos» para restaurarla como una copia.',
    );
    expect(inEnglish(shares)).toBe(
      '“Tarde” in this backup shares records with “Mañana”, “a deleted session” on this device, so it cannot replace anything. Choose “Keep both” to restore it as a copy.',
    );
  });

  it('a damaged backup says so in Spanish, what is wrong with the field included', () => {
    const damaged: BackupProblem = { kind: 'damaged', at: 'sessions.0.title', plain: { kind: 'tooLong', max: 2000 } };
    expect(inLanguage('es', backupProblemWords(damaged))).toBe(
      'Esta copia de seguridad está dañada o se cambió a mano. En «sessions.0.title»: tiene más de 2000 caracteres.',
    );
    expect(
      inLanguage(
        'es',
        backupProblemWords({
          kind: 'damaged',
          at: 'sessions.0.checkInTallies.0.counts.i1',
          plain: { kind: 'tooManyAnswers', answers: 7, respondents: 1 },
        }),
      ),
    ).toBe(
      'Esta copia de seguridad está dañada o se cambió a mano. En «sessions.0.checkInTallies.0.counts.i1»: tiene 7 respuestas de 1 persona.',
    );
    expect(
      inLanguage(
        'es',
        backupProblemWords({
          kind: 'own-record-fails',
          record: 'exercise',
          id: 'own-x',
          problems: [{ field: 'summary', message: 'is missing', plain: { kind: 'missing' } }],
        }),
      ),
    ).toBe(
      'Esta copia de seguridad está dañada o se cambió a mano: el ejercicio «own-x» no pasa la revisión del contenido (summary: falta).',
    );
  });
});

describe('a refusal read as plain text', () => {
  it('is its catalog key until the app says how to word it, then the words in the app’s language', () => {
    const refusal = new RoundClosedError();
    expect(refusal.message).toBe('storage:refusal.roundClosed');
    sayRefusalsWith((words) => inLanguage('es', words));
    expect(refusal.message).toBe('Esta ronda de chequeo ya se cerró, así que no se le puede añadir nada más.');
    expect(String(refusal)).toBe('RoundClosedError: Esta ronda de chequeo ya se cerró, así que no se le puede añadir nada más.');
    // Words from elsewhere, not yet in a catalog, as they are.
    expect(new Refusal('A template with the id “x” is already kept here.').message).toBe(
      'A template with the id “x” is already kept here.',
    );
  });
});
