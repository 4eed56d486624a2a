import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import type { AgreedAction } from '../../../../domain/sessions/session-model.ts';
import { SaveStatus } from '../../autosave/SaveStatus.tsx';
import { useAutosavedText } from '../../autosave/useAutosavedText.ts';
import { appDatabase, records } from '../../data/app-database.ts';
import { reportingFailures } from '../../data/storage-errors.ts';
import { AddLine } from './AddLine.tsx';

function ActionRow({ action, number }: { action: AgreedAction; number: number }) {
  const { text, setText, state, flush } = useAutosavedText({
    draftKey: `action:${action.id}`,
    storedText: action.text,
    save: (next) => records.updateAction(action.id, next),
    action: 'save the action',
  });
  return (
    <li className="agreed-action">
      <label htmlFor={`action-${action.id}`} className="visually-hidden">
        Action {number}
      </label>
      <input id={`action-${action.id}`} value={text} maxLength={2000} onChange={(event) => setText(event.target.value)} onBlur={flush} />
      <SaveStatus state={state} id={`action-${action.id}-status`} />
      <button
        type="button"
        className="button button--quiet"
        onClick={() => void reportingFailures('remove the action', () => records.removeAction(action.id)).catch(() => undefined)}
      >
        Remove<span className="visually-hidden"> action {number}</span>
      </button>
    </li>
  );
}

/** What the group agreed to do. No names unless the group chooses to write them. */
export function AgreedActions({ sessionId, agendaItemId }: { sessionId: string; agendaItemId: string }) {
  const id = useId();
  const actions = useLiveQuery(
    async () =>
      (await appDatabase.agreedActions.where('sessionId').equals(sessionId).toArray())
        .filter((a) => a.agendaItemId === agendaItemId)
        .sort((a, b) => a.createdAt - b.createdAt),
    [sessionId, agendaItemId],
  );
  return (
    <section className="reflection-editor" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Agreed actions</h3>
      <ol className="agreed-actions">
        {actions?.map((action, index) => (
          <ActionRow key={action.id} action={action} number={index + 1} />
        ))}
      </ol>
      <AddLine
        label="A new action the group agreed"
        submitLabel="Add action"
        onAdd={(text) => reportingFailures('add the action', () => records.addAction(sessionId, agendaItemId, text)).then(() => undefined)}
      />
      <p className="field__hint">Who takes an action on is the group’s to write down, or not.</p>
    </section>
  );
}
