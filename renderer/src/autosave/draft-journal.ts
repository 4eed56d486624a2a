// A write-ahead journal for text being typed. Every keystroke is written
// synchronously to localStorage before the debounced IndexedDB save, so a
// reload, crash or closed window at any instant loses nothing: on the next
// load the draft is found and saved. The entry is removed once IndexedDB has
// committed the same text. Like the database, it never leaves this device.

const PREFIX = 'common-ground:draft:';

export interface Draft {
  text: string;
  savedAt: number;
}

export function writeDraft(key: string, text: string): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ text, savedAt: Date.now() } satisfies Draft));
  } catch {
    // Storage full or unavailable: the debounced save is still coming and
    // reports its own failure to the user.
  }
}

export function readDraft(key: string): Draft | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && typeof (parsed as Draft).text === 'string') return parsed as Draft;
  } catch {
    // A corrupt entry is ignored; the stored text stands.
  }
  return null;
}

/** Forgets the draft, but only if it still holds the text that was committed. */
export function clearDraft(key: string, committedText: string): void {
  try {
    if (readDraft(key)?.text === committedText) localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to do: a leftover draft is harmless and is re-saved next load.
  }
}
