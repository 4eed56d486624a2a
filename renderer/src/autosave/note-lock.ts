// Who may write a note: one window at a time, by a Web Lock per note. The
// browser releases a window's locks when it closes, reloads or crashes, so a
// note can never stay locked by a window that has gone. Windows also tell
// each other on a BroadcastChannel when they take a note, so the others can
// show at once that it is being edited elsewhere. Both stay on this device.

/** The parts of the Web Locks API the note lock uses; tests give their own. */
export type Locks = Pick<LockManager, 'request' | 'query'>;

/** Tells other windows that this one has taken a note, and hears when they do. */
export interface LockNews {
  taken(name: string): void;
  listen(onTaken: (name: string) => void): () => void;
}

export type Release = () => void;

const WINDOW_LOCK = 'common-ground:window:';
const CHANNEL = 'common-ground:note-locks';

export const noteLockName = (key: string) => `common-ground:note:${key}`;

/** Holds `name` (exclusively by default) until the returned function is called; null if `ifAvailable` and it is held. */
function hold(locks: Locks, name: string, options: LockOptions): Promise<Release | null> {
  return new Promise((resolve, reject) => {
    let release: Release = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    locks
      .request(name, options, (lock) => {
        resolve(lock ? release : null);
        return lock ? held : undefined;
      })
      .catch(reject);
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the note if no window is editing it. A window that is only checking
 * whether the note is free holds it shared for an instant: that is not
 * someone editing, so try again rather than report the note taken.
 */
export async function holdIfFree(locks: Locks, name: string): Promise<Release | null> {
  for (let attempt = 0; ; attempt++) {
    const release = await hold(locks, name, { ifAvailable: true });
    if (release) return release;
    const { held = [] } = await locks.query();
    if (attempt >= 20 || held.some((lock) => lock.name === name && lock.mode === 'exclusive')) return null;
    await pause(2);
  }
}

/** Takes the note if it comes free within `ms`; null if not. */
export const holdWithin = (locks: Locks, name: string, ms: number) =>
  hold(locks, name, { signal: AbortSignal.timeout(ms) }).catch((error: unknown) => {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return null;
    throw error;
  });

/** Takes the note as soon as the window editing it lets it go (or closes). */
export const holdWhenFree = (locks: Locks, name: string, signal: AbortSignal) => hold(locks, name, { signal }) as Promise<Release>;

/** Resolves when no window holds the note; the shared request is let go at once. */
export async function whenFree(locks: Locks, name: string, signal: AbortSignal): Promise<void> {
  await locks.request(name, { mode: 'shared', signal }, () => undefined);
}

// A plan shows a note per agenda item: the notes that appear together share one query.
const queries = new WeakMap<Locks, Promise<LockManagerSnapshot>>();
function sharedQuery(locks: Locks): Promise<LockManagerSnapshot> {
  let query = queries.get(locks);
  if (!query) {
    query = locks.query();
    queries.set(locks, query);
    setTimeout(() => queries.delete(locks), 0);
  }
  return query;
}

/** Whether any window is editing the note now. */
export async function isTaken(locks: Locks, name: string): Promise<boolean> {
  const { held = [] } = await sharedQuery(locks);
  return held.some((lock) => lock.name === name && lock.mode === 'exclusive');
}

/** The windows of the app that are open now, by id: each holds a lock named after itself for as long as it lives. */
export async function openWindows(locks: Locks): Promise<Set<string>> {
  const { held = [] } = await locks.query();
  return new Set(held.flatMap((lock) => (lock.name?.startsWith(WINDOW_LOCK) ? [lock.name.slice(WINDOW_LOCK.length)] : [])));
}

/** Marks this window as open, for as long as it lives. */
export function holdWindowLock(locks: Locks, windowId: string): void {
  void locks.request(WINDOW_LOCK + windowId, () => new Promise<never>(() => undefined));
}

/** This page's own id: a reload is a new window, whose predecessor's drafts are recovered. */
export const WINDOW_ID = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random()).slice(2);

/** The browser's lock manager, or null where there is none (an insecure origin, an old browser). */
export const platformLocks: Locks | null = typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null;

if (platformLocks) holdWindowLock(platformLocks, WINDOW_ID);

// One channel for the whole window, however many notes are on screen.
let channel: BroadcastChannel | null = null;
const listeners = new Set<(name: string) => void>();

function openChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  if (!channel) {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const data = event.data as { taken?: unknown } | null;
      if (data && typeof data.taken === 'string') for (const listener of listeners) listener(data.taken);
    };
  }
  return channel;
}

export const platformNews: LockNews = {
  taken(name) {
    openChannel()?.postMessage({ taken: name });
  },
  listen(onTaken) {
    openChannel();
    listeners.add(onTaken);
    return () => listeners.delete(onTaken);
  },
};
