// A write-ahead journal for text being typed. Every keystroke is written
// synchronously to localStorage before the IndexedDB save, so a reload,
// crash or closed window at any instant loses nothing: the next window to
// take the note finds the draft and saves it. The entry is removed once
// IndexedDB has committed the same text. Like the database, it never leaves
// this device.
//
// localStorage is shared by every window of the app, so each window keeps
// its own entry, named by the window's id: one window's draft can never
// overwrite another's, and a draft is recovered only once the window that
// wrote it has gone (see note-editor.ts), and only onto the text it was typed
// on, so it never replaces newer text typed elsewhere.

import { plainDraftsAllowed } from '../data/vault-signal.ts';

const PREFIX = 'common-ground:draft:';

export interface Draft {
  text: string;
  savedAt: number;
  /** Hash (see textHash) of the stored text this draft was typed on. */
  base?: number;
  /** Hash of a text that was being written when the draft was journalled: it may have been committed. */
  writing?: number;
}

export interface JournalEntry {
  /** The window that wrote it; null for an entry from before windows had their own. */
  owner: string | null;
  draft: Draft;
}

/** The part of localStorage the journal uses; tests give their own. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const entryName = (key: string, owner: string | null) => (owner === null ? PREFIX + key : `${PREFIX}${key}#${owner}`);

function parse(raw: string | null): Draft | null {
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && typeof (parsed as Draft).text === 'string') return parsed as Draft;
  } catch {
    // A corrupt entry is ignored; the stored text stands.
  }
  return null;
}

export function createDraftJournal(storage: () => DraftStorage | null) {
  return {
    write(key: string, owner: string, draft: Omit<Draft, 'savedAt'>): void {
      try {
        storage()?.setItem(entryName(key, owner), JSON.stringify({ ...draft, savedAt: Date.now() } satisfies Draft));
      } catch {
        // Storage full or unavailable: the save is still coming and reports its own failure to the user.
      }
    },

    /** Every window's draft of this field, oldest first. */
    read(key: string): JournalEntry[] {
      const entries: JournalEntry[] = [];
      try {
        const store = storage();
        if (!store) return entries;
        const ownPrefix = `${PREFIX}${key}#`;
        for (let index = 0; index < store.length; index++) {
          const name = store.key(index);
          if (name === null) continue;
          const owner = name === PREFIX + key ? null : name.startsWith(ownPrefix) ? name.slice(ownPrefix.length) : undefined;
          if (owner === undefined) continue;
          const draft = parse(store.getItem(name));
          if (draft) entries.push({ owner, draft });
        }
      } catch {
        // Unreadable storage: nothing to recover.
      }
      return entries.sort((a, b) => a.draft.savedAt - b.draft.savedAt);
    },

    /** Forgets a window's draft, but only if it still holds the text that was committed. */
    clear(key: string, owner: string | null, committedText: string): void {
      try {
        const store = storage();
        if (store && parse(store.getItem(entryName(key, owner)))?.text === committedText) store.removeItem(entryName(key, owner));
      } catch {
        // Nothing to do: a leftover draft is harmless and is recovered onto the text it was typed on.
      }
    },

    remove(key: string, owner: string | null): void {
      try {
        storage()?.removeItem(entryName(key, owner));
      } catch {
        // As above.
      }
    },
  };
}

export type DraftJournal = ReturnType<typeof createDraftJournal>;

/**
 * The journal in this browser's localStorage, only while the vault is off:
 * with it on, nothing typed is written anywhere in the clear, so the
 * journal is off (a crash then loses at most the keystrokes of the last
 * moment before the sealed save).
 */
export const draftJournal = createDraftJournal(() => (typeof localStorage === 'undefined' || !plainDraftsAllowed() ? null : localStorage));

/** Removes every draft in the journal (when the vault is turned on, so nothing typed before stays in the clear). */
export function forgetAllDrafts(storage: DraftStorage | null = typeof localStorage === 'undefined' ? null : localStorage): void {
  if (!storage) return;
  const names: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const name = storage.key(index);
    if (name?.startsWith(PREFIX)) names.push(name);
  }
  for (const name of names) storage.removeItem(name);
}

/**
 * A short fingerprint of a text (cyrb53), so a draft can say which stored text
 * it was typed on without copying it into every keystroke's entry.
 */
export function textHash(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
