// What the app shell knows of the vault before the database's code has
// loaded, so the library opens at once for someone without a vault and a
// locked vault shows its lock screen at once. A one-word hint in
// localStorage ("on" or "off", nothing else) says which; the database is
// the truth, and the data layer corrects this whenever it reads the key ring.
// Every window of the app follows the others: turning the vault on or
// locking it in one locks them all.

const HINT_KEY = 'common-ground:vault';
const CHANNEL = 'common-ground:vault';

/** checking: no hint, the database decides; choose: first run, the choice not made yet. */
export type VaultGateState = 'checking' | 'choose' | 'off' | 'locked' | 'open';

function readHint(): 'on' | 'off' | null {
  try {
    const hint = globalThis.localStorage?.getItem(HINT_KEY);
    return hint === 'on' || hint === 'off' ? hint : null;
  } catch {
    return null;
  }
}

function writeHint(hint: 'on' | 'off'): void {
  try {
    globalThis.localStorage?.setItem(HINT_KEY, hint);
  } catch {
    // No storage: the database still decides, once it is read.
  }
}

const initial = (): VaultGateState => {
  const hint = readHint();
  return hint === 'on' ? 'locked' : hint === 'off' ? 'off' : 'checking';
};

let state: VaultGateState = initial();
const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);

function set(next: VaultGateState): void {
  if (next === 'off') writeHint('off');
  if (next === 'locked' || next === 'open') writeHint('on');
  if (next === state) return;
  state = next;
  for (const listener of listeners) listener();
}

export const vaultGate = {
  get: (): VaultGateState => state,
  set,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/**
 * Whether text being typed may be journalled in localStorage in the clear:
 * only while the vault is known to be off, here and in every other window.
 */
export function plainDraftsAllowed(): boolean {
  return state === 'off' && readHint() === 'off';
}

// The data layer, once loaded, says how to drop its keys (before it loads there are none).
let dropKeys: () => void = () => undefined;

export function onLockDropKeys(drop: () => void): void {
  dropKeys = drop;
}

/** How long saves that the lock itself set off (a note left by its field's blur) may take before the keys go. */
const SAVES_SETTLE_MS = 250;

/**
 * Locks this window: the field being typed in lets go (and saves what it
 * holds), every screen that showed data is unmounted, and a moment later,
 * once those saves are sealed, the keys are dropped.
 */
export function lockHere(): void {
  if (state !== 'open') return;
  const focused = globalThis.document?.activeElement;
  if (focused instanceof HTMLElement) focused.blur();
  set('locked');
  setTimeout(() => {
    if (state === 'locked') dropKeys();
  }, SAVES_SETTLE_MS);
}

/** Locks every window of the app (the shortcut, the button, the idle timer and the desktop's lock or sleep). */
export function lockEverywhere(): void {
  channel?.postMessage('lock');
  lockHere();
}

if (channel) {
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (event.data === 'lock') lockHere();
  };
}

// Another window turned the vault on (or off): this one follows.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key !== HINT_KEY) return;
  if (event.newValue === 'on' && (state === 'off' || state === 'choose' || state === 'checking')) set('locked');
  if (event.newValue === 'off' && (state === 'locked' || state === 'choose')) set('off');
});
