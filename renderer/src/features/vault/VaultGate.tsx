import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { lockEverywhere, vaultGate } from '../../data/vault-signal.ts';
import { storageAvailable } from '../../data/storage-available.ts';
import { reportingFailures } from '../../data/storage-errors.ts';
import { useHost } from '../../host/host-context.tsx';
import { RecoveryKeySheet } from './RecoveryKeySheet.tsx';
import { idleLockMinutes, loadVault, usePendingRecoveryKey, useVaultGate } from './vault-actions.ts';

const LockScreen = lazy(() => import('./LockScreen.tsx'));
const FirstRunChoice = lazy(() => import('./FirstRunChoice.tsx'));

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** Ctrl+Shift+L (⌘⇧L on a Mac) locks, wherever the focus is. */
export function isLockShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'l';
}

/** Locks after the chosen time without a key press, click or pointer movement in this window. */
function useIdleLock(active: boolean) {
  const [minutes, setMinutes] = useState(idleLockMinutes.get());
  useEffect(() => idleLockMinutes.subscribe(() => setMinutes(idleLockMinutes.get())), []);
  useEffect(() => {
    if (!active) return;
    let current = true;
    void loadVault()
      .then((vault) => vault.status())
      .then((status) => {
        if (current) idleLockMinutes.set(status.idleLockMinutes);
      })
      .catch(() => undefined); // a storage error is reported by the data layer
    return () => {
      current = false;
    };
  }, [active]);
  useEffect(() => {
    if (!active || minutes === null) return;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touch, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last >= minutes * 60_000) lockEverywhere();
    }, 5_000);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touch, { capture: true });
      window.clearInterval(timer);
    };
  }, [active, minutes]);
}

/**
 * Stands between the app and everything it keeps: with the vault locked,
 * only the lock screen is mounted (no screen that shows data, no data in
 * React state); on first run, the choice of a passphrase comes first.
 * Someone without a vault gets the app at once, without waiting for the
 * database's code.
 */
export function VaultGate({ children }: { children: ReactNode }) {
  const state = useVaultGate();
  const host = useHost();
  const recoveryKey = usePendingRecoveryKey();
  const open = state === 'open';

  useEffect(() => {
    if (state !== 'checking') return;
    if (!storageAvailable()) return vaultGate.set('off');
    let current = true;
    void loadVault()
      .then(async (vault) => {
        // A sealed database carried across the desktop app's profile wipe is written back first.
        const carried = await host.takeCarriedVault();
        if (carried !== null) {
          await reportingFailures('bring back your sessions after the restart', () => vault.writeCarried(carried));
          await host.carriedVaultWritten();
        }
        return vault.status();
      })
      .then((status) => {
        if (!current) return;
        if (status.kind !== 'off') vaultGate.set(status.kind);
        else vaultGate.set(status.firstRunChoiceMade ? 'off' : 'choose');
      })
      .catch(() => vaultGate.set('off')); // storage itself failed: the data layer says so, and nothing can be kept to protect
    return () => {
      current = false;
    };
  }, [state, host]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      event.preventDefault();
      lockEverywhere();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    const stopListening = host.onLockRequested(() => lockEverywhere());
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      stopListening();
    };
  }, [open, host]);

  useIdleLock(open);

  if (recoveryKey) {
    // Its catalog is in by now (the form that turned the vault on spoke from it); should it not be, it waits for it.
    return (
      <Suspense fallback={null}>
        <RecoveryKeySheet pending={recoveryKey} />
      </Suspense>
    );
  }
  if (state === 'checking') return null;
  if (state === 'locked' || state === 'choose') {
    return <Suspense fallback={null}>{state === 'locked' ? <LockScreen /> : <FirstRunChoice />}</Suspense>;
  }
  return children;
}
