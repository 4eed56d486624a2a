import { fromBase64, toBase64 } from '../../../domain/vault/vault-crypto.ts';
import type { CommonGroundDatabase } from './database.ts';
import { Refusal } from './errors.ts';
import { RING_ID, VAULT_TABLE, isSealed } from './vault-middleware.ts';
import { CARRY_FORMAT, parseCarry, sealedRow, vaultRow } from '../../../domain/vault/sealed-carry.ts';

// Carrying a sealed database across a profile wipe, in the desktop app. Once
// the vault is on, every record is sealed, but the browser's storage files
// may still hold readable copies of the records from before. So the app
// takes every stored row exactly as stored (sealed: nothing is decrypted),
// hands them to the main process, which keeps them in one file beside the
// profile, wipes the profile's storage folders on a relaunch and gives them
// back; the rows are written into the new, empty database as they were.
// Sealed rows stay bound to their table, id and record version, so they open
// as before. A carried file is refused whole if any session row in it is
// not sealed: it can never bring plain text back.

/** Every stored row, as stored, in one text; refused unless the vault is on and every session row is sealed. */
export async function sealedDump(db: CommonGroundDatabase): Promise<string> {
  await db.open();
  const idb = db.backendDB();
  const names = [...idb.objectStoreNames];
  const transaction = idb.transaction(names, 'readonly');
  const tables: Record<string, unknown[]> = {};
  await Promise.all(
    names.map(
      (name) =>
        new Promise<void>((resolve, reject) => {
          const request = transaction.objectStore(name).getAll();
          request.onsuccess = () => {
            tables[name] = request.result as unknown[];
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
    ),
  );
  if (!tables[VAULT_TABLE]?.some((row) => (row as { id?: unknown }).id === RING_ID)) throw new Refusal({ key: 'refusal.carry.vaultOff' });
  for (const [name, rows] of Object.entries(tables)) {
    if (name === VAULT_TABLE) continue;
    tables[name] = rows.map((row) => {
      if (!isSealed(row)) throw new Refusal({ key: 'refusal.carry.notSealed' });
      return { ...row, $sealed: toBase64(row.$sealed) };
    });
  }
  return JSON.stringify({ format: CARRY_FORMAT, version: 1, tables });
}

/**
 * Writes carried rows, as they were stored, into an empty database; checks
 * everything first and writes nothing if anything is wrong.
 */
export async function importSealedDump(db: CommonGroundDatabase, text: string): Promise<number> {
  const parsed = parseCarry(text);
  if (!parsed) throw new Refusal({ key: 'refusal.carry.damaged' });
  await db.open();
  const idb = db.backendDB();
  const names = [...idb.objectStoreNames];
  const rows: Record<string, unknown[]> = {};
  for (const [name, list] of Object.entries(parsed.tables)) {
    if (!names.includes(name)) throw new Refusal({ key: 'refusal.carry.unknownTable', values: { table: name } });
    const schema = name === VAULT_TABLE ? vaultRow : sealedRow;
    const checked = list.map((row) => schema.safeParse(row));
    if (checked.some((result) => !result.success)) throw new Refusal({ key: 'refusal.carry.badRecord', values: { table: name } });
    rows[name] = checked.map((result) => {
      const row = result.data as Record<string, unknown>;
      return name === VAULT_TABLE ? row : { ...row, $sealed: fromBase64(row.$sealed as string) };
    });
  }
  if (!rows[VAULT_TABLE]?.some((row) => (row as { id: string }).id === RING_ID)) throw new Refusal({ key: 'refusal.carry.noKeyRing' });
  const transaction = idb.transaction(names, 'readwrite');
  const done = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
  for (const name of names) {
    const count = transaction.objectStore(name).count();
    count.onsuccess = () => {
      if (count.result > 0) transaction.abort();
    };
  }
  let written = 0;
  for (const [name, list] of Object.entries(rows)) {
    for (const row of list) {
      transaction.objectStore(name).add(row);
      written++;
    }
  }
  try {
    await done;
  } catch {
    throw new Refusal({ key: 'refusal.carry.notEmpty' });
  }
  return written;
}
