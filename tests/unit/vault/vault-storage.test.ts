import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { TamperedError, WrongPassphraseError } from '../../../domain/vault/vault-crypto.ts';
import { CommonGroundDatabase, SCHEMA_V5 } from '../../../renderer/src/data/database.ts';
import { Refusal, VaultLockedError } from '../../../renderer/src/data/errors.ts';
import { createRecordRepository } from '../../../renderer/src/data/record-repository.ts';
import { createSessionRepository, systemClock } from '../../../renderer/src/data/session-repository.ts';
import { RING_ID, SESSION_KEY_PREFIX } from '../../../renderer/src/data/vault-middleware.ts';
import { findSampleInstrument } from '../../support/sample-instrument.ts';
import { quickVault, TEST_PASSPHRASE } from '../../support/quick-vault.ts';
import { PROJECT_ROOT } from '../../support/run-command.ts';
import { refusedWith } from '../../support/storage-words.ts';

// The vault from the data layer's side: what IndexedDB holds with it on is
// unreadable without the passphrase; what the repositories read is exactly
// what they wrote; a deleted session's key is gone, so old copies of its
// records cannot be opened; and nothing is written in the clear by a window
// that missed the vault being turned on.

const CANARY = 'canary-7f3a-solidarity';
let indexedDB: IDBFactory;

const open = (name = 'vault-test') => new CommonGroundDatabase(findSampleInstrument, name, { indexedDB, IDBKeyRange });

/** The database as stored, through a connection without the vault's middleware. */
async function raw<T>(work: (db: Dexie) => Promise<T>, name = 'vault-test'): Promise<T> {
  const db = new Dexie(name, { indexedDB, IDBKeyRange });
  await db.open();
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

const storedText = () =>
  raw(async (db) => {
    const rows = (await Promise.all(db.tables.map((table) => table.toArray()))).flat();
    return JSON.stringify(rows, (_key, value: unknown) => (value instanceof Uint8Array ? new TextDecoder('latin1').decode(value) : value));
  });

async function planWithNotes(db: CommonGroundDatabase) {
  const sessions = createSessionRepository(db, systemClock);
  const records = createRecordRepository(db, systemClock);
  const id = await sessions.create(`Workshop ${CANARY}`);
  const itemId = await sessions.addItem(id, { kind: 'break', title: 'Tea', plannedMinutes: 10 });
  await sessions.setPrepNote({ id: itemId, sessionId: id }, `Bring ${CANARY}`);
  await records.addAction(id, null, `Action ${CANARY}`);
  return { sessions, records, id, itemId };
}

beforeEach(() => {
  indexedDB = new IDBFactory();
});

describe('the vault in storage', () => {
  it('seals everything written before and after it is turned on, and reads it back exactly', async () => {
    const db = open();
    const { sessions, records, id } = await planWithNotes(db);
    const before = await sessions.bundle(id);
    expect(await storedText()).toContain(CANARY);

    await quickVault(db).turnOn(TEST_PASSPHRASE);
    await records.addAction(id, null, `Later ${CANARY}`);
    expect(await storedText()).not.toContain(CANARY);
    const after = await sessions.bundle(id);
    expect({ ...after, agreedActions: after!.agreedActions.filter((action) => !action.text.startsWith('Later')) }).toEqual(before);
    // Dates and statuses are no longer indexed: the sessions store has its primary key alone.
    expect(await raw(async (raw) => raw.table('sessions').schema.indexes.map((index) => index.name))).toEqual([]);
  });

  it('reads nothing while locked, refuses a wrong passphrase, and opens with the right one in a new window', async () => {
    const db = open();
    const { sessions, id } = await planWithNotes(db);
    const vault = quickVault(db);
    await vault.turnOn(TEST_PASSPHRASE);
    const expected = await sessions.bundle(id);
    vault.lock();
    await expect(sessions.get(id)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(sessions.setPrepNote({ id: 'x', sessionId: id }, 'written while locked')).rejects.toBeInstanceOf(Refusal);

    const second = open();
    const secondVault = quickVault(second);
    expect((await secondVault.status()).kind).toBe('locked');
    await expect(secondVault.unlock('not the passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    await secondVault.unlock(TEST_PASSPHRASE);
    expect(await createSessionRepository(second, systemClock).bundle(id)).toEqual(expected);
  });

  it('detects a changed byte, and a sealed record moved to another id', async () => {
    const db = open();
    const { sessions, id, itemId } = await planWithNotes(db);
    await quickVault(db).turnOn(TEST_PASSPHRASE);
    await raw(async (raw) => {
      const note = await raw.table('prepNotes').get(itemId);
      note.$sealed[40] ^= 1;
      await raw.table('prepNotes').put(note);
    });
    await expect(sessions.prepNoteText(itemId)).rejects.toBeInstanceOf(TamperedError);

    await raw(async (raw) => {
      const session = await raw.table('sessions').get(id);
      await raw.table('sessions').put({ ...session, id: 'elsewhere' });
    });
    await expect(sessions.get('elsewhere')).rejects.toBeInstanceOf(Error);
    expect((await sessions.get(id))?.title).toBe(`Workshop ${CANARY}`);
  });

  it('destroys a deleted session’s key first, so a copy of its records left on disk cannot be opened', async () => {
    const db = open();
    const { sessions, id, itemId } = await planWithNotes(db);
    await quickVault(db).turnOn(TEST_PASSPHRASE);
    const leftover = await raw((raw) => raw.table('prepNotes').get(itemId));
    const keysBefore = await raw((raw) => raw.table('vault').where('id').startsWith(SESSION_KEY_PREFIX).count());
    await sessions.delete(id);
    expect(await raw((raw) => raw.table('vault').where('id').startsWith(SESSION_KEY_PREFIX).count())).toBe(keysBefore - 1);
    // What the disk may still hold: the sealed note, put back as it was.
    await raw((raw) => raw.table('prepNotes').put(leftover));
    const second = open();
    await quickVault(second).unlock(TEST_PASSPHRASE);
    expect(await refusedWith(createSessionRepository(second, systemClock).prepNoteText(itemId))).toBe(
      'This record’s key is gone: its session was deleted.',
    );
  });

  it('a window that missed the vault being turned on writes nothing in the clear', async () => {
    const first = open();
    const { id, itemId } = await planWithNotes(first);
    const stale = createSessionRepository(first, systemClock);
    const other = open();
    await quickVault(other).turnOn(TEST_PASSPHRASE);
    await expect(stale.setPrepNote({ id: itemId, sessionId: id }, `Stale ${CANARY}`)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(stale.get(id)).rejects.toBeInstanceOf(VaultLockedError);
    expect(await storedText()).not.toContain(CANARY);
    expect(first.keeper.state.kind).toBe('locked');
  });

  it('turns off again: every record back in the clear, no key left', async () => {
    const db = open();
    const { sessions, id } = await planWithNotes(db);
    const before = await sessions.bundle(id);
    const vault = quickVault(db);
    await vault.turnOn(TEST_PASSPHRASE);
    await expect(vault.turnOff('wrong passphrase!')).rejects.toBeInstanceOf(WrongPassphraseError);
    await vault.turnOff(TEST_PASSPHRASE);
    expect(await raw((raw) => raw.table('vault').where('id').startsWith(SESSION_KEY_PREFIX).count())).toBe(0);
    expect(await raw((raw) => raw.table('vault').get(RING_ID))).toBeUndefined();
    expect(await sessions.bundle(id)).toEqual(before);
    expect(await storedText()).toContain(CANARY);
  });

  it('the recovery key opens the vault and sets a new passphrase; the old one no longer opens it', async () => {
    const db = open();
    const { sessions, id } = await planWithNotes(db);
    const vault = quickVault(db);
    const { recoveryKey } = await vault.turnOn(TEST_PASSPHRASE);
    vault.lock();
    const wrongKey = (recoveryKey.startsWith('A') ? 'B' : 'A') + recoveryKey.slice(1);
    await expect(vault.recover(wrongKey, 'a brand new passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    await vault.recover(recoveryKey.toLowerCase(), 'a brand new passphrase');
    expect((await sessions.get(id))?.title).toBe(`Workshop ${CANARY}`);
    vault.lock();
    await expect(vault.unlock(TEST_PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    await vault.unlock('a brand new passphrase');
  });

  it('refuses a short passphrase before anything is written', async () => {
    const db = open();
    await planWithNotes(db);
    expect(await refusedWith(quickVault(db).turnOn('short'))).toBe(
      'A passphrase needs at least 10 characters. A few unrelated words are easiest to remember.',
    );
    expect(await storedText()).toContain(CANARY);
    expect((await quickVault(db).status()).kind).toBe('off');
  });

  it('carries a database of the previous schema forward and seals it', async () => {
    const fixture = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'tests/fixtures/database-v3.json'), 'utf8')) as Record<
      string,
      unknown[]
    >;
    const old = new Dexie('vault-test', { indexedDB, IDBKeyRange });
    old.version(5).stores(SCHEMA_V5);
    const v3Tables = Object.entries(fixture).filter(([table]) => old.tables.some((t) => t.name === table));
    for (const [table, rows] of v3Tables) await old.table(table).bulkAdd(rows);
    old.close();

    const db = open();
    const plain = await createSessionRepository(db, systemClock).bundles('all');
    expect(plain.length).toBeGreaterThan(0);
    await quickVault(db).turnOn(TEST_PASSPHRASE);
    expect(await createSessionRepository(db, systemClock).bundles('all')).toEqual(plain);
    const text = await storedText();
    for (const bundle of plain) expect(text).not.toContain(bundle.session.title);
  });
});
