import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stepNoteId } from '../../../domain/sessions/session-model.ts';
import { NoteLockNotice } from '../autosave/NoteLockNotice.tsx';
import { SaveStatus } from '../autosave/SaveStatus.tsx';
import { useAutosavedText } from '../autosave/useAutosavedText.ts';
import { sessions } from '../data/app-database.ts';
import { TEXT_LIMITS } from '../../../domain/sessions/session-vocabulary.ts';

interface NoteKey {
  id: string;
  sessionId: string;
  agendaItemId: string;
  stepIndex: number;
}

function StepNoteEditor({ note, storedText }: { note: NoteKey; storedText: string }) {
  const { t } = useTranslation('run');
  // Nothing typed yet, nothing to report: "Saved" appears once there is something of this visit's typing to have saved.
  const [typed, setTyped] = useState(false);
  const { text, setText, state, readOnly, notice, focusProps } = useAutosavedText({
    draftKey: `step-note:${note.id}`,
    storedText,
    save: (next) => sessions.saveStepNote(note, next),
    load: () => sessions.stepNoteText(note.id),
  });
  return (
    <div className={readOnly ? 'field step-note note-locked' : 'field step-note'}>
      <label htmlFor="step-note">{t('stepNote.label')}</label>
      <NoteLockNotice notice={notice} id="step-note-lock" />
      <textarea
        id="step-note"
        rows={8}
        maxLength={TEXT_LIMITS.longText}
        value={text}
        readOnly={readOnly}
        onChange={(event) => {
          setTyped(true);
          setText(event.target.value);
        }}
        {...focusProps}
        aria-describedby="step-note-lock step-note-status"
      />
      {typed || state !== 'saved' ? (
        <SaveStatus state={state} id="step-note-status" />
      ) : (
        <span id="step-note-status" className="save-status" aria-live="polite" />
      )}
      <p className="field__hint">{t('stepNote.hint')}</p>
    </div>
  );
}

/** The facilitator's notes for the current step, saved as they type. */
export function StepNote({ sessionId, agendaItemId, stepIndex }: { sessionId: string; agendaItemId: string; stepIndex: number }) {
  const id = stepNoteId(agendaItemId, stepIndex);
  const stored = useLiveQuery(() => sessions.stepNoteText(id), [id], null);
  if (stored === null) return null;
  return <StepNoteEditor key={id} note={{ id, sessionId, agendaItemId, stepIndex }} storedText={stored} />;
}
