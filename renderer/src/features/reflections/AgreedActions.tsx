import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { AgreedAction } from '../../../../domain/sessions/session-model.ts';
import { SaveStatus } from '../../autosave/SaveStatus.tsx';
import { useAutosavedText } from '../../autosave/useAutosavedText.ts';
import { NoteLockNotice } from '../../autosave/NoteLockNotice.tsx';
import { records } from '../../data/app-database.ts';
import { AddLine } from './AddLine.tsx';

function ActionRow({ action, number }: { action: AgreedAction; number: number }) {
  const { t } = useTranslation('reflections');
  const { text, setText, state, readOnly, notice, focusProps } = useAutosavedText({
    draftKey: `action:${action.id}`,
    storedText: action.text,
    save: (next) => records.updateAction(action.id, next),
    load: async () => (await records.actionsOf(action.sessionId, action.agendaItemId)).find((a) => a.id === action.id)?.text ?? action.text,
  });
  const id = `action-${action.id}`;
  return (
    <li className={readOnly ? 'agreed-action note-locked' : 'agreed-action'}>
      <label htmlFor={id} className="visually-hidden">
        {t('actions.action', { number })}
      </label>
      <input
        id={id}
        value={text}
        maxLength={2000}
        readOnly={readOnly}
        onChange={(event) => setText(event.target.value)}
        aria-describedby={`${id}-lock ${id}-status`}
        {...focusProps}
      />
      <SaveStatus state={state} id={`${id}-status`} />
      <NoteLockNotice notice={notice} id={`${id}-lock`} />
      {/* While another window edits the row, it cannot be removed from under it. */}
      <button
        type="button"
        className="button button--quiet"
        disabled={readOnly}
        onClick={() => void records.removeAction(action.id).catch(() => undefined)}
      >
        <Trans t={t} i18nKey="actions.remove" values={{ number }} components={[<span key="hidden" className="visually-hidden" />]} />
      </button>
    </li>
  );
}

/** What the group agreed to do. No names unless the group chooses to write them. */
export function AgreedActions({ sessionId, agendaItemId }: { sessionId: string; agendaItemId: string }) {
  const { t } = useTranslation('reflections');
  const id = useId();
  const actions = useLiveQuery(() => records.actionsOf(sessionId, agendaItemId), [sessionId, agendaItemId]);
  return (
    <section className="reflection-editor" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('actions.title')}</h3>
      <ol className="agreed-actions">
        {actions?.map((action, index) => (
          <ActionRow key={action.id} action={action} number={index + 1} />
        ))}
      </ol>
      <AddLine
        label={t('actions.new')}
        submitLabel={t('actions.add')}
        onAdd={(text) => records.addAction(sessionId, agendaItemId, text).then(() => undefined)}
      />
      <p className="field__hint">{t('actions.hint')}</p>
    </section>
  );
}
