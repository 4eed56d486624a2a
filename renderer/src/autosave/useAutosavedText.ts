import { useCallback, useEffect, useRef, useState } from 'react';
import { reportingFailures } from '../data/storage-errors.ts';
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
  delayMs?: number;
}

/**
 * Text that saves itself as the user types: journalled synchronously on every
 * change, written to the database after a short pause, and flushed at once
 * on blur, when the component goes away (route change) and when the page is
 * hidden or unloaded.
 */
export function useAutosavedText({ draftKey, storedText, save, action, delayMs = 300 }: AutosaveOptions) {
  const [initial] = useState(() => {
    const draft = readDraft(draftKey);
    return { text: draft?.text ?? storedText, recovered: draft && draft.text !== storedText ? draft.text : null };
  });
  const [text, setTextState] = useState(initial.text);
  const [state, setState] = useState<SaveState>(initial.recovered === null ? 'saved' : 'unsaved');
  const pending = useRef<string | null>(initial.recovered);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const toSave = pending.current;
    if (toSave === null) return;
    pending.current = null;
    setState('saving');
    reportingFailures(action, () => saveRef.current(toSave)).then(
      () => {
        clearDraft(draftKey, toSave);
        setState(pending.current === null ? 'saved' : 'unsaved');
      },
      () => {
        // Keep it pending so the next change or flush tries again; the draft stays journalled.
        pending.current ??= toSave;
        setState('failed');
      },
    );
  }, [action, draftKey]);

  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      writeDraft(draftKey, next);
      pending.current = next;
      setState('unsaved');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [delayMs, draftKey, flush],
  );

  useEffect(() => {
    // A draft recovered from an earlier page load is saved straight away.
    if (pending.current !== null) flush();
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
