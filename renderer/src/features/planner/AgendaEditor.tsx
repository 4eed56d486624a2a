import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { agendaItemTitle, type AgendaItem } from '../../../../domain/sessions/session-model.ts';
import { minutesLabel } from '../../content/labels.ts';
import { sessions } from '../../data/app-database.ts';
import { reportingFailures } from '../../data/storage-errors.ts';
import { PrepNote } from './PrepNote.tsx';

const KIND_LABELS: Record<AgendaItem['kind'], string> = { exercise: 'Exercise', break: 'Break', 'check-in': 'Check-in' };

function run(action: string, operation: () => Promise<void>) {
  void reportingFailures(action, operation).catch(() => undefined);
}

interface ItemProps {
  item: AgendaItem;
  index: number;
  count: number;
  onDragStart: (item: AgendaItem) => void;
  onDrop: (index: number) => void;
}

function AgendaEntry({ item, index, count, onDragStart, onDrop }: ItemProps) {
  const title = agendaItemTitle(item);
  const headingId = `agenda-item-${item.id}`;
  const move = (to: number) => run('move the item', () => sessions.moveItem(item, to));

  // Alt+Arrow moves the focused item, like a list editor; the buttons do the same.
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey) return;
    if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      move(index - 1);
    } else if (event.key === 'ArrowDown' && index < count - 1) {
      event.preventDefault();
      move(index + 1);
    }
  };

  return (
    <li
      className="agenda-entry"
      aria-labelledby={headingId}
      draggable
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
        <span className="agenda-entry__grip" aria-hidden="true">
          ⠿
        </span>
        <h3 id={headingId} className="agenda-entry__title">
          <span className="agenda-entry__number">{index + 1}.</span> {title}
          <span className="agenda-entry__kind"> · {KIND_LABELS[item.kind]}</span>
        </h3>
        <div className="field field--inline">
          <label htmlFor={`minutes-${item.id}`}>Minutes</label>
          <input
            id={`minutes-${item.id}`}
            type="number"
            min={1}
            max={600}
            defaultValue={item.plannedMinutes}
            onChange={(event) => {
              const minutes = Number(event.target.value);
              if (Number.isInteger(minutes) && minutes >= 1 && minutes <= 600)
                run('change the minutes', () => sessions.setPlannedMinutes(item, minutes));
            }}
          />
        </div>
        <div className="agenda-entry__buttons">
          <button
            type="button"
            className="button button--quiet"
            disabled={index === 0}
            onClick={() => move(index - 1)}
            aria-label={`Move “${title}” up`}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={index === count - 1}
            onClick={() => move(index + 1)}
            aria-label={`Move “${title}” down`}
          >
            ↓
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => run('remove the item', () => sessions.removeItem(item))}
            aria-label={`Remove “${title}”`}
          >
            Remove
          </button>
        </div>
      </div>
      {item.kind === 'exercise' && item.plannedMinutes !== item.exercise.durationMinutes && (
        <p className="agenda-entry__hint">The exercise is written for {minutesLabel(item.exercise.durationMinutes)}.</p>
      )}
      <PrepNote item={item} label={`Preparation note for “${title}”`} />
    </li>
  );
}

/** The agenda as an ordered list: drag to reorder, or use the arrow buttons or Alt+↑/↓. */
export function AgendaEditor({ agenda }: { agenda: readonly AgendaItem[] }) {
  const [dragged, setDragged] = useState<AgendaItem | null>(null);
  if (agenda.length === 0) return <p className="empty-state">Nothing planned yet. Add an exercise below.</p>;
  return (
    <ol className="agenda-editor" aria-describedby="agenda-editor-hint">
      {agenda.map((item, index) => (
        <AgendaEntry
          key={item.id}
          item={item}
          index={index}
          count={agenda.length}
          onDragStart={setDragged}
          onDrop={(to) => {
            if (dragged && dragged.id !== item.id) run('move the item', () => sessions.moveItem(dragged, to));
            setDragged(null);
          }}
        />
      ))}
    </ol>
  );
}
