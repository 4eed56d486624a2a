import { useState, type FormEvent } from 'react';
import { exerciseAgendaItem } from '../../../../domain/sessions/plan-from-content.ts';
import type { AgendaItem } from '../../../../domain/sessions/session-model.ts';
import { EXERCISES, loadExercise } from '../../content/content-library.ts';
import { minutesLabel } from '../../content/labels.ts';
import { sessions } from '../../data/app-database.ts';
import { systemClock } from '../../data/session-repository.ts';
import { reportingFailures } from '../../data/storage-errors.ts';

const BREAK_MINUTES = 10;

export function AddToPlan({ sessionId }: { sessionId: string }) {
  const [exerciseId, setExerciseId] = useState(EXERCISES[0]?.id ?? '');
  const [busy, setBusy] = useState(false);

  const add = async (item: AgendaItem, action: string) => {
    setBusy(true);
    try {
      await reportingFailures(action, () => sessions.addExercise(sessionId, item));
    } catch {
      // Reported; nothing was added.
    } finally {
      setBusy(false);
    }
  };

  const addExercise = async (event: FormEvent) => {
    event.preventDefault();
    const exercise = await loadExercise(exerciseId);
    if (exercise) await add(exerciseAgendaItem(sessionId, systemClock.newId(), 0, exercise), 'add the exercise');
  };

  const addBreak = () =>
    add(
      { id: systemClock.newId(), sessionId, position: 0, kind: 'break', title: 'Break', plannedMinutes: BREAK_MINUTES, prepNote: '' },
      'add the break',
    );

  return (
    <form className="add-to-plan" onSubmit={addExercise} aria-label="Add to the plan">
      <div className="field">
        <label htmlFor="add-exercise">Exercise from the library</label>
        <select id="add-exercise" value={exerciseId} onChange={(event) => setExerciseId(event.target.value)}>
          {EXERCISES.map((exercise) => (
            <option key={exercise.id} value={exercise.id}>
              {exercise.title} ({minutesLabel(exercise.durationMinutes)})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button" disabled={busy}>
        Add exercise
      </button>
      <button type="button" className="button button--quiet" disabled={busy} onClick={() => void addBreak()}>
        Add a break
      </button>
    </form>
  );
}
