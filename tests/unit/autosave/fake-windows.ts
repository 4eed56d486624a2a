// Several app windows on one device, in one Node process: a Web Locks manager
// that behaves as the browser's does (exclusive and shared modes, ifAvailable,
// a FIFO queue, abort signals, every lock of a window let go when it
// crashes), one localStorage, one database with live queries, and the
// windows' broadcast channel.

import { createDraftJournal, type DraftStorage } from '../../../renderer/src/autosave/draft-journal.ts';
import { NoteEditor, type NoteEditorOptions } from '../../../renderer/src/autosave/note-editor.ts';
import { holdWindowLock, type LockNews, type Locks } from '../../../renderer/src/autosave/note-lock.ts';

interface Held {
  name: string;
  mode: LockMode;
  client: string;
}

interface Queued extends Held {
  grant: () => void;
}

export class FakeLockManager {
  private held: Held[] = [];
  private queue: Queued[] = [];
  private readonly crashed = new Set<string>();

  private grantable(name: string, mode: LockMode): boolean {
    const holders = this.held.filter((lock) => lock.name === name);
    return mode === 'shared' ? holders.every((lock) => lock.mode === 'shared') : holders.length === 0;
  }

  private process(): void {
    for (const name of new Set(this.queue.map((entry) => entry.name))) {
      for (const entry of this.queue.filter((candidate) => candidate.name === name)) {
        if (!this.grantable(name, entry.mode)) break;
        this.queue.splice(this.queue.indexOf(entry), 1);
        entry.grant();
      }
    }
  }

  /** The lock manager as one window sees it. */
  client(client: string): Locks {
    const request = (name: string, ...rest: unknown[]): Promise<unknown> => {
      const [options, callback] = (rest.length === 1 ? [{}, rest[0]] : rest) as [LockOptions, LockGrantedCallback<unknown>];
      const mode = options.mode ?? 'exclusive';
      return new Promise((resolve, reject) => {
        if (this.crashed.has(client)) return; // a crashed window's requests never return
        const run = (lock: Lock | null, entry?: Held) => {
          queueMicrotask(() => {
            Promise.resolve(callback(lock)).then(
              (value) => {
                if (entry) {
                  const index = this.held.indexOf(entry);
                  if (index < 0) return; // let go by a crash
                  this.held.splice(index, 1);
                  this.process();
                }
                resolve(value);
              },
              (error: unknown) => reject(error),
            );
          });
        };
        const grant = () => {
          const entry: Held = { name, mode, client };
          this.held.push(entry);
          run({ name, mode } as Lock, entry);
        };
        if (options.signal?.aborted) return reject(options.signal.reason);
        const queuedForName = this.queue.some((entry) => entry.name === name);
        if (options.ifAvailable) return !queuedForName && this.grantable(name, mode) ? grant() : run(null);
        const queued: Queued = { name, mode, client, grant };
        this.queue.push(queued);
        options.signal?.addEventListener('abort', () => {
          const index = this.queue.indexOf(queued);
          if (index < 0) return;
          this.queue.splice(index, 1);
          reject(options.signal!.reason);
        });
        this.process();
      });
    };
    return {
      request: request as Locks['request'],
      query: async () => ({
        held: this.held.map(({ name, mode, client: clientId }) => ({ name, mode, clientId })),
        pending: this.queue.map(({ name, mode, client: clientId }) => ({ name, mode, clientId })),
      }),
    };
  }

  /** The window is gone: the browser lets go of everything it held or asked for. */
  crash(client: string): void {
    this.crashed.add(client);
    this.held = this.held.filter((lock) => lock.client !== client);
    this.queue = this.queue.filter((lock) => lock.client !== client);
    this.process();
  }

  holds(client: string, name: string): boolean {
    return this.held.some((lock) => lock.client === client && lock.name === name && lock.mode === 'exclusive');
  }
}

export class FakeStorage implements DraftStorage {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

/** One stored text, with live queries that report each commit a moment later, as Dexie's do across windows. */
export class FakeDatabase {
  text: string;
  /** While set, saves hang, as a write cut short by a crash does. */
  hang = false;
  saves: string[] = [];
  private readonly watchers = new Set<(text: string) => void>();

  constructor(text = '') {
    this.text = text;
  }

  async save(text: string): Promise<void> {
    this.saves.push(text);
    if (this.hang) return new Promise<void>(() => undefined);
    await Promise.resolve();
    this.text = text;
    setTimeout(() => {
      for (const watcher of this.watchers) watcher(this.text);
    }, 1);
  }

  async load(): Promise<string> {
    await Promise.resolve();
    return this.text;
  }

  watch(watcher: (text: string) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }
}

class FakeNews {
  private readonly windows = new Map<string, Set<(name: string) => void>>();
  client(id: string): LockNews {
    return {
      taken: (name) => {
        for (const [other, listeners] of this.windows)
          if (other !== id) for (const listener of listeners) setTimeout(() => listener(name), 0);
      },
      listen: (onTaken) => {
        const listeners = this.windows.get(id) ?? new Set();
        this.windows.set(id, listeners);
        listeners.add(onTaken);
        return () => listeners.delete(onTaken);
      },
    };
  }
}

export interface FakeWindow {
  id: string;
  editor: NoteEditor;
  /** Stops following the database, as a window whose live query lags does. */
  deaf(): void;
  crash(): void;
}

export class FakeDevice {
  readonly locks = new FakeLockManager();
  readonly storage = new FakeStorage();
  readonly news = new FakeNews();
  readonly journal = createDraftJournal(() => this.storage);

  constructor(readonly db: FakeDatabase) {}

  /** Opens a window showing the field; `options` may replace the defaults (save and load go to the database). */
  open(id: string, options: Partial<NoteEditorOptions> = {}): FakeWindow {
    const locks = this.locks.client(id);
    holdWindowLock(locks, id);
    const editor = new NoteEditor(
      { key: 'note', storedText: this.db.text, save: (text) => this.db.save(text), load: () => this.db.load(), ...options },
      { locks, news: this.news.client(id), journal: this.journal, windowId: id, now: () => Date.now() },
    );
    let unwatch = this.db.watch((text) => editor.setStored(text));
    editor.start();
    return {
      id,
      editor,
      deaf: () => unwatch(),
      crash: () => {
        unwatch();
        unwatch = () => undefined;
        editor.stop = () => undefined;
        this.locks.crash(id);
      },
    };
  }
}

/** Lets timers and promises run: a few milliseconds of the windows' life. */
export async function settle(ms = 30): Promise<void> {
  const until = Date.now() + ms;
  do await new Promise((resolve) => setTimeout(resolve, 2));
  while (Date.now() < until);
}
