// One autosaved field in one window, and how it shares its note with the
// app's other windows (tabs, the desktop app's second window): no framework
// here, so the rules can be tested on their own (tests/unit/autosave/).
//
// The rule that makes a lost update impossible: only the window holding the
// note's Web Lock writes it. A window takes the lock when the user focuses the
// field (or types), keeps it while they edit, and lets it go once they leave
// the field and everything is saved; the browser lets it go if the window
// closes or crashes. Every other window shows the note read-only, follows the
// stored text live, says plainly that it is being edited elsewhere, and takes
// the note when it is free again. A window that has just taken the lock reads
// the stored text before writing anything, so it never writes over words it
// has not seen. Once held, a keystroke never waits on the lock.
//
// Two rarities are still handled without losing a word: a key typed in the
// instant between focusing and getting the lock, when another window got it
// first (those words are kept, and added to the other window's text when it is
// done), and words journalled by a window that closed or crashed before they
// were saved (the next window to take the note recovers them, onto the text
// they were typed on, or added to newer text written since).

import { textHash, type Draft, type DraftJournal, type JournalEntry } from './draft-journal.ts';
import { mergeKeepingBoth } from './merge-text.ts';
import {
  holdIfFree,
  holdWhenFree,
  holdWithin,
  isTaken,
  noteLockName,
  openWindows,
  whenFree,
  type LockNews,
  type Locks,
  type Release,
} from './note-lock.ts';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

/** free: nobody is editing it that this window knows of; taking: asking for it; mine: this window edits it. */
export type LockState = 'free' | 'taking' | 'mine' | 'elsewhere';

/** What the user is told about the note and the other windows; see NoteLockNotice. */
export type LockNotice = 'elsewhere' | 'elsewhere-kept' | 'free-again' | 'merged' | 'not-merged' | null;

export interface NoteSnapshot {
  text: string;
  save: SaveState;
  lock: LockState;
  notice: LockNotice;
}

export interface NoteEditorOptions {
  /** Names the field across windows and reloads, e.g. "prep-note:<item id>". */
  key: string;
  /** The text as stored when the field appears. */
  storedText: string;
  /** Writes the whole text; rejects if it could not. */
  save: (text: string) => Promise<void>;
  /** Reads the stored text afresh. Without it, the latest stored text given is taken as current. */
  load?: () => Promise<string>;
  /** The text as it will read once stored, when the save changes it (a trimmed title). */
  normalize?: (text: string) => string;
  /** Combines words typed here with text changed elsewhere meanwhile; null when they cannot be combined. */
  merge?: (mine: string, theirs: string) => string | null;
  /** After each commit, with the time the oldest change it carries was typed. */
  onCommitted?: (typedAt: number) => void;
}

export interface NoteEditorPlatform {
  /** The Web Locks API, or null where the browser has none: then each window writes as if alone. */
  locks: Locks | null;
  news: LockNews;
  journal: DraftJournal;
  windowId: string;
  now: () => number;
}

/** How long a window the user has just moved into waits for the other to finish saving before saying it is taken. */
const HANDOVER_MS = 300;

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

export class NoteEditor {
  private snapshot: NoteSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly name: string;
  private release: Release | null = null;
  private taking = false;
  /** Text not yet committed; only the window holding the lock writes it. */
  private pending: string | null = null;
  private writing = false;
  /** Focus is in the field, or the user typed since they last left it. */
  private editing = false;
  /** The stored text this window's text was typed on. */
  private base: string;
  private baseHash: number | null = null;
  private writingHash: number | null = null;
  private firstUnsavedAt: number | null = null;
  private latestStored: string;
  private waiting: AbortController | null = null;
  /** Drafts of windows that have gone, to forget once their words are committed here. */
  private recovered: (string | null)[] = [];
  private stopListening: () => void = () => undefined;

  constructor(
    private options: NoteEditorOptions,
    private readonly platform: NoteEditorPlatform,
  ) {
    this.name = noteLockName(options.key);
    this.base = this.latestStored = options.storedText;
    this.snapshot = { text: options.storedText, save: 'saved', lock: 'free', notice: null };
  }

  /** Swaps the callbacks (they may close over newer props); the key stays. */
  update(options: Omit<NoteEditorOptions, 'key' | 'storedText'>): void {
    this.options = { ...this.options, ...options };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): NoteSnapshot => this.snapshot;

  /** The field is on screen: hear other windows, recover what a closed window left, and see whether the note is taken. */
  start(): void {
    this.stopListening();
    this.stopListening = this.platform.news.listen((name) => {
      if (name === this.name) this.heardTaken();
    });
    void this.checkAtStart();
  }

  /** The field leaves the screen: what is typed is still saved, and the note let go after. */
  stop(): void {
    this.stopListening();
    this.editing = false;
    // A window waiting to add kept words keeps waiting; one only watching stops.
    if (this.pending === null && this.waiting) {
      this.waiting.abort();
      this.waiting = null;
      // No longer watching: start() finds out afresh whether the note is taken.
      this.set({ lock: 'free', notice: null });
    }
    this.writeOut();
  }

  focus(): void {
    this.editing = true;
    if (this.snapshot.lock === 'free') void this.take();
  }

  /** The user left the field: save what is left, then let the note go. */
  leave(): void {
    this.editing = false;
    this.writeOut();
  }

  /** The page is being hidden or unloaded: write now (the browser lets the lock go with the page). */
  flushNow(): void {
    this.writeOut();
  }

  type(text: string): void {
    this.editing = true;
    this.pending = text;
    this.firstUnsavedAt ??= this.platform.now();
    this.platform.journal.write(this.options.key, this.platform.windowId, {
      text,
      base: (this.baseHash ??= textHash(this.base)),
      ...(this.writingHash === null ? {} : { writing: this.writingHash }),
    });
    this.set({
      text,
      save: this.snapshot.save === 'failed' ? 'failed' : 'unsaved',
      ...(this.snapshot.notice === 'free-again' ? { notice: null } : {}),
    });
    if (this.release) this.writeOut();
    else if (this.snapshot.lock === 'elsewhere') {
      if (this.snapshot.notice !== 'elsewhere-kept') this.becomeElsewhere();
    } else void this.take();
  }

  /** The stored text changed (in this window or another). Followed unless this window has words of its own. */
  setStored(text: string): void {
    this.latestStored = text;
    if (this.release || this.taking || this.pending !== null) return;
    this.base = text;
    this.baseHash = null;
    if (text !== this.snapshot.text) this.set({ text });
  }

  private set(changes: Partial<NoteSnapshot>): void {
    const next = { ...this.snapshot, ...changes };
    if (Object.entries(changes).every(([field, value]) => this.snapshot[field as keyof NoteSnapshot] === value)) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }

  private normalize(text: string): string {
    return this.options.normalize ? this.options.normalize(text) : text;
  }

  private merge(mine: string, theirs: string): string | null {
    return this.options.merge ? this.options.merge(mine, theirs) : mergeKeepingBoth(mine, theirs);
  }

  private async checkAtStart(): Promise<void> {
    const { locks, journal, windowId } = this.platform;
    if (journal.read(this.options.key).some((entry) => entry.owner !== windowId || this.pending === null)) {
      await this.take();
      return;
    }
    if (locks && (await isTaken(locks, this.name).catch(() => false))) this.heardTaken();
  }

  private heardTaken(): void {
    if (this.release || this.taking || this.snapshot.lock === 'elsewhere') return;
    this.becomeElsewhere();
  }

  private async take(): Promise<void> {
    if (this.release || this.taking) return;
    this.taking = true;
    this.waiting?.abort();
    this.waiting = null;
    this.set({ lock: 'taking' });
    const { locks } = this.platform;
    let release = locks ? await holdIfFree(locks, this.name).catch(() => null) : () => undefined;
    // The user is in the field: the other window may only be saving its last words as they switched over.
    if (!release && locks && this.editing) release = await holdWithin(locks, this.name, HANDOVER_MS).catch(() => null);
    if (!release) {
      this.taking = false;
      this.becomeElsewhere();
      return;
    }
    await this.adopt(release);
  }

  /** Another window edits the note: follow it, and take the note when it is free (at once, if there are words to add). */
  private becomeElsewhere(): void {
    const { locks } = this.platform;
    if (!locks) return;
    const kept = this.pending !== null;
    this.set({ lock: 'elsewhere', notice: kept ? 'elsewhere-kept' : 'elsewhere' });
    this.waiting?.abort();
    const waiting = (this.waiting = new AbortController());
    if (kept) {
      holdWhenFree(locks, this.name, waiting.signal).then(
        (release) => {
          if (this.waiting === waiting) this.waiting = null;
          this.taking = true;
          return this.adopt(release);
        },
        (error: unknown) => this.stopWatching(waiting, error),
      );
      return;
    }
    whenFree(locks, this.name, waiting.signal).then(
      () => {
        if (this.waiting !== waiting) return;
        this.waiting = null;
        this.set({ lock: 'free', notice: 'free-again' });
        // Take it for the user who is in the field, or to save words a closed window left behind.
        const { journal, windowId } = this.platform;
        if (this.editing || journal.read(this.options.key).some((entry) => entry.owner !== windowId)) void this.take();
      },
      (error: unknown) => this.stopWatching(waiting, error),
    );
  }

  /** The wait was called off, or the lock manager failed: this window stops watching (the words it keeps stay journalled). */
  private stopWatching(waiting: AbortController, error: unknown): void {
    if (isAbort(error) || this.waiting !== waiting) return;
    this.waiting = null;
    this.set({ lock: 'free', notice: null });
  }

  /** The lock is this window's: read what is stored now, add any words left behind, and only then write. */
  private async adopt(release: Release): Promise<void> {
    let fresh = this.latestStored;
    try {
      if (this.options.load) fresh = await this.options.load();
    } catch {
      // Unreadable now: the text this window follows is the best there is, and the save reports the problem.
    }
    let result = fresh;
    let notice: LockNotice = null;
    for (const entry of await this.recoverable()) {
      const applied = this.applyDraft(result, entry);
      if (applied === null) notice = 'not-merged';
      else result = applied;
      this.recovered.push(entry.owner);
    }
    if (this.pending !== null && result !== this.base) {
      const merged = this.merge(this.pending, result);
      if (merged === null) {
        this.pending = null;
        this.platform.journal.remove(this.options.key, this.platform.windowId);
        notice = 'not-merged';
      } else {
        this.pending = merged;
        notice = merged === result ? notice : 'merged';
      }
    }
    if (this.pending === null && result !== fresh) this.pending = result;
    this.base = fresh;
    this.baseHash = null;
    this.release = release;
    this.taking = false;
    if (this.pending === null) {
      for (const owner of this.recovered.splice(0)) this.platform.journal.remove(this.options.key, owner);
    } else {
      this.firstUnsavedAt ??= this.platform.now();
      this.platform.journal.write(this.options.key, this.platform.windowId, { text: this.pending, base: textHash(fresh) });
    }
    this.set({
      text: this.pending ?? result,
      lock: 'mine',
      // "Free again" stays until the user types, so a screen reader user in the field hears that they can edit;
      // taken only to save words a closed window left, what the user was told still holds.
      notice: notice ?? (this.editing && this.snapshot.notice !== 'free-again' ? null : this.snapshot.notice),
      save: this.pending === null ? this.snapshot.save : 'unsaved',
    });
    if (this.editing) this.platform.news.taken(this.name);
    this.writeOut();
  }

  /** Drafts in the journal whose windows have gone (or from an earlier field in this window). */
  private async recoverable(): Promise<JournalEntry[]> {
    const { locks, journal, windowId } = this.platform;
    const entries = journal.read(this.options.key).filter((entry) => entry.owner !== windowId || this.pending === null);
    if (entries.length === 0 || !locks) return entries;
    const open = await openWindows(locks).catch(() => null);
    // Where the open windows cannot be listed, leave other windows' drafts for later rather than take a live one's words.
    return entries.filter((entry) => entry.owner === null || entry.owner === windowId || (open !== null && !open.has(entry.owner)));
  }

  /** A draft onto the current text: in full if it was typed on it, added to it if the text changed since. */
  private applyDraft(current: string, { owner, draft }: JournalEntry): string | null {
    // Before windows kept their own drafts there was one window, and its draft was the newest text.
    if (owner === null) return draft.text;
    if (this.normalize(draft.text) === current) return current;
    const hash = textHash(current);
    if (hash === draft.base || hash === (draft as Draft).writing) return draft.text;
    return this.merge(draft.text, current);
  }

  /** Writes pending text, one write at a time, coalescing what is typed meanwhile; lets the note go when done. */
  private writeOut(): void {
    if (!this.release || this.writing || this.taking) return;
    if (this.pending === null) {
      this.maybeRelease();
      return;
    }
    this.writing = true;
    void (async () => {
      try {
        while (this.pending !== null) {
          const toSave = this.pending;
          this.pending = null;
          const stored = this.normalize(toSave);
          this.writingHash = textHash(stored);
          this.set({ save: 'saving' });
          const typedAt = this.firstUnsavedAt;
          this.firstUnsavedAt = null;
          try {
            await this.options.save(toSave);
          } catch {
            // Kept pending (and the lock kept) so the next change or leaving the field tries again; the draft stays journalled.
            this.pending ??= toSave;
            this.writingHash = null;
            this.set({ save: 'failed' });
            return;
          }
          this.base = stored;
          this.baseHash = this.writingHash;
          this.writingHash = null;
          this.platform.journal.clear(this.options.key, this.platform.windowId, toSave);
          for (const owner of this.recovered.splice(0)) this.platform.journal.remove(this.options.key, owner);
          if (typedAt !== null) this.options.onCommitted?.(typedAt);
        }
        this.set({ save: 'saved' });
      } finally {
        this.writing = false;
      }
      this.maybeRelease();
    })();
  }

  private maybeRelease(): void {
    if (!this.release || this.editing || this.writing || this.taking || this.pending !== null) return;
    this.release();
    this.release = null;
    this.set({ lock: 'free' });
  }
}
