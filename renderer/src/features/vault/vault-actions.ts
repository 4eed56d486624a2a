import { useSyncExternalStore } from 'react';
import { Refusal, sayStorage, type Translate } from '../../data/errors.ts';
import { vaultGate, type VaultGateState } from '../../data/vault-signal.ts';

// What the vault's screens share: the gate's state as React sees it, the
// recovery key waiting to be written down, and the data layer's vault,
// loaded on demand (the first screen of someone without a vault never
// fetches the database's code for it).

export const useVaultGate = (): VaultGateState => useSyncExternalStore(vaultGate.subscribe, vaultGate.get);

export async function loadVault() {
  return (await import('../../data/app-database.ts')).vault;
}

// The recovery key is shown once, right after the vault is turned on, and
// lives only in this window's memory until the user has written it down.
// `rehome`: records were kept before, so the desktop app restarts next to
// remove the files that held readable copies of them.
export interface PendingRecoveryKey {
  key: string;
  rehome: boolean;
}

/** A value held in this window's memory, with listeners (for useSyncExternalStore). */
function memoryStore<T>(initial: T) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: T) {
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

export const pendingRecoveryKey = memoryStore<PendingRecoveryKey | null>(null);

export const usePendingRecoveryKey = () => useSyncExternalStore(pendingRecoveryKey.subscribe, pendingRecoveryKey.get);

/**
 * Plain words for what went wrong, for the form that asked, in the language
 * of `t` (from useTranslation(['vault', 'storage'])): a wrong passphrase, a
 * refusal of the data layer, or the error's own text when there is nothing
 * better to say.
 */
export function problemText(error: unknown, t: Translate): string {
  if (error instanceof Error && error.name === 'WrongPassphraseError') return t('problem.wrongPassphrase', { ns: 'vault' });
  if (error instanceof Refusal) return sayStorage(t, error.words);
  if (error instanceof Error && error.message) return error.message;
  return t('problem.unknown', { ns: 'vault' });
}

/** The catalogs a vault screen speaks from: its own, and the data layer's refusals. */
export const VAULT_NAMESPACES = ['vault', 'storage'] as const;

// The idle time after which the app locks, as the vault's settings say; the Privacy screen changes it.
export const idleLockMinutes = memoryStore<number | null>(null);
