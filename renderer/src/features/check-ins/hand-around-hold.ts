import { useSyncExternalStore } from 'react';
import { useHashLocation } from 'wouter/use-hash-location';

// While the device goes round, the app is held on the hand-around: the
// screen behind it is the facilitator's (notes, "Close round"), and a
// participant must not reach it by Back, Alt+Left, the mouse's back button,
// a typed address, or by closing the app and opening it again. Only the
// facilitator's confirmation lets go.
//
// The hold is kept in the router itself: while it is on, every address but
// the hand-around's (and the participant display's, which is another window)
// is answered with the hand-around, so no other screen is ever rendered, not
// even for a frame, and the hand-around keeps its state. An attempt to go
// elsewhere is counted, and the hand-around asks for the confirmation. The
// address bar is left as it is: fighting the history would only move the
// facilitator's place in it about.
//
// The hold is written to local storage, so a reload, a second tab or the app
// opened again after being closed all come back to the hand-around. What is
// written names the session only, never the round: an open round lives in
// this window's memory and nowhere else, and after a reload it is gone, so
// the hand-around comes back saying the round was closed, still asking for
// the facilitator's confirmation before anything behind it shows.

const STORAGE_KEY = 'common-ground:hand-around';

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The hand-around path with its round taken out: `/sessions/s/check-in/r` is kept as `/sessions/s/check-in/ended`. */
export const withoutRound = (path: string) => path.replace(/\/check-in\/[^/]+$/, '/check-in/ended');

function writeStored(path: string | null): void {
  try {
    if (path === null) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, withoutRound(path));
  } catch {
    // Storage unavailable: the hold still works for this page.
  }
}

let heldAt: string | null = readStored();
let leaveAttempts = 0;
const listeners = new Set<() => void>();

const notify = () => listeners.forEach((listener) => listener());

/** The path as wouter's hash location reads it. */
const currentPath = () => '/' + location.hash.replace(/^#?\/?/, '');

/** The participant display is another window, showing only what the room may see: it is never held. */
const strays = (path: string) => heldAt !== null && path !== heldAt && !path.startsWith('/display/');

function onHashChange(): void {
  if (!strays(currentPath())) return;
  leaveAttempts++;
  notify();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) addEventListener('hashchange', onHashChange);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) removeEventListener('hashchange', onHashChange);
  };
}

/** Holds the app on the hand-around at `path` (as the router reads it) until `releaseHandAround`. */
export function holdOnHandAround(path: string): void {
  if (heldAt === path) return;
  heldAt = path;
  writeStored(path);
  notify();
}

/** The facilitator has confirmed: the app may go anywhere again. */
export function releaseHandAround(): void {
  heldAt = null;
  writeStored(null);
  notify();
}

/** How many times something has tried to take the app away from the hand-around. */
export function useLeaveAttempts(): number {
  return useSyncExternalStore(subscribe, () => leaveAttempts);
}

/**
 * wouter's hash location, held on the hand-around while one is going on.
 * Use it as the app's router hook.
 */
export function useHeldHashLocation(): ReturnType<typeof useHashLocation> {
  const [path, navigate] = useHashLocation();
  const held = useSyncExternalStore(subscribe, () => heldAt);
  return [held !== null && strays(path) ? held : path, navigate];
}
// Links are written as "#/path", as with wouter's own hash location.
useHeldHashLocation.hrefs = (href: string) => `#${href}`;
