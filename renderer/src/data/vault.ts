import {
  calibrateKdf,
  createKeyRing,
  rewrapForPassphrase,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  unwrapSessionKey,
  type KdfParams,
  type KeyRing,
} from '../../../domain/vault/vault-crypto.ts';
import type { Table } from 'dexie';
import type { CommonGroundDatabase } from './database.ts';
import { Refusal, VaultLockedError } from './errors.ts';
import { RING_ID, SESSION_KEY_PREFIX, SETTINGS_ID, type VaultRow, type VaultState } from './vault-middleware.ts';

// The vault, as the screens see it: turn it on (which re-writes every record
// sealed) or off, unlock, lock, and its settings. The keys themselves never
// leave the data layer; see vault-middleware.ts for how records are sealed.

export const MIN_PASSPHRASE_LENGTH = 10;
export const DEFAULT_IDLE_LOCK_MINUTES = 15;

export interface VaultSettings {
  /** The first-run choice was made (vault on, or "not now"), so it is not offered again. */
  firstRunChoiceMade: boolean;
  /** Lock after this many minutes without a key press or pointer movement; null never. */
  idleLockMinutes: number | null;
}

export interface VaultStatus extends VaultSettings {
  kind: 'off' | 'locked' | 'open';
  /** Whether any session is stored (the first-run choice is offered only on an empty device). */
  hasSessions: boolean;
}

export interface VaultOptions {
  /** Picks the passphrase KDF's cost; tests give a cheap one. */
  calibrate?: () => Promise<KdfParams>;
}

type SettingsRow = Extract<VaultRow, { id: typeof SETTINGS_ID }>;

export function createVaultControl(db: CommonGroundDatabase, { calibrate = () => calibrateKdf() }: VaultOptions = {}) {
  const keeper = db.keeper;
  const allTables = () => [db.vault, db.sessions, ...sealedTables()];
  /** Every table whose records the vault seals, besides the sessions themselves. */
  const sealedTables = (): Table<object, string>[] => [...db.sessionTables(), db.ownExercises, db.ownTemplates];

  async function storedRing(): Promise<KeyRing | null> {
    const row = await db.vault.get(RING_ID);
    return row && 'ring' in row ? row.ring : null;
  }

  async function settings(): Promise<VaultSettings> {
    const row = (await db.vault.get(SETTINGS_ID)) as SettingsRow | undefined;
    return {
      firstRunChoiceMade: row?.firstRunChoiceMade ?? false,
      idleLockMinutes: row === undefined ? DEFAULT_IDLE_LOCK_MINUTES : row.idleLockMinutes,
    };
  }

  async function saveSettings(change: Partial<VaultSettings>): Promise<void> {
    await db.transaction('rw', db.vault, async () => {
      await db.vault.put({ id: SETTINGS_ID, ...(await settings()), ...change });
    });
  }

  /** Opens the vault with its master key: every session's key is unwrapped now, so reading never waits for it. */
  async function openWith(ring: KeyRing, master: Uint8Array): Promise<void> {
    const rows = (await db.vault.where('id').startsWith(SESSION_KEY_PREFIX).toArray()) as { id: string; wrapped: string }[];
    const keys = new Map<string, Uint8Array>();
    for (const row of rows) {
      const sessionId = row.id.slice(SESSION_KEY_PREFIX.length);
      keys.set(sessionId, unwrapSessionKey(master, sessionId, row.wrapped));
    }
    keeper.setState({ kind: 'open', ring, master, keys });
  }

  function checkPassphrase(passphrase: string): void {
    if ([...passphrase.normalize('NFC')].length < MIN_PASSPHRASE_LENGTH) {
      throw new Refusal({ key: 'refusal.passphraseTooShort', values: { min: MIN_PASSPHRASE_LENGTH } });
    }
  }

  return {
    /** Reads the vault's state from storage (another window may have changed it) and its settings. */
    async status(): Promise<VaultStatus> {
      const [ring, current, hasSessions] = await Promise.all([storedRing(), settings(), db.sessions.count().then((count) => count > 0)]);
      const state = keeper.state;
      if (ring === null) {
        if (state.kind !== 'off') keeper.setState({ kind: 'off' });
      } else if (state.kind !== 'open' || state.ring.byRecovery !== ring.byRecovery) {
        keeper.setState({ kind: 'locked', ring });
      }
      return { ...current, kind: ring === null ? 'off' : keeper.state.kind === 'open' ? 'open' : 'locked', hasSessions };
    },

    /** What this window knows now, without reading storage. */
    get state(): VaultState['kind'] {
      return keeper.state.kind;
    },

    subscribe: (listener: (kind: VaultState['kind']) => void) => keeper.subscribe((state) => listener(state.kind)),

    /**
     * Turns the vault on: a new key ring, then every stored record re-written
     * sealed, in one transaction (all or nothing). Returns the recovery key,
     * to be shown once and never stored.
     */
    async turnOn(passphrase: string): Promise<{ recoveryKey: string }> {
      checkPassphrase(passphrase);
      const { ring, master, recoveryKey } = await createKeyRing(passphrase, await calibrate());
      try {
        await db.transaction('rw', allTables(), async () => {
          if ((await storedRing()) !== null) throw new Refusal({ key: 'refusal.vaultAlreadyOn' });
          const tables = sealedTables();
          const sessions = await db.sessions.toArray();
          const rows = await Promise.all(tables.map((table) => table.toArray()));
          keeper.setState({ kind: 'open', ring, master, keys: new Map() });
          await db.vault.put({ id: RING_ID, ring });
          await db.vault.put({ id: SETTINGS_ID, ...(await settings()), firstRunChoiceMade: true });
          await db.sessions.bulkPut(sessions);
          for (const [index, table] of tables.entries()) await table.bulkPut(rows[index]!);
        });
      } catch (error) {
        keeper.setState({ kind: 'off' });
        throw error;
      }
      return { recoveryKey };
    },

    /** Turns the vault off: every record re-written in the clear and every key destroyed, in one transaction. Asks for the passphrase again. */
    async turnOff(passphrase: string): Promise<void> {
      const ring = await storedRing();
      if (ring === null) return;
      await unlockWithPassphrase(ring, passphrase);
      if (keeper.state.kind !== 'open') throw new VaultLockedError();
      await db.transaction('rw', allTables(), async () => {
        const tables = sealedTables();
        const sessions = await db.sessions.toArray();
        const rows = await Promise.all(tables.map((table) => table.toArray()));
        await db.vault.where('id').startsWith(SESSION_KEY_PREFIX).delete();
        await db.vault.delete(RING_ID);
        // The next write reads the ring, finds none, and writes in the clear.
        await db.sessions.bulkPut(sessions);
        for (const [index, table] of tables.entries()) await table.bulkPut(rows[index]!);
      });
      keeper.setState({ kind: 'off' });
    },

    /** Opens the vault with the passphrase; a wrong one throws WrongPassphraseError. */
    async unlock(passphrase: string): Promise<void> {
      const ring = await storedRing();
      if (ring === null) return;
      await openWith(ring, await unlockWithPassphrase(ring, passphrase));
    },

    /** Opens the vault with the recovery key and sets a new passphrase (the recovery key stays valid). */
    async recover(recoveryKey: string, newPassphrase: string): Promise<void> {
      checkPassphrase(newPassphrase);
      const ring = await storedRing();
      if (ring === null) return;
      const master = unlockWithRecoveryKey(ring, recoveryKey);
      const rewrapped = await rewrapForPassphrase(ring, master, newPassphrase, await calibrate());
      await db.transaction('rw', db.vault, () => db.vault.put({ id: RING_ID, ring: rewrapped }));
      await openWith(rewrapped, master);
    },

    /** Drops every key from memory; the screens that showed data are unmounted by the caller. */
    lock(): void {
      const state = keeper.state;
      if (state.kind === 'open') keeper.setState({ kind: 'locked', ring: state.ring });
    },

    /** Every stored row, sealed as stored, to carry across the desktop app's profile wipe (vault-carry.ts). */
    sealedDump: async () => (await import('./vault-carry.ts')).sealedDump(db),

    /** Writes a carried database back into the new, empty profile; the vault is then locked until the passphrase. */
    async writeCarried(text: string): Promise<void> {
      await (await import('./vault-carry.ts')).importSealedDump(db, text);
      keeper.setState({ kind: 'unknown' });
    },

    /** The first-run choice was "not now". */
    declineAtFirstRun: () => saveSettings({ firstRunChoiceMade: true }),

    setIdleLockMinutes: (minutes: number | null) => saveSettings({ idleLockMinutes: minutes }),
  };
}

export type VaultControl = ReturnType<typeof createVaultControl>;
