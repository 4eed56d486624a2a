import { useCallback, useEffect, useRef, useState } from 'react';
import { reportingFailures } from '../data/storage-errors.ts';
import { AUTOSAVE_COMMIT_MEASURE } from '../app/performance-marks.ts';
import { clearDraft, readDraft, writeDraft } from './draft-journal.ts';

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

interface AutosaveOptions {
  /** Identifies the field across reloads, e.g. "prep-note:<item id>". */
  draftKey: string;
  /** The text as stored when the field first appears. */
  storedText: string;
  save: (text: string) => Promise<void>;
  /** What the save does, in words, for error messages. */
  action: string;
}

/**
 * Text that saves itself as the user types. Every change is journalled
 * synchronously (see draft-journal.ts), then written to the database at
 * once. While a write is in flight, further changes coalesce into one
 * follow-up write of the latest text: fast typing costs one write at a time,
 * never a queue, and the database is never more than one write behind.
 * Blur, leaving the screen, hiding or unloading the page flush what is left.
 */
export function useAutosavedText({ draftKey, storedText, save, action }: AutosaveOptions) {
  const [initial] = useState(() => {
    const draft = readDraft(draftKey);
    return { text: draft?.text ?? storedText, recovered: draft && draft.text !== storedText ? draft.text : null };
  });
  const [text, setTextState] = useState(initial.text);
  const [state, setState] = useState<SaveState>(initial.recovered === null ? 'saved' : 'unsaved');
  const pending = useRef<string | null>(initial.recovered);
  const writing = useRef(false);
  /** When the oldest change not yet committed was typed, for the autosave benchmark. */
  const firstUnsavedAt = useRef<number | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(() => {
    if (writing.current || pending.current === null) return;
    writing.current = true;
    void (async () => {
      try {
        while (pending.current !== null) {
          const toSave = pending.current;
          pending.current = null;
          setState('saving');
          const typedAt = firstUnsavedAt.current;
          firstUnsavedAt.current = null;
          try {
            await reportingFailures(action, () => saveRef.current(toSave));
            clearDraft(draftKey, toSave);
            if (typedAt !== null) performance.measure(AUTOSAVE_COMMIT_MEASURE, { start: typedAt });
          } catch {
            // Keep it pending so the next change or flush tries again; the draft stays journalled.
            pending.current ??= toSave;
            setState('failed');
            return;
          }
        }
        setState('saved');
      } finally {
        writing.current = false;
      }
    })();
  }, [action, draftKey]);

  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      writeDraft(draftKey, next);
      pending.current = next;
      firstUnsavedAt.current ??= performance.now();
      setState((current) => (current === 'failed' ? current : 'unsaved'));
      flush();
    },
    [draftKey, flush],
  );

  useEffect(() => {
    // A draft recovered from an earlier page load is saved straight away.
    flush();
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { text, setText, state, flush };
}
