import { Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { loadExercise } from '../content/content-library.ts';
import { Markdown } from '../markdown/Markdown.tsx';
import type { ExerciseSnapshot } from '../../../domain/sessions/session-model.ts';

interface NotesProps {
  exerciseId: string;
  version: number;
  /** The notes the plan kept (a facilitator's own exercise): shown as planned, whatever became of the exercise since. */
  planned?: { safetyNotes: string; facilitatorNotes: string } | undefined;
}

function NotesShown({ safetyNotes, facilitatorNotes }: { safetyNotes: string; facilitatorNotes: string }) {
  const { t } = useTranslation('run');
  return (
    <>
      <details className="run-notes" open>
        <summary>{t('notes.safety')}</summary>
        <Markdown source={safetyNotes} />
      </details>
      <details className="run-notes">
        <summary>{t('notes.facilitator')}</summary>
        <Markdown source={facilitatorNotes} />
      </details>
    </>
  );
}

function Notes({ exerciseId, version }: NotesProps) {
  const { t } = useTranslation('run');
  const exercise = use(loadExercise(exerciseId));
  if (!exercise) return <p className="field__hint">{t('notes.gone')}</p>;
  return (
    <>
      {exercise.version !== version && <p className="field__hint">{t('notes.newer')}</p>}
      <NotesShown safetyNotes={exercise.safetyNotes} facilitatorNotes={exercise.facilitatorNotes} />
    </>
  );
}

/** The exercise's safety and facilitator notes, as the plan kept them or from the library, for the person running it. */
export function ExerciseNotes(props: NotesProps) {
  const { t } = useTranslation('run');
  if (props.planned) return <NotesShown {...props.planned} />;
  return (
    <Suspense fallback={<p className="loading">{t('notes.loading')}</p>}>
      <Notes {...props} />
    </Suspense>
  );
}

/** The notes a plan kept of an exercise (an own exercise's), if any. */
export function plannedNotes(snapshot: ExerciseSnapshot): NotesProps['planned'] {
  return snapshot.safetyNotes === undefined
    ? undefined
    : { safetyNotes: snapshot.safetyNotes, facilitatorNotes: snapshot.facilitatorNotes ?? '' };
}
