import { useCallback, useEffect, useMemo, useSyncExternalStore, type FocusEvent } from 'react';
import { reportingFailures } from '../data/storage-errors.ts';
import { AUTOSAVE_COMMIT_MEASURE } from '../navigation/performance-marks.ts';
import { draftJournal } from './draft-journal.ts';
import { NoteEditor, type NoteEditorPlatform } from './note-editor.ts';
import { WINDOW_ID, platformLocks, platformNews } from './note-lock.ts';

export type { LockNotice, LockState, SaveState } from './note-editor.ts';

interface AutosaveOptions {
  /** Identifies the field across windows and reloads, e.g. "prep-note:<item id>". */
  draftKey: string;
  /** The text as stored, kept current (a live query): followed while another window edits it. */
  storedText: string;
  save: (text: string) => Promise<void>;
  /** Reads the stored text afresh when this window takes the note, so it never writes over words it has not seen yet. */
  load?: () => Promise<string>;
  /** The text as it reads once stored, when saving changes it (a trimmed title). */
  normalize?: (text: string) => string;
  /** Combines words typed here with a text changed meanwhile in another window; null when they cannot be. */
  merge?: (mine: string, theirs: string) => string | null;
}

const platform: NoteEditorPlatform = {
  locks: platformLocks,
  news: platformNews,
  journal: draftJournal,
  windowId: WINDOW_ID,
  now: () => performance.now(),
};

/**
 * Text that saves itself as the user types, and is edited in one window at a
 * time (see note-editor.ts). Every change is journalled synchronously (see
 * draft-journal.ts), then written to the database at once; while a write is
 * in flight, further changes coalesce into one follow-up write of the latest
 * text. Leaving the field, leaving the screen, hiding or unloading the page
 * flush what is left.
 *
 * Give the field (or the element around a group of fields) `focusProps`,
 * make it read-only when `readOnly`, and show `notice` with NoteLockNotice.
 */
export function useAutosavedText({ draftKey, storedText, save, load, normalize, merge }: AutosaveOptions) {
  // One editor per field; a new key is a new field. Its first stored text is the one it starts from.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const editor = useMemo(() => new NoteEditor({ key: draftKey, storedText, save }, platform), [draftKey]);
  const snapshot = useSyncExternalStore(editor.subscribe, editor.getSnapshot);

  useEffect(() => {
    editor.update({
      // The repositories report their own failures in their own words; this only catches a save that does not.
      save: (text) => reportingFailures('save what you typed', () => save(text)),
      ...(load ? { load } : {}),
      ...(normalize ? { normalize } : {}),
      ...(merge ? { merge } : {}),
      onCommitted: (typedAt) => performance.measure(AUTOSAVE_COMMIT_MEASURE, { start: typedAt }),
    });
  });

  useEffect(() => editor.setStored(storedText), [editor, storedText]);

  useEffect(() => {
    editor.start();
    const onHide = () => {
      if (document.visibilityState === 'hidden') editor.flushNow();
    };
    const onPageHide = () => editor.flushNow();
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      editor.stop();
    };
  }, [editor]);

  const setText = useCallback((text: string) => editor.type(text), [editor]);
  /** Saves what is left and lets the note go: for the field's blur. */
  const flush = useCallback(() => editor.leave(), [editor]);
  const focusProps = useMemo(
    () => ({
      onFocus: () => editor.focus(),
      // Moving between the fields of one group is not leaving it.
      onBlur: (event: FocusEvent<HTMLElement>) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) editor.leave();
      },
    }),
    [editor],
  );

  return {
    text: snapshot.text,
    setText,
    state: snapshot.save,
    flush,
    lock: snapshot.lock,
    notice: snapshot.notice,
    /** Another window is editing it: show it, following along, but do not let it be changed here. */
    readOnly: snapshot.lock === 'elsewhere',
    focusProps,
  };
}
