import { SaveStatus } from '../../autosave/SaveStatus.tsx';
import { useAutosavedText } from '../../autosave/useAutosavedText.ts';
import { sessions } from '../../data/app-database.ts';

export function PrepNote({ itemId, storedText, label }: { itemId: string; storedText: string; label: string }) {
  const { text, setText, state, flush } = useAutosavedText({
    draftKey: `prep-note:${itemId}`,
    storedText,
    save: (next) => sessions.setPrepNote(itemId, next),
    action: 'save your preparation note',
  });
  const id = `prep-note-${itemId}`;
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
