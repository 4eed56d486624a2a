import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import {
  newSessionKey,
  recordContext,
  seal,
  unseal,
  unwrapSessionKey,
  type KeyRing,
  type RandomBytes,
  systemRandom,
} from '../../../domain/vault/vault-crypto.ts';
import { VaultLockedError } from './errors.ts';
import { RING_ID, SESSION_KEY_PREFIX, SETTINGS_ID } from '../../../domain/vault/vault-ids.ts';

// Encryption at rest, inside the data layer: a Dexie DBCore middleware that
// every read and write of the session tables passes through, so no screen,
// repository or backup can forget it. With the vault on, a stored record
// keeps in the clear only what IndexedDB must index (its id, its session's
// id and positions); everything else is one sealed field, encrypted under
// the session's own key with XChaCha20-Poly1305 (synchronous, so the
// transaction stays alive) and bound to its table, id and record version.
//
// The vault table holds the key ring (the master key, wrapped), one wrapped
// key per session, and the vault's settings; it passes through unsealed.
// Every transaction includes it, so a session's key is created, read and
// destroyed inside the same transaction as the session's records: a session
// is never written under a key that was not stored with it, and deleting a
// session destroys its key first ("crypto-shredding").
//
// A window never decides from memory alone whether to encrypt: each write
// transaction reads the key ring first. A window that was opened before the
// vault was turned on elsewhere finds the ring and refuses to write plain
// text (it locks instead).
//
// Upgrades (versionchange transactions) pass through untouched: a future
// schema upgrade that rewrites records must unseal them itself.

export const VAULT_TABLE = 'vault';
export { RING_ID, SETTINGS_ID, SESSION_KEY_PREFIX };
/** The table of a facilitator's own exercises (database.ts, schema v7). */
export const OWN_EXERCISES_TABLE = 'ownExercises';
export const OWN_TEMPLATES_TABLE = 'ownTemplates';
/** Tables of the facilitator's own library, which belong to no session: sealed under the library's key. */
const LIBRARY_TABLES: ReadonlySet<string> = new Set([OWN_EXERCISES_TABLE, OWN_TEMPLATES_TABLE]);
/** The key owner that seals the own exercises: no session id can take this form (ids are made by crypto.randomUUID). */
export const LIBRARY_KEY_OWNER = '#library';

/** The version of the sealed record format, bound into every record's context. */
export const SEALED_RECORD_VERSION = 6;

export interface SealedRow {
  $v: number;
  $sealed: Uint8Array;
  [field: string]: unknown;
}

export type VaultRow =
  | { id: typeof RING_ID; ring: KeyRing }
  | { id: `${typeof SESSION_KEY_PREFIX}${string}`; wrapped: string }
  | { id: typeof SETTINGS_ID; firstRunChoiceMade: boolean; idleLockMinutes: number | null };

export type VaultState =
  | { kind: 'unknown' }
  | { kind: 'off' }
  | { kind: 'locked'; ring: KeyRing }
  | { kind: 'open'; ring: KeyRing; master: Uint8Array; keys: Map<string, Uint8Array> };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const isSealed = (row: unknown): row is SealedRow =>
  typeof row === 'object' && row !== null && (row as { $sealed?: unknown }).$sealed instanceof Uint8Array;

const sameRing = (a: KeyRing, b: KeyRing) => a.byRecovery === b.byRecovery;

/**
 * The vault's memory: its state (off, locked, or open with the keys) and the
 * middleware that applies it. One per database connection.
 */
export class VaultKeeper {
  private current: VaultState = { kind: 'unknown' };
  private readonly listeners = new Set<(state: VaultState) => void>();
  /** Keys made in a transaction that has not committed yet: usable there, remembered only once it commits. */
  private readonly pendingKeys = new WeakMap<DBCoreTransaction, Map<string, Uint8Array>>();
  private readonly ringChecks = new WeakMap<DBCoreTransaction, Promise<KeyRing | null>>();

  constructor(private readonly random: RandomBytes = systemRandom) {}

  get state(): VaultState {
    return this.current;
  }

  subscribe(listener: (state: VaultState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sets the state; dropping an open state zeroes its keys. */
  setState(next: VaultState): void {
    const previous = this.current;
    if (previous.kind === 'open' && previous !== next && !(next.kind === 'open' && next.master === previous.master)) {
      previous.master.fill(0);
      for (const key of previous.keys.values()) key.fill(0);
    }
    this.current = next;
    if (previous.kind !== next.kind) for (const listener of this.listeners) listener(next);
  }

  /** Learns the state from a key ring read in storage, without dropping keys that still fit it. */
  private learn(ring: KeyRing | null): void {
    const state = this.current;
    if (ring === null) {
      if (state.kind !== 'off') this.setState({ kind: 'off' });
    } else if (state.kind === 'open' ? !sameRing(state.ring, ring) : state.kind !== 'locked' || !sameRing(state.ring, ring)) {
      this.setState({ kind: 'locked', ring });
    }
  }

  /** Tells a write transaction whether the vault is on, reading the ring inside it (once per transaction). */
  private ringIn(down: DBCore, trans: DBCoreTransaction): Promise<KeyRing | null> {
    let check = this.ringChecks.get(trans);
    if (!check) {
      check = down
        .table(VAULT_TABLE)
        .get({ trans, key: RING_ID })
        .then((row: { ring: KeyRing } | undefined) => {
          const ring = row?.ring ?? null;
          this.learn(ring);
          return ring;
        });
      this.ringChecks.set(trans, check);
    }
    return check;
  }

  /** Tells the middleware what the current transaction already knows of the ring (the vault's own changes). */
  knowRing(trans: DBCoreTransaction, ring: KeyRing | null): void {
    this.ringChecks.set(trans, Promise.resolve(ring));
  }

  private open(): Extract<VaultState, { kind: 'open' }> {
    const state = this.current;
    if (state.kind !== 'open') throw new VaultLockedError();
    return state;
  }

  /** A session's key: remembered, made earlier in this transaction, stored, or (when `create`) made and stored now. */
  private async sessionKey(down: DBCore, trans: DBCoreTransaction, sessionId: string, create: boolean): Promise<Uint8Array> {
    const state = this.open();
    const known = state.keys.get(sessionId) ?? this.pendingKeys.get(trans)?.get(sessionId);
    if (known) return known;
    const vault = down.table(VAULT_TABLE);
    const row = (await vault.get({ trans, key: SESSION_KEY_PREFIX + sessionId })) as { wrapped: string } | undefined;
    if (row) {
      const key = unwrapSessionKey(state.master, sessionId, row.wrapped);
      state.keys.set(sessionId, key);
      return key;
    }
    if (!create) throw new VaultLockedError('key-gone');
    const made = newSessionKey(state.master, sessionId, this.random);
    await vault.mutate({ trans, type: 'put', values: [{ id: SESSION_KEY_PREFIX + sessionId, wrapped: made.wrapped }] });
    let pending = this.pendingKeys.get(trans);
    if (!pending) {
      pending = new Map();
      this.pendingKeys.set(trans, pending);
      const idb = trans as unknown as Partial<IDBTransaction>;
      idb.addEventListener?.('complete', () => {
        const now = this.current;
        if (now === state) for (const [id, key] of pending!) state.keys.set(id, key);
      });
    }
    pending.set(sessionId, made.key);
    return made.key;
  }

  /** Every stored session key, unwrapped at once (at unlock, and before a cursor, whose values must open synchronously). */
  async loadAllKeys(down: DBCore, trans: DBCoreTransaction): Promise<void> {
    const state = this.open();
    const { result } = await down.table(VAULT_TABLE).query({
      trans,
      values: true,
      query: { index: down.table(VAULT_TABLE).schema.primaryKey, range: prefixRange(SESSION_KEY_PREFIX) },
    });
    for (const row of result as { id: string; wrapped: string }[]) {
      const sessionId = row.id.slice(SESSION_KEY_PREFIX.length);
      if (!state.keys.has(sessionId)) state.keys.set(sessionId, unwrapSessionKey(state.master, sessionId, row.wrapped));
    }
  }

  private sealRow(table: DBCoreTable, row: Record<string, unknown>, key: Uint8Array): SealedRow {
    const sealedRow: SealedRow = { $v: SEALED_RECORD_VERSION, $sealed: new Uint8Array() };
    for (const field of plainFields(table)) if (field in row) sealedRow[field] = row[field];
    const context = recordContext(table.name, String(row.id), SEALED_RECORD_VERSION);
    sealedRow.$sealed = seal(key, encoder.encode(JSON.stringify(row)), context, this.random);
    return sealedRow;
  }

  private unsealRow(tableName: string, row: SealedRow, key: Uint8Array): unknown {
    return JSON.parse(decoder.decode(unseal(key, row.$sealed, recordContext(tableName, String(row.id), row.$v))));
  }

  /** The middleware, for `db.use()`. */
  middleware(): Middleware<DBCore> {
    return {
      stack: 'dbcore',
      name: 'vault',
      // Below every middleware of Dexie's own (the lowest is at -1): they keep
      // their context in Dexie's zone, which an `await` here would drop, and
      // they work on plain records while only IndexedDB sees sealed ones.
      level: -2,
      create: (down) => ({
        ...down,
        transaction: (stores, mode, options) =>
          down.transaction(stores.includes(VAULT_TABLE) ? stores : [...stores, VAULT_TABLE], mode, options),
        table: (name) => (name === VAULT_TABLE ? down.table(name) : this.sealedTable(down, down.table(name))),
      }),
    };
  }

  private sealedTable(down: DBCore, table: DBCoreTable): DBCoreTable {
    // Whose key seals a row: its session's; the facilitator's own exercises and templates, which belong to no session, share the library's key.
    const sessionOf = (row: Record<string, unknown>) =>
      table.name === 'sessions' ? String(row.id) : LIBRARY_TABLES.has(table.name) ? LIBRARY_KEY_OWNER : String(row.sessionId);
    const upgrading = (trans: DBCoreTransaction) => (trans as unknown as IDBTransaction).mode === 'versionchange';

    const openRow = async (trans: DBCoreTransaction, row: unknown): Promise<unknown> => {
      if (!isSealed(row)) return row;
      if (this.current.kind !== 'open') {
        // Sealed records in a window that thought the vault was off: it was turned on elsewhere.
        if (this.current.kind !== 'locked') await this.ringIn(down, trans);
        throw new VaultLockedError();
      }
      return this.unsealRow(table.name, row, await this.sessionKey(down, trans, sessionOf(row), false));
    };
    const openRows = (trans: DBCoreTransaction, rows: unknown[]) => Promise.all(rows.map((row) => openRow(trans, row)));

    const sealRows = async (trans: DBCoreTransaction, values: readonly unknown[]) => {
      const sealed: SealedRow[] = [];
      for (const value of values) {
        const row = value as Record<string, unknown>;
        sealed.push(this.sealRow(table, row, await this.sessionKey(down, trans, sessionOf(row), true)));
      }
      return sealed;
    };

    /** Deleting sessions destroys their keys first, in the same transaction. */
    const destroyKeys = async (trans: DBCoreTransaction, sessionIds: unknown[]) => {
      if (sessionIds.length === 0) return;
      await down.table(VAULT_TABLE).mutate({ trans, type: 'delete', keys: sessionIds.map((id) => SESSION_KEY_PREFIX + String(id)) });
      const state = this.current;
      (trans as unknown as Partial<IDBTransaction>).addEventListener?.('complete', () => {
        if (state.kind !== 'open') return;
        for (const id of sessionIds) {
          state.keys.get(String(id))?.fill(0);
          state.keys.delete(String(id));
        }
      });
    };

    return {
      ...table,
      mutate: async (req: DBCoreMutateRequest) => {
        if (upgrading(req.trans)) return table.mutate(req);
        const ring = await this.ringIn(down, req.trans);
        if (table.name === 'sessions') {
          if (req.type === 'delete') await destroyKeys(req.trans, req.keys);
          if (req.type === 'deleteRange') {
            const { result } = await table.query({
              trans: req.trans,
              values: false,
              query: { index: table.schema.primaryKey, range: req.range },
            });
            await destroyKeys(req.trans, result);
          }
        }
        if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
        if (ring === null) return table.mutate(req);
        const values = await sealRows(req.trans, req.values);
        if (req.type === 'add') return table.mutate({ ...req, values });
        // Lower layers see whole sealed records; a change described field by field would name fields that are sealed.
        const put: DBCoreMutateRequest = { type: 'put', trans: req.trans, values };
        if (req.keys) put.keys = req.keys;
        return table.mutate(put);
      },
      get: async (req) => openRow(req.trans, await table.get(req)),
      getMany: async (req) => openRows(req.trans, await table.getMany(req)),
      query: async (req) => {
        const response = await table.query(req);
        return req.values ? { ...response, result: await openRows(req.trans, response.result) } : response;
      },
      openCursor: async (req) => {
        if (this.current.kind === 'open' && !upgrading(req.trans)) await this.loadAllKeys(down, req.trans);
        const cursor = await table.openCursor(req);
        if (!cursor || !req.values) return cursor;
        return this.openingCursor(table.name, cursor, sessionOf);
      },
    };
  }

  /** A cursor whose values open as they are read: every key was loaded before it started. */
  private openingCursor(tableName: string, cursor: DBCoreCursor, sessionOf: (row: Record<string, unknown>) => string): DBCoreCursor {
    const openValue = (row: unknown) => {
      if (!isSealed(row)) return row;
      const state = this.current;
      if (state.kind !== 'open') throw new VaultLockedError();
      const key = state.keys.get(sessionOf(row));
      if (!key) throw new VaultLockedError('key-gone');
      return this.unsealRow(tableName, row, key);
    };
    return Object.create(cursor, {
      value: {
        get: () => openValue(cursor.value),
      },
    }) as DBCoreCursor;
  }
}

/** The fields a sealed record keeps in the clear: its primary key and what its indexes need. */
function plainFields(table: DBCoreTable): string[] {
  const paths = [table.schema.primaryKey, ...table.schema.indexes].flatMap((index) => index.keyPath ?? []);
  return [...new Set(paths.flat())];
}

function prefixRange(prefix: string) {
  return { type: 2 /* DBCoreRangeType.Range */, lower: prefix, upper: `${prefix}\uffff`, lowerOpen: false, upperOpen: false } as const;
}
