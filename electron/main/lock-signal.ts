import type { LockReason } from '../ipc/contract.ts';
import { IPC_CHANNELS } from '../ipc/names.ts';

// Electron's types are not imported here, so the signal can be tested with an
// EventEmitter and plain objects standing in for powerMonitor and the windows.

/** The system events that ask the page to lock, and the reason each one gives. */
const LOCK_EVENTS = { 'lock-screen': 'os-lock', suspend: 'sleep' } as const satisfies Record<string, LockReason>;

type LockEvent = keyof typeof LOCK_EVENTS;

/** The part of Electron's powerMonitor this uses (usable only once the app is ready). */
export interface PowerEvents {
  on(event: LockEvent, listener: () => void): unknown;
  off(event: LockEvent, listener: () => void): unknown;
}

/** The part of a window's webContents this uses. */
export interface LockSignalTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/**
 * Tells the given windows to lock when the OS locks the screen or the machine
 * goes to sleep. `targets` lists the facilitator's windows at the moment of the
 * event; the participant display must never be among them, since it must never
 * show the lock screen's state. Returns a function that stops listening.
 */
export function forwardLockSignals(power: PowerEvents, targets: () => Iterable<LockSignalTarget>): () => void {
  const listeners = (Object.keys(LOCK_EVENTS) as LockEvent[]).map((event) => {
    const listener = () => sendLock(targets(), LOCK_EVENTS[event]);
    power.on(event, listener);
    return { event, listener };
  });
  return () => {
    for (const { event, listener } of listeners) power.off(event, listener);
  };
}

function sendLock(targets: Iterable<LockSignalTarget>, reason: LockReason): void {
  for (const target of targets) {
    if (target.isDestroyed()) continue;
    try {
      target.send(IPC_CHANNELS.onLockRequested, reason);
    } catch {
      // A window going away as the machine sleeps must not keep the lock from
      // the others, nor throw out of the system's event.
    }
  }
}
