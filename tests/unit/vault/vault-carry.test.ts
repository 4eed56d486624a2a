import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CommonGroundDatabase } from '../../../renderer/src/data/database.ts';
import { Refusal } from '../../../renderer/src/data/errors.ts';
import { createRecordRepository } from '../../../renderer/src/data/record-repository.ts';
import { createSessionRepository, systemClock } from '../../../renderer/src/data/session-repository.ts';
import { importSealedDump, sealedDump } from '../../../renderer/src/data/vault-carry.ts';
import { findSampleInstrument } from '../../support/sample-instrument.ts';
import { quickVault, TEST_PASSPHRASE } from '../../support/quick-vault.ts';
import { refusedWith } from '../../support/storage-words.ts';

// The sealed database carried across the desktop app's profile wipe: taken
// as stored (nothing decrypted), written back as stored into the new empty
// profile, where the passphrase opens it exactly as before. Nothing plain
// can be carried in, and nothing is written over existing data.

const CANARY = 'carried-canary-51';
const fresh = () => new CommonGroundDatabase(findSampleInstrument, 'carry', { indexedDB: new IDBFactory(), IDBKeyRange });

async function vaultWithSession() {
  const db = fresh();
  const sessions = createSessionRepository(db, systemClock);
  const id = await sessions.create(`Evening ${CANARY}`);
  const itemId = await sessions.addItem(id, { kind: 'break', title: 'Tea', plannedMinutes: 10 });
  await sessions.setPrepNote({ id: itemId, sessionId: id }, `Bring ${CANARY}`);
  await createRecordRepository(db, systemClock).addAction(id, itemId, `Act ${CANARY}`);
  await quickVault(db).turnOn(TEST_PASSPHRASE);
  return { db, id, bundle: await sessions.bundle(id) };
}

describe('carrying the sealed database across a profile wipe', () => {
  it('takes every row sealed and writes it back as stored; the passphrase opens it as before', async () => {
    const { db, id, bundle } = await vaultWithSession();
    const dump = await sealedDump(db);
    expect(dump).not.toContain(CANARY);

    const next = fresh();
    expect(await importSealedDump(next, dump)).toBeGreaterThan(4);
    const vault = quickVault(next);
    expect((await vault.status()).kind).toBe('locked');
    await vault.unlock(TEST_PASSPHRASE);
    expect(await createSessionRepository(next, systemClock).bundle(id)).toEqual(bundle);
  });

  it('carries nothing while the vault is off', async () => {
    const db = fresh();
    await createSessionRepository(db, systemClock).create('Plain');
    expect(await refusedWith(sealedDump(db))).toBe('The vault is not on.');
  });

  it('refuses a carried file with a plain record, a damaged one, or one over existing data, and writes nothing', async () => {
    const { db } = await vaultWithSession();
    const dump = JSON.parse(await sealedDump(db)) as { tables: Record<string, Record<string, unknown>[]> };

    const plain = structuredClone(dump);
    plain.tables['prepNotes']!.push({ id: 'x', sessionId: 's', text: 'readable' });
    const unknownTable = { ...structuredClone(dump), tables: { ...dump.tables, people: [] } };
    for (const text of [JSON.stringify(plain), '{"format":"common-ground-sealed-carry"', JSON.stringify(unknownTable)]) {
      const next = fresh();
      await expect(importSealedDump(next, text)).rejects.toBeInstanceOf(Refusal);
      expect(await next.vault.count()).toBe(0);
      expect(await next.sessions.count()).toBe(0);
    }

    const occupied = fresh();
    await createSessionRepository(occupied, systemClock).create('Already here');
    expect(await refusedWith(importSealedDump(occupied, JSON.stringify(dump)))).toBe(
      'This device already holds sessions, so the carried database was not written over them.',
    );
    expect((await occupied.sessions.toArray()).map((session) => session.title)).toEqual(['Already here']);
    expect(await occupied.vault.count()).toBe(0);
  });
});
