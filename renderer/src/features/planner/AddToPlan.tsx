import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OwnExercise } from '../../../../domain/content/own-exercise.ts';
import { OWN_EXERCISE_ID_PREFIX } from '../../../../domain/content/own-exercise-limits.ts';
import { needsFacilitatorBecause } from '../../../../domain/content/exercise-summary.ts';
import { exerciseAgendaItem, type NewAgendaItem } from '../../../../domain/sessions/plan-from-content.ts';
import type { SessionMode } from '../../../../domain/sessions/session-model.ts';
import { EXERCISES, loadExercise } from '../../content/content-library.ts';
import { exerciseIn, useTranslatedContent } from '../../content/translated-content.ts';
import { minutesLabel } from '../../content/labels.ts';
import { ownExercises, sessions } from '../../data/app-database.ts';
import { reportFailure } from '../../data/storage-errors.ts';

const BREAK_MINUTES = 10;

/** The facilitator's own exercises, read once as the form opens. */
function useOwnExercises(): OwnExercise[] {
  const [list, setList] = useState<OwnExercise[]>([]);
  useEffect(() => {
    let current = true;
    void ownExercises
      .list()
      .then((found) => {
        if (current) setList(found);
      })
      .catch(() => undefined); // the data layer reports storage errors
    return () => {
      current = false;
    };
  }, []);
  return list;
}

export function AddToPlan({ sessionId, mode }: { sessionId: string; mode: SessionMode }) {
  const { t } = useTranslation('planner');
  const own = useOwnExercises();
  // The library's exercises under their titles in the app's language where translated (the plan takes the English it is made from).
  const translated = useTranslatedContent();
  const choices = [
    ...EXERCISES.map((exercise) => {
      const { summary, untranslated } = exerciseIn(translated, exercise.id);
      return { ...(summary ?? exercise), untranslated };
    }),
    ...own.map((exercise) => ({
      id: exercise.id,
      title: exercise.title,
      durationMinutes: exercise.durationMinutes,
      needsFacilitatorBecause: needsFacilitatorBecause(exercise),
      untranslated: false,
    })),
  ];
  // A self-guided group can add only what it can run safely on its own; the others are listed with the reason.
  const unavailable = mode === 'self-guided' ? choices.filter((exercise) => exercise.needsFacilitatorBecause !== null) : [];
  const available = choices.filter((exercise) => !unavailable.includes(exercise));
  const shipped = available.filter((exercise) => !exercise.id.startsWith(OWN_EXERCISE_ID_PREFIX));
  const yours = available.filter((exercise) => exercise.id.startsWith(OWN_EXERCISE_ID_PREFIX));
  const [chosenId, setExerciseId] = useState(available[0]?.id ?? '');
  const exerciseId = available.some((exercise) => exercise.id === chosenId) ? chosenId : (available[0]?.id ?? '');
  const [busy, setBusy] = useState(false);

  const [added, setAdded] = useState('');

  // Busy from the click until the write is done, so a second click cannot race the first. The
  // buttons keep the focus meanwhile (aria-disabled, not disabled), and what was added is announced.
  const add = async (makeItem: () => Promise<NewAgendaItem | undefined>) => {
    if (busy) return;
    setBusy(true);
    try {
      const item = await makeItem();
      if (item) {
        await sessions.addItem(sessionId, item);
        const shown = item.kind === 'exercise' ? choices.find((exercise) => exercise.id === item.exercise.id)?.title : undefined;
        setAdded(t('add.added', { title: shown ?? (item.kind === 'exercise' ? item.exercise.title : item.title) }));
      }
    } catch (error) {
      // A failed write is reported by the data layer; anything else (the exercise's text not loading) here.
      reportFailure('add to the agenda', error);
    } finally {
      setBusy(false);
    }
  };

  const addExercise = (event: FormEvent) => {
    event.preventDefault();
    void add(async () => {
      // An own exercise is planned from what is kept here, as it is now: the plan keeps its own copy.
      const exercise = exerciseId.startsWith(OWN_EXERCISE_ID_PREFIX)
        ? own.find((item) => item.id === exerciseId)
        : await loadExercise(exerciseId);
      return exercise && exerciseAgendaItem(exercise);
    });
  };

  // A break keeps the title it was given in the language of the plan, like anything else typed into it.
  const addBreak = () => add(async () => ({ kind: 'break', title: t('add.breakTitle'), plannedMinutes: BREAK_MINUTES }));

  return (
    <form className="add-to-plan" onSubmit={addExercise} aria-label={t('add.label')}>
      <div className="field">
        <label htmlFor="add-exercise">{t('add.exercise')}</label>
        <select id="add-exercise" value={exerciseId} onChange={(event) => setExerciseId(event.target.value)}>
          {shipped.map((exercise) => (
            <option key={exercise.id} value={exercise.id}>
              {t(exercise.untranslated ? 'add.optionUntranslated' : 'add.option', {
                title: exercise.title,
                minutes: minutesLabel(exercise.durationMinutes),
              })}
            </option>
          ))}
          {yours.length > 0 && (
            <optgroup label={t('add.myExercises')}>
              {yours.map((exercise) => (
                <option key={exercise.id} value={exercise.id}>
                  {t('add.ownOption', { title: exercise.title, minutes: minutesLabel(exercise.durationMinutes) })}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      <button type="submit" className="button" aria-disabled={busy}>
        {t('add.addExercise')}
      </button>
      <button type="button" className="button button--quiet" aria-disabled={busy} onClick={() => void addBreak()}>
        {t('add.addBreak')}
      </button>
      <p className="visually-hidden" role="status">
        {added}
      </p>
      {unavailable.length > 0 && (
        <details className="add-to-plan__unavailable">
          <summary>{t('add.unavailable', { count: unavailable.length })}</summary>
          <ul>
            {unavailable.map((exercise) => (
              <li key={exercise.id}>
                <strong>{exercise.title}</strong>: {exercise.needsFacilitatorBecause}
              </li>
            ))}
          </ul>
        </details>
      )}
    </form>
  );
}
