import { useLiveQuery } from 'dexie-react-hooks';
import type { AgendaItem } from '../../../../domain/sessions/session-model.ts';
import { SaveStatus } from '../../autosave/SaveStatus.tsx';
import { useAutosavedText } from '../../autosave/useAutosavedText.ts';
import { appDatabase, sessions } from '../../data/app-database.ts';

type ItemRef = Pick<AgendaItem, 'id' | 'sessionId'>;

function PrepNoteEditor({ item, storedText, label }: { item: ItemRef; storedText: string; label: string }) {
  const { text, setText, state, flush } = useAutosavedText({
    draftKey: `prep-note:${item.id}`,
    storedText,
    save: (next) => sessions.setPrepNote(item, next),
    action: 'save your preparation note',
  });
  const id = `prep-note-${item.id}`;
  return (
    <div className="field prep-note">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={flush}
        aria-describedby={`${id}-status`}
      />
      <SaveStatus state={state} id={`${id}-status`} />
    </div>
  );
}

/** The note is read once when the item appears; from then on the editor owns the text. */
export function PrepNote({ item, label }: { item: ItemRef; label: string }) {
  const stored = useLiveQuery(async () => (await appDatabase.prepNotes.get(item.id))?.text ?? '', [item.id], null);
  if (stored === null) return null;
  return <PrepNoteEditor item={item} storedText={stored} label={label} />;
}
