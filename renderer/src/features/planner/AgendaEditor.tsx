import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { agendaEditRefusal, type AgendaLock } from '../../../../domain/sessions/agenda-editing.ts';
import { agendaItemTitle, type AgendaItem } from '../../../../domain/sessions/session-model.ts';
import { agendaClockTimes, offsetLabel, type ItemClock } from '../../../../domain/sessions/clock-times.ts';
import { Link, useLocation } from 'wouter';
import { routes } from '../../navigation/routes.ts';
import { minutesLabel } from '../../content/labels.ts';
import { sessions } from '../../data/app-database.ts';
import { PrepNote } from './PrepNote.tsx';
import { useLocalizedAgenda } from '../../content/localized-agenda.ts';
import { NotTranslatedMark } from '../../ui/NotTranslated.tsx';

/** Storage failures are reported by the data layer; the plan on screen simply stays as it was. */
function run(operation: () => Promise<void>) {
  void operation().catch(() => undefined);
}

interface ItemProps {
  item: AgendaItem;
  /** The item's title in the app's language where its exercise is translated. */
  title: string;
  /** A library exercise shown in English for want of a translation: said so beside its title. */
  untranslated: boolean;
  clock: ItemClock;
  index: number;
  count: number;
  lock: AgendaLock;
  onDragStart: (item: AgendaItem) => void;
  onDrop: (index: number) => void;
  /** Says what a move did, for screen readers: the list changes order under the focus. */
  onMoved: (message: string) => void;
}

/** "09:30–09:50", "(next day)" when it is; "+0:45" from the start when the session has no start time. */
function ItemTime({ clock }: { clock: ItemClock }) {
  const { t } = useTranslation('planner');
  if (clock.start === null) return <p className="agenda-entry__time agenda-entry__time--offset">{offsetLabel(clock.startMinute)}</p>;
  return (
    <p className="agenda-entry__time">
      {clock.start}–{clock.end}
      {clock.startDay > 0 && (
        <span className="agenda-entry__kind">{clock.startDay === 1 ? t('nextDay') : t('laterDay', { day: clock.startDay + 1 })}</span>
      )}
    </p>
  );
}

function AgendaEntry({ item, title, untranslated, clock, index, count, lock, onDragStart, onDrop, onMoved }: ItemProps) {
  const { t } = useTranslation('planner');
  const headingId = `agenda-item-${item.id}`;
  const canMoveTo = (to: number) => to >= 0 && to < count && agendaEditRefusal(lock, { kind: 'move', item, toIndex: to }) === null;
  const fixed = agendaEditRefusal(lock, { kind: 'remove', item });
  const move = (to: number) => {
    if (!canMoveTo(to)) return;
    run(async () => {
      await sessions.moveItem(item, to);
      onMoved(t('moved', { title, position: to + 1, count }));
    });
  };

  // Alt+Arrow moves the focused item, like a list editor; the buttons do the same.
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(event.key === 'ArrowUp' ? index - 1 : index + 1);
  };

  // Buttons that cannot act say so (aria-disabled) but keep the focus, so a move to the top or
  // bottom never drops the keyboard user back to the start of the page.
  return (
    <li
      className={`agenda-entry${fixed ? ' agenda-entry--fixed' : ''}`}
      aria-labelledby={headingId}
      draggable={!fixed}
      onDragStart={(event: DragEvent) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', item.id);
        onDragStart(item);
      }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        onDrop(index);
      }}
      onKeyDown={onKeyDown}
    >
      <div className="agenda-entry__head">
        {!fixed && (
          <span className="agenda-entry__grip" aria-hidden="true">
            ⠿
          </span>
        )}
        <ItemTime clock={clock} />
        <h3 id={headingId} className="agenda-entry__title">
          <span className="agenda-entry__number">{index + 1}.</span>{' '}
          {/* The exercise's full text, as the library has it, a click from the plan. */}
          {item.kind === 'exercise' ? <Link href={routes.exercise(item.exercise.id)}>{title}</Link> : title}
          <span className="agenda-entry__kind"> · {t(`kind.${item.kind}`)}</span>
          {untranslated && (
            <>
              {' '}
              <NotTranslatedMark />
            </>
          )}
          {fixed && !lock.ended && <span className="agenda-entry__kind">{t('reached')}</span>}
        </h3>
        {fixed ? (
          <p className="agenda-entry__minutes">{minutesLabel(item.plannedMinutes)}</p>
        ) : (
          <div className="field field--inline">
            <label htmlFor={`minutes-${item.id}`}>{t('minutes')}</label>
            <input
              id={`minutes-${item.id}`}
              type="number"
              min={1}
              max={600}
              defaultValue={item.plannedMinutes}
              onChange={(event) => {
                const minutes = Number(event.target.value);
                if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 600) run(() => sessions.setPlannedMinutes(item, minutes));
              }}
            />
          </div>
        )}
        {!fixed && (
          <div className="agenda-entry__buttons">
            <button
              type="button"
              className="button button--quiet"
              aria-disabled={!canMoveTo(index - 1)}
              onClick={() => move(index - 1)}
              aria-label={t('moveUp', { title })}
            >
              ↑
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-disabled={!canMoveTo(index + 1)}
              onClick={() => move(index + 1)}
              aria-label={t('moveDown', { title })}
            >
              ↓
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => run(() => sessions.removeItem(item))}
              aria-label={t('remove', { title })}
            >
              {t('removeButton')}
            </button>
          </div>
        )}
      </div>
      {item.kind === 'exercise' && item.plannedMinutes !== item.exercise.durationMinutes && (
        <p className="agenda-entry__hint">{t('writtenFor', { minutes: minutesLabel(item.exercise.durationMinutes) })}</p>
      )}
      <PrepNote item={item} label={t('prepNoteFor', { title })} />
    </li>
  );
}

/**
 * The agenda as an ordered list: drag to reorder, or use the arrow buttons
 * or Alt+↑/↓. Once the session has been run, what has happened is fixed
 * (see domain/sessions/agenda-editing.ts).
 */
export function AgendaEditor({
  agenda,
  lock,
  sessionId,
  scheduledFor,
}: {
  agenda: readonly AgendaItem[];
  lock: AgendaLock;
  sessionId: string;
  /** The session's start, "YYYY-MM-DDTHH:mm", from which each item's clock time is counted. */
  scheduledFor: string | null;
}) {
  const { t, i18n } = useTranslation('planner');
  const [, navigate] = useLocation();
  const [dragged, setDragged] = useState<AgendaItem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Exercises under their titles in the app's language where translated (the plan keeps the English it was made with).
  const localized = useLocalizedAgenda(agenda, i18n.language);
  if (agenda.length === 0) return <p className="empty-state">{t('nothing')}</p>;
  if (localized.pending) return <p className="loading">{t('loading')}</p>;
  const clocks = agendaClockTimes(agenda, scheduledFor, { locale: i18n.language });
  const note = lock.ended ? t('lockEnded') : lock.reached.size > 0 ? t('lockRunning') : null;
  return (
    <>
      {note && (
        <div className="agenda-editor__lock">
          <p>{note}</p>
          {lock.ended && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() =>
                void sessions
                  .duplicate(sessionId, t('copySuffix'))
                  .then((id) => navigate(routes.session(id)))
                  .catch(() => undefined)
              }
            >
              {t('planCopy')}
            </button>
          )}
        </div>
      )}
      <ol className="agenda-editor" aria-describedby="agenda-editor-hint">
        {agenda.map((item, index) => (
          <AgendaEntry
            key={item.id}
            item={item}
            title={agendaItemTitle(localized.agenda[index] ?? item)}
            untranslated={localized.untranslated.has(item.id)}
            clock={clocks[index]!}
            index={index}
            count={agenda.length}
            lock={lock}
            onDragStart={setDragged}
            onMoved={setAnnouncement}
            onDrop={(to) => {
              if (dragged && dragged.id !== item.id && agendaEditRefusal(lock, { kind: 'move', item: dragged, toIndex: to }) === null)
                run(() => sessions.moveItem(dragged, to));
              setDragged(null);
            }}
          />
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
