import { useLiveQuery } from 'dexie-react-hooks';
import type { AgendaItem } from '../../../../domain/sessions/session-model.ts';
import { NoteLockNotice } from '../../autosave/NoteLockNotice.tsx';
import { SaveStatus } from '../../autosave/SaveStatus.tsx';
import { useAutosavedText } from '../../autosave/useAutosavedText.ts';
import { sessions } from '../../data/app-database.ts';
import { TEXT_LIMITS } from '../../../../domain/sessions/session-vocabulary.ts';

type ItemRef = Pick<AgendaItem, 'id' | 'sessionId'>;

function PrepNoteEditor({ item, storedText, label }: { item: ItemRef; storedText: string; label: string }) {
  const { text, setText, state, readOnly, notice, focusProps } = useAutosavedText({
    draftKey: `prep-note:${item.id}`,
    storedText,
    save: (next) => sessions.setPrepNote(item, next),
    load: () => sessions.prepNoteText(item.id),
  });
  const id = `prep-note-${item.id}`;
  return (
    <div className={readOnly ? 'field prep-note note-locked' : 'field prep-note'}>
      <label htmlFor={id}>{label}</label>
      <NoteLockNotice notice={notice} id={`${id}-lock`} />
      <textarea
        id={id}
        rows={2}
        maxLength={TEXT_LIMITS.longText}
        value={text}
        readOnly={readOnly}
        onChange={(event) => setText(event.target.value)}
        {...focusProps}
        aria-describedby={`${id}-lock ${id}-status`}
      />
      <SaveStatus state={state} id={`${id}-status`} />
    </div>
  );
}

/** The note follows what is stored; while this window edits it, the editor owns the text. */
export function PrepNote({ item, label }: { item: ItemRef; label: string }) {
  const stored = useLiveQuery(() => sessions.prepNoteText(item.id), [item.id], null);
  if (stored === null) return null;
  return <PrepNoteEditor key={item.id} item={item} storedText={stored} label={label} />;
}
