import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { emptyTimelines, timelinesSchema, type GroupTimeline, type Timelines } from '../../../../domain/reflections/timelines.ts';
import { NoteLockNotice } from '../../autosave/NoteLockNotice.tsx';
import { SaveStatus } from '../../autosave/SaveStatus.tsx';
import { AddGroupForm } from './AddGroupForm.tsx';
import { AddLine } from './AddLine.tsx';
import { TimelinesView } from './TimelinesView.tsx';
import { useAutosavedReflection } from './useAutosavedReflection.ts';

/** An event for one group's timeline: when, as the group puts it, and what happened. */
function AddEvent({ group, onAdd }: { group: GroupTimeline; onAdd: (when: string, text: string) => void }) {
  const { t } = useTranslation('reflections');
  const id = useId();
  const [when, setWhen] = useState('');
  return (
    <AddLine
      label={t('timelines.newEvent', { group: group.label })}
      before={
        <>
          <label htmlFor={id}>{t('timelines.when')}</label>
          <input id={id} className="add-line__short" value={when} maxLength={80} onChange={(event) => setWhen(event.target.value)} />
        </>
      }
      onAdd={(text) => {
        onAdd(when.trim(), text);
        setWhen('');
      }}
    />
  );
}

/** Groups' timelines, each kept only with that group's consent; removing a group removes its timeline entirely. */
export function TimelinesEditor({ item, stored }: { item: { id: string; sessionId: string }; stored: Timelines | undefined }) {
  const { t } = useTranslation('reflections');
  const { value, setValue, state, readOnly, notice, focusProps } = useAutosavedReflection({
    item,
    kind: 'timelines',
    schema: timelinesSchema,
    stored,
    empty: emptyTimelines,
  });
  const updateGroup = (groupId: string, change: (group: GroupTimeline) => GroupTimeline) =>
    setValue({ groups: value.groups.map((group) => (group.id === groupId ? change(group) : group)) });
  return (
    <section className="reflection-editor" aria-labelledby="timelines-heading" {...focusProps}>
      <h3 id="timelines-heading">{t('timelines.title')}</h3>
      <p className="field__hint">{t('timelines.hint')}</p>
      <NoteLockNotice notice={notice} id="timelines-lock" />
      <SaveStatus state={state} id="timelines-status" />
      {/* While another window edits the timelines, their controls are disabled here and the view below follows along. */}
      <fieldset className="note-lock-fieldset" disabled={readOnly} aria-describedby="timelines-lock">
        <ul className="reflection-editor__groups">
          {value.groups.map((group) => (
            <li key={group.id} className="reflection-editor__group">
              <h4>{group.label}</h4>
              <ul className="reflection-editor__entries">
                {group.events.map((event) => (
                  <li key={event.id}>
                    {event.when && <strong>{t('timelines.eventWhen', { when: event.when })} </strong>}
                    {event.text}{' '}
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={() => updateGroup(group.id, (g) => ({ ...g, events: g.events.filter((e) => e.id !== event.id) }))}
                    >
                      <Trans
                        t={t}
                        i18nKey="timelines.removeEvent"
                        values={{ text: event.text }}
                        components={[<span key="hidden" className="visually-hidden" />]}
                      />
                    </button>
                  </li>
                ))}
              </ul>
              <AddEvent
                group={group}
                onAdd={(when, text) =>
                  updateGroup(group.id, (g) => ({ ...g, events: [...g.events, { id: crypto.randomUUID(), when, text }] }))
                }
              />
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setValue({ groups: value.groups.filter((g) => g.id !== group.id) })}
              >
                {t('timelines.withdraw', { group: group.label })}
              </button>
            </li>
          ))}
        </ul>
        <AddGroupForm
          consentLabel={t('timelines.consent')}
          onAdd={(label) => setValue({ groups: [...value.groups, { id: crypto.randomUUID(), label, events: [] }] })}
        />
      </fieldset>
      <h4>{t('timelines.sideBySide')}</h4>
      <TimelinesView timelines={value} />
    </section>
  );
}
